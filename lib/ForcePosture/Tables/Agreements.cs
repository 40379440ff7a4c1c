
namespace ForcePosture.Tables;

/// <summary>Instrument type of an agreement (<c>agreements.instrument_type</c>; definitions in the codebook).</summary>
public enum InstrumentType
{
    /// <summary>mutual-defence-treaty</summary>
    MutualDefenceTreaty,
    /// <summary>status-of-forces-agreement</summary>
    StatusOfForcesAgreement,
    /// <summary>visiting-forces-agreement</summary>
    VisitingForcesAgreement,
    /// <summary>reciprocal-access-agreement</summary>
    ReciprocalAccessAgreement,
    /// <summary>access-or-basing-agreement (such as EDCA)</summary>
    AccessOrBasingAgreement,
    /// <summary>security-treaty-or-pact</summary>
    SecurityTreatyOrPact,
    /// <summary>defence-cooperation-agreement</summary>
    DefenceCooperationAgreement,
    /// <summary>logistics-agreement</summary>
    LogisticsAgreement,
    /// <summary>information-security-agreement (information security or intelligence sharing)</summary>
    InformationSecurityAgreement,
    /// <summary>minilateral-framework (Quad, AUKUS, trilaterals, "squad" formats)</summary>
    MinilateralFramework,
    /// <summary>rotational-deployment</summary>
    RotationalDeployment,
    /// <summary>defence-industrial-partnership</summary>
    DefenceIndustrialPartnership,
    /// <summary>land-lease</summary>
    LandLease,
    /// <summary>security-assistance-programme</summary>
    SecurityAssistanceProgramme,
    /// <summary>host-nation-support-agreement</summary>
    HostNationSupportAgreement,
}

/// <summary>Who the parties are (<c>agreements.scope</c>).</summary>
public enum AgreementScope
{
    /// <summary>us-bilateral: the US and one other party.</summary>
    UsBilateral,
    /// <summary>ally-bilateral: two parties, neither the US.</summary>
    AllyBilateral,
    /// <summary>minilateral: a small group of states.</summary>
    Minilateral,
    /// <summary>multilateral.</summary>
    Multilateral,
}

/// <summary>Status as of the dataset's as-of date (<c>agreements.status</c>).</summary>
public enum AgreementStatus
{
    /// <summary>under-negotiation</summary>
    UnderNegotiation,
    /// <summary>announced</summary>
    Announced,
    /// <summary>signed (not yet in force)</summary>
    Signed,
    /// <summary>in-force</summary>
    InForce,
    /// <summary>operating (for initiatives rather than treaties)</summary>
    Operating,
    /// <summary>suspended</summary>
    Suspended,
    /// <summary>ended</summary>
    Ended,
    /// <summary>superseded by another agreement</summary>
    Superseded,
}

/// <summary>CSV codes of the agreement vocabularies.</summary>
public static class AgreementCodes
{
    /// <summary>The <c>agreements.instrument_type</c> vocabulary.</summary>
    public static CodeMap<InstrumentType> InstrumentType { get; } = new(
        ("mutual-defence-treaty", Tables.InstrumentType.MutualDefenceTreaty),
        ("status-of-forces-agreement", Tables.InstrumentType.StatusOfForcesAgreement),
        ("visiting-forces-agreement", Tables.InstrumentType.VisitingForcesAgreement),
        ("reciprocal-access-agreement", Tables.InstrumentType.ReciprocalAccessAgreement),
        ("access-or-basing-agreement", Tables.InstrumentType.AccessOrBasingAgreement),
        ("security-treaty-or-pact", Tables.InstrumentType.SecurityTreatyOrPact),
        ("defence-cooperation-agreement", Tables.InstrumentType.DefenceCooperationAgreement),
        ("logistics-agreement", Tables.InstrumentType.LogisticsAgreement),
        ("information-security-agreement", Tables.InstrumentType.InformationSecurityAgreement),
        ("minilateral-framework", Tables.InstrumentType.MinilateralFramework),
        ("rotational-deployment", Tables.InstrumentType.RotationalDeployment),
        ("defence-industrial-partnership", Tables.InstrumentType.DefenceIndustrialPartnership),
        ("land-lease", Tables.InstrumentType.LandLease),
        ("security-assistance-programme", Tables.InstrumentType.SecurityAssistanceProgramme),
        ("host-nation-support-agreement", Tables.InstrumentType.HostNationSupportAgreement));

    /// <summary>The <c>agreements.scope</c> vocabulary.</summary>
    public static CodeMap<AgreementScope> Scope { get; } = new(
        ("us-bilateral", AgreementScope.UsBilateral), ("ally-bilateral", AgreementScope.AllyBilateral),
        ("minilateral", AgreementScope.Minilateral), ("multilateral", AgreementScope.Multilateral));

    /// <summary>The <c>agreements.status</c> vocabulary.</summary>
    public static CodeMap<AgreementStatus> Status { get; } = new(
        ("under-negotiation", AgreementStatus.UnderNegotiation), ("announced", AgreementStatus.Announced), ("signed", AgreementStatus.Signed),
        ("in-force", AgreementStatus.InForce), ("operating", AgreementStatus.Operating), ("suspended", AgreementStatus.Suspended),
        ("ended", AgreementStatus.Ended), ("superseded", AgreementStatus.Superseded));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this InstrumentType value) => InstrumentType.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this AgreementScope value) => Scope.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this AgreementStatus value) => Status.ToCode(value);
}

/// <summary>A security agreement, arrangement or initiative (a row of <c>agreements.csv</c>).</summary>
/// <param name="Id">Stable id (<c>agreement_id</c>).</param>
/// <param name="Name">Name as the parties use it.</param>
/// <param name="InstrumentType">Controlled instrument type.</param>
/// <param name="Scope">US-bilateral, ally-bilateral, minilateral or multilateral.</param>
/// <param name="QuasiForcePosture">Counts as a quasi-force posture initiative under the codebook's rule.</param>
/// <param name="Announced">First announced or negotiations opened.</param>
/// <param name="Signed">Signed.</param>
/// <param name="InForce">Entered into force or began operating.</param>
/// <param name="Ended">Terminated, expired or superseded.</param>
/// <param name="Status">Status as of the as-of date.</param>
/// <param name="SupersededBy">Id of the agreement that replaced it.</param>
/// <param name="Description">One sentence.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record Agreement(
    string Id, string Name, InstrumentType InstrumentType, AgreementScope Scope, bool QuasiForcePosture, PartialDate? Announced,
    PartialDate? Signed, PartialDate? InForce, PartialDate? Ended, AgreementStatus Status, string? SupersededBy, string Description,
    string? Notes, Provenance Provenance) : IHasProvenance;

internal static class AgreementsTable
{
    public const string Resource = "agreements";

    public static IReadOnlyList<Agreement> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new Agreement(
            r.RequiredText("agreement_id"), r.RequiredText("name"), r.Code("instrument_type", AgreementCodes.InstrumentType),
            r.Code("scope", AgreementCodes.Scope), r.RequiredBoolean("quasi_force_posture"), r.PartialDate("announced"),
            r.PartialDate("signed"), r.PartialDate("in_force"), r.PartialDate("ended"), r.Code("status", AgreementCodes.Status),
            r.Text("superseded_by"), r.RequiredText("description"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<Agreement>().ToList();
}
