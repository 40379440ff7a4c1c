using ForcePosture.Tables;

namespace ForcePosture.Analyses;

/// <summary>What a point on the pointillist map stands for.</summary>
public enum MapLayer
{
    /// <summary>A US major base in the pre-2019 base list (Vine's major_base flag).</summary>
    UsMajorBase,

    /// <summary>A US "lily pad" in the pre-2019 base list (Vine's lily_pad flag: small sites without major infrastructure).</summary>
    UsLilyPad,

    /// <summary>Another US-funded site in the pre-2019 base list (funded_site only).</summary>
    UsFundedSite,

    /// <summary>A location in a host country that US forces may use under an access agreement (EDCA, Force Posture Agreement, PNG DCA).</summary>
    UsAccessSite,

    /// <summary>A location an ally's forces (not the US) may use in another ally's territory: the report's "coalition lily pad".</summary>
    AlliedAccessSite,

    /// <summary>A rotational deployment, placed at the sender's access sites in the host, or at the host country when it has none.</summary>
    RotationalDeployment,

    /// <summary>A cross-national defence-industrial facility: the report's "military-industrial force nexus".</summary>
    IndustrialFacility,
}

/// <summary>How precisely a point is placed.</summary>
public enum MapPlacement
{
    /// <summary>The row's own coordinates (a site or a locality).</summary>
    RowCoordinates,

    /// <summary>The coordinates of an access site the row refers to (a deployment placed at the sender's access site in the host).</summary>
    AccessSiteCoordinates,

    /// <summary>Only the host country is known: plotly places the marker at the country's centre from its ISO3 code.</summary>
    HostCountry,
}

/// <summary>One point of the map.</summary>
/// <param name="Layer">What it stands for.</param>
/// <param name="Id">The row's id (deployments: deployment id; sites: site id).</param>
/// <param name="Label">Short label (name, users or owners).</param>
/// <param name="HostIso3">Host country.</param>
/// <param name="OtherIso3">The user, sender or owner country (empty for US bases: the user is the US).</param>
/// <param name="Latitude">Latitude, or null when placed by host country.</param>
/// <param name="Longitude">Longitude, or null when placed by host country.</param>
/// <param name="Placement">How the point is placed.</param>
/// <param name="Detail">Years, status or the access site used.</param>
public sealed record MapPoint(
    MapLayer Layer, string Id, string Label, string HostIso3, string OtherIso3, double? Latitude, double? Longitude, MapPlacement Placement, string Detail);

/// <summary>A row that cannot be drawn, and why.</summary>
/// <param name="Table">The table.</param>
/// <param name="Id">The row's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="HostIso3">Host country.</param>
/// <param name="Reason">Why it is not on the map.</param>
public sealed record UnmappedRow(string Table, string Id, string Name, string HostIso3, string Reason);

/// <summary>A longitude and latitude box; longitudes are compared on 0-360 so a box may cross the antimeridian (East &gt; 180).</summary>
/// <param name="West">Western edge, degrees east (0-360).</param>
/// <param name="East">Eastern edge, degrees east (0-360, may exceed 180).</param>
/// <param name="South">Southern edge.</param>
/// <param name="North">Northern edge.</param>
public sealed record RegionBox(double West, double East, double South, double North)
{
    /// <summary>The Indo-Pacific as drawn here: 60°E (west of Diego Garcia and India) eastwards to 175°W (past the Marshall Islands and Samoa), 48°S to 52°N.</summary>
    public static RegionBox IndoPacific { get; } = new(60, 185, -48, 52);

    /// <summary>True when the point lies in the box (edges included).</summary>
    public bool Contains(double latitude, double longitude)
    {
        var lon = longitude < 0 ? longitude + 360 : longitude;
        return latitude >= South && latitude <= North && lon >= West && lon <= East;
    }
}

