using ForcePosture.Tables;

namespace ForcePosture.Analyses;

/// <summary>
/// The five kinds of quasi-force posture initiative that the Asan report names (Lee and Dunay, <i>A Pointillist Coalition</i>,
/// 2026), as groups of the repository's instrument types; every other type of flagged initiative is <see cref="Other"/>.
/// </summary>
public enum AsanKind
{
    /// <summary>New security treaties (security treaties or pacts, mutual defence treaties).</summary>
    NewSecurityTreaties,
    /// <summary>Rotational forward deployments.</summary>
    RotationalForwardDeployments,
    /// <summary>Reciprocal access: reciprocal access, visiting forces and status-of-forces agreements.</summary>
    ReciprocalAccess,
    /// <summary>Cross-national defence-industrial facilities (defence-industrial partnerships).</summary>
    DefenceIndustrialFacilities,
    /// <summary>Land leasing (land lease or land use).</summary>
    LandLeasing,
    /// <summary>Any other flagged type (access or basing, defence cooperation, logistics, ...).</summary>
    Other,
}

/// <summary>The grouping of instrument types into the report's five kinds, and the kinds' labels.</summary>
public static class AsanKinds
{
    /// <summary>The five kinds in the report's order, then <see cref="AsanKind.Other"/>.</summary>
    public static IReadOnlyList<AsanKind> All { get; } = Enum.GetValues<AsanKind>();

    /// <summary>The kind an instrument type belongs to.</summary>
    public static AsanKind Of(InstrumentType type) => type switch
    {
        InstrumentType.SecurityTreatyOrPact or InstrumentType.MutualDefenceTreaty => AsanKind.NewSecurityTreaties,
        InstrumentType.RotationalDeployment => AsanKind.RotationalForwardDeployments,
        InstrumentType.ReciprocalAccessAgreement or InstrumentType.VisitingForcesAgreement or InstrumentType.StatusOfForcesAgreement => AsanKind.ReciprocalAccess,
        InstrumentType.DefenceIndustrialPartnership => AsanKind.DefenceIndustrialFacilities,
        InstrumentType.LandLease => AsanKind.LandLeasing,
        _ => AsanKind.Other,
    };

    /// <summary>The label the figures use (notebook 03, <c>03-five-kinds-by-ally</c>).</summary>
    public static string Label(AsanKind kind) => kind switch
    {
        AsanKind.NewSecurityTreaties => "New security treaties",
        AsanKind.RotationalForwardDeployments => "Rotational forward deployments",
        AsanKind.ReciprocalAccess => "Reciprocal access (RAA, VFA, SOFA)",
        AsanKind.DefenceIndustrialFacilities => "Defence-industrial facilities",
        AsanKind.LandLeasing => "Land leasing",
        AsanKind.Other => "Other flagged types",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };
}

/// <summary>One cell of <see cref="AsanKindTable"/>: the initiatives of a kind in which a country takes part.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Iso3">The country.</param>
/// <param name="AgreementIds">The initiatives' ids, in ordinal order.</param>
public sealed record AsanKindCell(AsanKind Kind, string Iso3, IReadOnlyList<string> AgreementIds);

/// <summary>
/// The quasi-force posture initiatives concluded in a window, by the Asan report's kinds and by country: each cell the
/// initiatives of the kind in which the country takes part in any role (notebook 03's <c>03-five-kinds-by-ally</c>, the tracker's
/// South Korea page).
/// </summary>
/// <param name="Countries">The countries, in the order asked for.</param>
/// <param name="Cells">One cell per kind (in <see cref="AsanKinds.All"/> order) and country (in <paramref name="Countries"/> order).</param>
public sealed record AsanKindTable(IReadOnlyList<string> Countries, IReadOnlyList<AsanKindCell> Cells)
{
    /// <summary>The table for <paramref name="countries"/>: initiatives (<see cref="QuasiForcePosture.Initiatives"/>) whose
    /// concluded year (<see cref="InitiativeDating.Concluded"/>) is in <c>[firstYear, lastYear]</c>, joined to their parties.</summary>
    public static AsanKindTable Of(IEnumerable<Agreement> agreements, IEnumerable<AgreementParty> parties, IReadOnlyList<string> countries, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var inWindow = QuasiForcePosture.Initiatives(agreements)
            .Where(a => QuasiForcePosture.Year(a, InitiativeDating.Concluded) is int y && y >= firstYear && y <= lastYear)
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var taking = parties.Where(p => inWindow.ContainsKey(p.AgreementId) && countries.Contains(p.Iso3))
            .Select(p => (Kind: AsanKinds.Of(inWindow[p.AgreementId].InstrumentType), p.Iso3, p.AgreementId)).Distinct().ToList();
        var cells = AsanKinds.All.SelectMany(k => countries.Select(c => new AsanKindCell(k, c,
            taking.Where(t => t.Kind == k && t.Iso3 == c).Select(t => t.AgreementId).Order(StringComparer.Ordinal).ToList()))).ToList();
        return new AsanKindTable(countries, cells);
    }

    /// <summary>The five kinds (not <see cref="AsanKind.Other"/>) of which <paramref name="iso3"/> has no initiative.</summary>
    public IReadOnlyList<AsanKind> KindsWithout(string iso3) =>
        Cells.Where(c => c.Iso3 == iso3 && c.Kind != AsanKind.Other && c.AgreementIds.Count == 0).Select(c => c.Kind).ToList();
}
