
namespace ForcePosture.Tables;

/// <summary>Kind of access site (<c>access-sites.site_type</c>).</summary>
public enum SiteType
{
    /// <summary>air-base</summary>
    AirBase,
    /// <summary>naval-base</summary>
    NavalBase,
    /// <summary>army-base</summary>
    ArmyBase,
    /// <summary>training-area</summary>
    TrainingArea,
    /// <summary>port</summary>
    Port,
    /// <summary>airport</summary>
    Airport,
    /// <summary>logistics-hub</summary>
    LogisticsHub,
    /// <summary>other</summary>
    Other,
}

/// <summary>What the coordinates locate (<c>access-sites.coordinate_precision</c>).</summary>
public enum CoordinatePrecision
{
    /// <summary>site: the facility itself.</summary>
    Site,
    /// <summary>locality: the town or area.</summary>
    Locality,
}

/// <summary>CSV codes of <see cref="SiteType"/> and <see cref="CoordinatePrecision"/>.</summary>
public static class SiteCodes
{
    /// <summary>The <c>access-sites.site_type</c> vocabulary.</summary>
    public static CodeMap<SiteType> SiteType { get; } = new(
        ("air-base", Tables.SiteType.AirBase), ("naval-base", Tables.SiteType.NavalBase), ("army-base", Tables.SiteType.ArmyBase),
        ("training-area", Tables.SiteType.TrainingArea), ("port", Tables.SiteType.Port), ("airport", Tables.SiteType.Airport),
        ("logistics-hub", Tables.SiteType.LogisticsHub), ("other", Tables.SiteType.Other));

    /// <summary>The <c>access-sites.coordinate_precision</c> vocabulary.</summary>
    public static CodeMap<CoordinatePrecision> CoordinatePrecision { get; } = new(
        ("site", Tables.CoordinatePrecision.Site), ("locality", Tables.CoordinatePrecision.Locality));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this SiteType value) => SiteType.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this CoordinatePrecision value) => CoordinatePrecision.ToCode(value);
}

/// <summary>A location where one country's forces have agreed access in another (a row of <c>access-sites.csv</c>).</summary>
/// <param name="SiteId">Stable id.</param>
/// <param name="Name">Site name.</param>
/// <param name="HostIso3">Host country.</param>
/// <param name="UserIso3">Country whose forces have access.</param>
/// <param name="AgreementId">The agreement that grants access, or null when it has no row in <c>agreements.csv</c> (the notes name it).</param>
/// <param name="SiteType">Kind of site.</param>
/// <param name="Latitude">WGS84 latitude, degrees; null when no source gives coordinates.</param>
/// <param name="Longitude">WGS84 longitude, degrees; null when no source gives coordinates.</param>
/// <param name="CoordinatePrecision">Whether the coordinates are the facility's or the locality's; null without coordinates.</param>
/// <param name="Agreed">When access at this site was agreed or announced.</param>
/// <param name="Ended">When access ended.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record AccessSite(
    string SiteId, string Name, string HostIso3, string UserIso3, string? AgreementId, SiteType SiteType, double? Latitude, double? Longitude,
    CoordinatePrecision? CoordinatePrecision, PartialDate? Agreed, PartialDate? Ended, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class AccessSitesTable
{
    public const string Resource = "access-sites";

    public static IReadOnlyList<AccessSite> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new AccessSite(
            r.RequiredText("site_id"), r.RequiredText("name"), r.RequiredText("host_iso3"), r.RequiredText("user_iso3"), r.Text("agreement_id"),
            r.Code("site_type", SiteCodes.SiteType), r.Double("lat"), r.Double("lon"),
            r.OptionalCode("coordinate_precision", SiteCodes.CoordinatePrecision), r.PartialDate("agreed"), r.PartialDate("ended"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<AccessSite>().ToList();
}
