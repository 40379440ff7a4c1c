namespace ForcePosture.Tables;

/// <summary>What a garrison's personnel figure counts (<c>european-forces.personnel_scope</c>).</summary>
public enum PersonnelScope
{
    /// <summary>military: service personnel only.</summary>
    Military,

    /// <summary>military-and-civilian: the source's figure mixes service and civilian staff.</summary>
    MilitaryAndCivilian,
}

/// <summary>How the source states a garrison's personnel figure (<c>european-forces.figure_kind</c>).</summary>
public enum GarrisonFigureKind
{
    /// <summary>stated: a number without qualifier.</summary>
    Stated,

    /// <summary>approximate: "about", "environ".</summary>
    Approximate,

    /// <summary>lower-bound: "more than", "plus de".</summary>
    LowerBound,
}

/// <summary>CSV codes of <see cref="PersonnelScope"/> and <see cref="GarrisonFigureKind"/>.</summary>
public static class GarrisonCodes
{
    /// <summary>The <c>european-forces.personnel_scope</c> vocabulary.</summary>
    public static CodeMap<PersonnelScope> PersonnelScope { get; } = new(
        ("military", Tables.PersonnelScope.Military), ("military-and-civilian", Tables.PersonnelScope.MilitaryAndCivilian));

    /// <summary>The <c>european-forces.figure_kind</c> vocabulary.</summary>
    public static CodeMap<GarrisonFigureKind> FigureKind { get; } = new(
        ("stated", GarrisonFigureKind.Stated), ("approximate", GarrisonFigureKind.Approximate), ("lower-bound", GarrisonFigureKind.LowerBound));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this PersonnelScope value) => PersonnelScope.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this GarrisonFigureKind value) => FigureKind.ToCode(value);
}

/// <summary>A permanent French or British garrison or command (a row of <c>european-forces.csv</c>).</summary>
/// <param name="ForceId">Stable id, e.g. <c>fra-fanc</c>.</param>
/// <param name="Name">Name of the garrison or command.</param>
/// <param name="SenderIso3">Country whose forces they are.</param>
/// <param name="HostIso3">Territory or state where they are based.</param>
/// <param name="MainBase">Main base or seat of the command.</param>
/// <param name="Latitude">Latitude of the main base, if a cited source gives it.</param>
/// <param name="Longitude">Longitude of the main base, if a cited source gives it.</param>
/// <param name="CoordinatePrecision">Whether the point is the base or a nearby town.</param>
/// <param name="Personnel">Personnel as the source gives it, if given.</param>
/// <param name="PersonnelScope">What the figure counts, if there is one.</param>
/// <param name="FigureDate">Date the figure refers to, if the source is dated.</param>
/// <param name="FigureKind">How the source states the figure, if there is one.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record EuropeanForce(
    string ForceId, string Name, string SenderIso3, string HostIso3, string MainBase, double? Latitude, double? Longitude,
    CoordinatePrecision? CoordinatePrecision, int? Personnel, PersonnelScope? PersonnelScope, PartialDate? FigureDate,
    GarrisonFigureKind? FigureKind, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class EuropeanForcesTable
{
    public const string Resource = "european-forces";

    public static IReadOnlyList<EuropeanForce> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new EuropeanForce(
            r.RequiredText("force_id"), r.RequiredText("name"), r.RequiredText("sender_iso3"), r.RequiredText("host_iso3"), r.RequiredText("main_base"),
            r.Double("lat"), r.Double("lon"), r.OptionalCode("coordinate_precision", SiteCodes.CoordinatePrecision), r.Int32("personnel"),
            r.OptionalCode("personnel_scope", GarrisonCodes.PersonnelScope), r.PartialDate("figure_date"),
            r.OptionalCode("figure_kind", GarrisonCodes.FigureKind), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<EuropeanForce>().ToList();
}
