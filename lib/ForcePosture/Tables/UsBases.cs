namespace ForcePosture.Tables;

/// <summary>Vintage of the base list (<c>us-bases.snapshot</c>).</summary>
public enum BaseListSnapshot
{
    /// <summary>through-2018: sites as documented through 2018 (a pre-2019 snapshot).</summary>
    Through2018,
}

/// <summary>CSV codes of <see cref="BaseListSnapshot"/>.</summary>
public static class BaseCodes
{
    /// <summary>The <c>us-bases.snapshot</c> vocabulary.</summary>
    public static CodeMap<BaseListSnapshot> Snapshot { get; } = new(("through-2018", BaseListSnapshot.Through2018));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this BaseListSnapshot value) => Snapshot.ToCode(value);
}

/// <summary>A US military site abroad from David Vine's list (a row of <c>us-bases.csv</c>).</summary>
/// <param name="BaseId">Stable id.</param>
/// <param name="Iso3">Host country or territory.</param>
/// <param name="Name">Site name, cleaned.</param>
/// <param name="Latitude">WGS84 latitude, degrees; null for the few sites the list gives without coordinates.</param>
/// <param name="Longitude">WGS84 longitude, degrees; null with <paramref name="Latitude"/>.</param>
/// <param name="MajorBase">Vine's major-base flag.</param>
/// <param name="LilyPad">Vine's lily-pad flag.</param>
/// <param name="FundedSite">Appears in US military construction spending.</param>
/// <param name="Snapshot">Vintage of the list.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record UsBase(
    string BaseId, string Iso3, string Name, double? Latitude, double? Longitude, bool MajorBase, bool LilyPad, bool FundedSite,
    BaseListSnapshot Snapshot, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class UsBasesTable
{
    public const string Resource = "us-bases";

    public static IReadOnlyList<UsBase> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new UsBase(
            r.RequiredText("base_id"), r.RequiredText("iso3"), r.RequiredText("name"), r.Double("lat"), r.Double("lon"),
            r.RequiredBoolean("major_base"), r.RequiredBoolean("lily_pad"), r.RequiredBoolean("funded_site"), r.Code("snapshot", BaseCodes.Snapshot),
            r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<UsBase>().ToList();
}