/// <summary>
/// The layers of the pointillist map (Asan Institute, Lee &amp; Dunay 2026): US bases of the pre-2019 list, access sites,
/// rotational deployments and cross-national industrial facilities, each as points, and the rows that cannot be placed.
/// </summary>
public static class PointillistMap
{
    /// <summary>US bases with coordinates inside <paramref name="region"/>, one point each, layered major base, lily pad or other funded site (a site flagged both lily pad and funded is a lily pad).</summary>
    public static IReadOnlyList<MapPoint> UsBases(IEnumerable<UsBase> bases, RegionBox region) =>
        bases.Where(b => b.Latitude is { } lat && b.Longitude is { } lon && region.Contains(lat, lon))
            .Select(b => new MapPoint(
                b.MajorBase ? MapLayer.UsMajorBase : b.LilyPad ? MapLayer.UsLilyPad : MapLayer.UsFundedSite,
                b.BaseId, b.Name, b.Iso3, "USA", b.Latitude, b.Longitude, MapPlacement.RowCoordinates, "pre-2019 list"))
            .ToList();

    /// <summary>Whether an access site is agreed by the as-of date (or has no agreed date) and has not ended by then.</summary>
    public static bool IsActive(AccessSite site, DateOnly asOf) =>
        (site.Agreed is not { } agreed || agreed.Earliest <= asOf) && (site.Ended is not { } ended || ended.Earliest > asOf);

    /// <summary>Access sites active on <paramref name="asOf"/> that have coordinates: US sites and sites used by allies.</summary>
    public static IReadOnlyList<MapPoint> AccessSites(IEnumerable<AccessSite> sites, DateOnly asOf) =>
        sites.Where(s => IsActive(s, asOf) && s.Latitude is not null && s.Longitude is not null)
            .Select(s => new MapPoint(s.UserIso3 == "USA" ? MapLayer.UsAccessSite : MapLayer.AlliedAccessSite, s.SiteId, s.Name, s.HostIso3, s.UserIso3,
                s.Latitude, s.Longitude, MapPlacement.RowCoordinates, s.Agreed is { } a ? $"agreed {a}" : "agreed date not recorded"))
            .ToList();

    /// <summary>
    /// One point per deployment and host. With <paramref name="atAccessSites"/>, at each access site (with coordinates, active on
    /// <paramref name="asOf"/>) that the sender may use in the host, or at the host country when there is none; without it, always at
    /// the host country (the deployments table has no coordinates). Detail gives the years recorded.
    /// </summary>
    public static IReadOnlyList<MapPoint> Deployments(IEnumerable<RotationalDeployment> deployments, IEnumerable<AccessSite> sites, DateOnly asOf, bool atAccessSites)
    {
        var siteList = sites.Where(s => IsActive(s, asOf) && s.Latitude is not null && s.Longitude is not null).ToList();
        return deployments.GroupBy(d => (d.DeploymentId, d.HostIso3, d.SenderIso3))
            .OrderBy(g => g.Key.DeploymentId, StringComparer.Ordinal).ThenBy(g => g.Key.HostIso3, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var years = g.Select(d => d.Year).Order().ToList();
                var span = years[0] == years[^1] ? $"{years[0]}" : $"{years[0]}-{years[^1]}";
                var name = g.First().Name;
                var at = atAccessSites ? siteList.Where(s => s.HostIso3 == g.Key.HostIso3 && s.UserIso3 == g.Key.SenderIso3).ToList() : [];
                return at.Count == 0
                    ? [new MapPoint(MapLayer.RotationalDeployment, g.Key.DeploymentId, name, g.Key.HostIso3, g.Key.SenderIso3, null, null, MapPlacement.HostCountry, span)]
                    : at.Select(s => new MapPoint(MapLayer.RotationalDeployment, g.Key.DeploymentId, name, g.Key.HostIso3, g.Key.SenderIso3,
                        s.Latitude, s.Longitude, MapPlacement.AccessSiteCoordinates, $"{span}; at {s.SiteId}"));
            })
            .ToList();
    }

    /// <summary>Whether a facility links two countries: owned from abroad, or serving another country's forces.</summary>
    public static bool IsCrossNational(IndustrialFacility facility) =>
        facility.OwnerIso3 != facility.HostIso3 || (facility.ServesIso3 is { Length: > 0 } serves && serves != facility.HostIso3);

    /// <summary>Cross-national facilities not ended by the as-of status: at their coordinates, else at the host country.</summary>
    public static IReadOnlyList<MapPoint> Facilities(IEnumerable<IndustrialFacility> facilities) =>
        facilities.Where(f => IsCrossNational(f) && f.Status != FacilityStatus.Ended)
            .Select(f => new MapPoint(MapLayer.IndustrialFacility, f.FacilityId, f.Name, f.HostIso3,
                f.ServesIso3 is { Length: > 0 } s && f.OwnerIso3 == f.HostIso3 ? s : f.OwnerIso3,
                f.Latitude, f.Longitude, f.Latitude is null || f.Longitude is null ? MapPlacement.HostCountry : MapPlacement.RowCoordinates,
                $"{f.Status.ToCode()}; {f.Capability.ToCode()}"))
            .ToList();

    /// <summary>
    /// The rows of the four tables that are not drawn, and why: US bases and access sites without coordinates, access sites not
    /// active on <paramref name="asOf"/>, facilities that are not cross-national or have ended. (Deployments are always placed.)
    /// </summary>
    public static IReadOnlyList<UnmappedRow> Unmapped(
        IEnumerable<UsBase> bases, IEnumerable<AccessSite> sites, IEnumerable<IndustrialFacility> facilities, DateOnly asOf)
    {
        var rows = new List<UnmappedRow>();
        rows.AddRange(bases.Where(b => b.Latitude is null || b.Longitude is null)
            .Select(b => new UnmappedRow("us-bases", b.BaseId, b.Name, b.Iso3, "no coordinates in the base list")));
        rows.AddRange(sites.Where(s => s.Latitude is null || s.Longitude is null)
            .Select(s => new UnmappedRow("access-sites", s.SiteId, s.Name, s.HostIso3, "no coordinates recorded")));
        rows.AddRange(sites.Where(s => s.Latitude is not null && s.Longitude is not null && !IsActive(s, asOf))
            .Select(s => new UnmappedRow("access-sites", s.SiteId, s.Name, s.HostIso3, "not active on the as-of date")));
        rows.AddRange(facilities.Where(f => !IsCrossNational(f))
            .Select(f => new UnmappedRow("industrial-facilities", f.FacilityId, f.Name, f.HostIso3, "not cross-national (host-owned, serving the host)")));
        rows.AddRange(facilities.Where(f => IsCrossNational(f) && f.Status == FacilityStatus.Ended)
            .Select(f => new UnmappedRow("industrial-facilities", f.FacilityId, f.Name, f.HostIso3, "ended")));
        return rows;
    }

    /// <summary>The regions (<c>countries.region</c>) whose countries are in the Indo-Pacific frame, for points placed by host country.</summary>
    public static IReadOnlySet<Region> IndoPacificRegions { get; } = new HashSet<Region> { Region.EastAsia, Region.SoutheastAsia, Region.SouthAsia, Region.Oceania };

    /// <summary>
    /// Whether a point belongs on the regional map: a point with coordinates when they fall in <paramref name="frame"/>; a point
    /// placed by host country when the host's region (<c>countries.region</c>) is one of <see cref="IndoPacificRegions"/>.
    /// </summary>
    public static bool InFrame(MapPoint point, RegionBox frame, IReadOnlyList<Country> countries) =>
        point.Latitude is { } lat && point.Longitude is { } lon
            ? frame.Contains(lat, lon)
            : countries.FirstOrDefault(c => c.Iso3 == point.HostIso3) is { } host && IndoPacificRegions.Contains(host.Region);

    /// <summary>A readable label for a layer (legend entry).</summary>
    public static string Label(MapLayer layer) => layer switch
    {
        MapLayer.UsMajorBase => "US major base (pre-2019 list)",
        MapLayer.UsLilyPad => "US lily pad (pre-2019 list)",
        MapLayer.UsFundedSite => "Other US-funded site (pre-2019 list)",
        MapLayer.UsAccessSite => "US access site (agreed location)",
        MapLayer.AlliedAccessSite => "Allied access site (coalition lily pad)",
        MapLayer.RotationalDeployment => "Rotational deployment",
        MapLayer.IndustrialFacility => "Cross-national industrial facility",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "unknown layer"),
    };
}
