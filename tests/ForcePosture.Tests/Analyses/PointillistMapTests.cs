using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Analyses;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The counts notebook 05 quotes, derived a second way from the CSV files (read here with <see cref="RepositoryCsv"/>, dates
/// compared as text prefixes, coordinates parsed here) and compared with <see cref="PointillistMap"/>.
/// </summary>
public class PointillistMapTests
{
    private const string AsOf = "2026-11-25"; // the notebook's parameter
    private static readonly DateOnly AsOfDate = new(2026, 11, 25);

    private static readonly Lazy<Dataset> Data = new(() => ForcePostureData.Load(RepositoryCsv.DataDirectory));

    private static List<Dictionary<string, string>> Csv(string table) => RepositoryCsv.Read(table + ".csv").Select(r => new Dictionary<string, string>(r)).ToList();

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    // The notebook's frame, written out: 60°E to 175°W across the date line, 48°S to 52°N.
    private static bool InFrame(string lat, string lon)
    {
        if (lat == "" || lon == "") return false;
        var la = Number(lat);
        var lo = Number(lon);
        return la is >= -48 and <= 52 && (lo >= 60 || lo <= -175);
    }

    // A partial date (YYYY, YYYY-MM, YYYY-MM-DD) is on or before the as-of date when its first possible day is.
    private static bool OnOrBefore(string partial) => string.CompareOrdinal(partial, AsOf[..partial.Length]) <= 0;

    private static bool ActiveSite(Dictionary<string, string> s) => (s["agreed"] == "" || OnOrBefore(s["agreed"])) && (s["ended"] == "" || !OnOrBefore(s["ended"]));

    private static bool CrossNational(Dictionary<string, string> f) =>
        f["owner_iso3"] != f["host_iso3"] || (f["serves_iso3"] != "" && f["serves_iso3"] != f["host_iso3"]);

    [Fact]
    public void Us_bases_in_the_frame_by_layer_match_the_csv()
    {
        var inFrame = Csv("us-bases").Where(b => InFrame(b["lat"], b["lon"])).ToList();
        var points = PointillistMap.UsBases(Data.Value.UsBases, RegionBox.IndoPacific);
        Assert.Equal(inFrame.Count(b => b["major_base"] == "true"), points.Count(p => p.Layer == MapLayer.UsMajorBase));
        Assert.Equal(inFrame.Count(b => b["major_base"] != "true" && b["lily_pad"] == "true"), points.Count(p => p.Layer == MapLayer.UsLilyPad));
        Assert.Equal(inFrame.Count(b => b["major_base"] != "true" && b["lily_pad"] != "true"), points.Count(p => p.Layer == MapLayer.UsFundedSite));
        Assert.Equal(inFrame.Count(b => b["major_base"] == "true" && b["iso3"] is "JPN" or "KOR"),
            points.Count(p => p.Layer == MapLayer.UsMajorBase && p.HostIso3 is "JPN" or "KOR"));
        Assert.Equal(Csv("us-bases").Count(b => b["lat"] != "" && b["lon"] != "") - inFrame.Count,
            Data.Value.UsBases.Count(b => b.Latitude is not null && b.Longitude is not null) - points.Count);
    }

    [Fact]
    public void Access_sites_on_the_map_match_the_csv()
    {
        var drawn = Csv("access-sites").Where(s => ActiveSite(s) && s["lat"] != "" && s["lon"] != "").ToList();
        var points = PointillistMap.AccessSites(Data.Value.AccessSites, AsOfDate);
        Assert.Equal(drawn.Where(s => s["user_iso3"] == "USA").Select(s => s["site_id"]).Order(), points.Where(p => p.Layer == MapLayer.UsAccessSite).Select(p => p.Id).Order());
        Assert.Equal(drawn.Where(s => s["user_iso3"] != "USA").Select(s => s["site_id"]).Order(), points.Where(p => p.Layer == MapLayer.AlliedAccessSite).Select(p => p.Id).Order());
    }

    [Fact]
    public void Deployments_are_one_point_per_deployment_and_host_placed_by_host_country()
    {
        var rows = Csv("rotational-deployments");
        var points = PointillistMap.Deployments(Data.Value.RotationalDeployments, Data.Value.AccessSites, AsOfDate, atAccessSites: false);
        Assert.Equal(rows.Select(r => (r["deployment_id"], r["host_iso3"])).Distinct().Count(), points.Count);
        Assert.Equal(rows.Select(r => r["deployment_id"]).Distinct().Count(), points.Select(p => p.Id).Distinct().Count());
        Assert.Equal(rows.Select(r => r["host_iso3"]).Distinct().Order(), points.Select(p => p.HostIso3).Distinct().Order());
        Assert.All(points, p => Assert.Equal(MapPlacement.HostCountry, p.Placement));
        // Placed at access sites, a deployment whose sender has active sites in the host gets one point per site.
        var atSites = PointillistMap.Deployments(Data.Value.RotationalDeployments, Data.Value.AccessSites, AsOfDate, atAccessSites: true);
        var mrf = Csv("access-sites").Count(s => s["host_iso3"] == "AUS" && s["user_iso3"] == "USA" && ActiveSite(s) && s["lat"] != "");
        Assert.Equal(mrf, atSites.Count(p => p.Id == "mrf-darwin"));
    }

    [Fact]
    public void Cross_national_facilities_and_the_unmapped_rows_match_the_csv()
    {
        var facilities = Csv("industrial-facilities");
        var drawn = facilities.Where(f => CrossNational(f) && f["status"] != "ended").ToList();
        var points = PointillistMap.Facilities(Data.Value.IndustrialFacilities);
        Assert.Equal(drawn.Select(f => f["facility_id"]).Order(), points.Select(p => p.Id).Order());
        Assert.Equal(drawn.Count(f => f["lat"] == "" || f["lon"] == ""), points.Count(p => p.Placement == MapPlacement.HostCountry));

        var sites = Csv("access-sites");
        var expectedUnmapped =
            Csv("us-bases").Count(b => b["lat"] == "" || b["lon"] == "")
            + sites.Count(s => s["lat"] == "" || s["lon"] == "")
            + sites.Count(s => s["lat"] != "" && s["lon"] != "" && !ActiveSite(s))
            + facilities.Count(f => !CrossNational(f) || f["status"] == "ended");
        Assert.Equal(expectedUnmapped, PointillistMap.Unmapped(Data.Value.UsBases, Data.Value.AccessSites, Data.Value.IndustrialFacilities, AsOfDate).Count);
    }

    [Fact]
    public void Facilities_on_the_regional_map_are_those_in_the_frame_or_hosted_in_the_region()
    {
        var regionOf = Csv("countries").ToDictionary(c => c["iso3"], c => c["region"]);
        string[] regional = ["East Asia", "Southeast Asia", "South Asia", "Oceania"];
        var expected = Csv("industrial-facilities").Where(f => CrossNational(f) && f["status"] != "ended")
            .Where(f => f["lat"] != "" && f["lon"] != "" ? InFrame(f["lat"], f["lon"]) : regional.Contains(regionOf[f["host_iso3"]]))
            .Select(f => f["facility_id"]).Order().ToList();
        var actual = PointillistMap.Facilities(Data.Value.IndustrialFacilities)
            .Where(p => PointillistMap.InFrame(p, RegionBox.IndoPacific, Data.Value.Countries)).Select(p => p.Id).Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void South_Korea_presence_abroad_quoted_in_the_notebook_matches_the_csv()
    {
        var facilities = Csv("industrial-facilities");
        var abroad = facilities.Where(f => f["owner_iso3"] == "KOR" && f["host_iso3"] != "KOR" && f["status"] != "ended").ToList();
        Assert.Equal(abroad.Count, Data.Value.IndustrialFacilities.Count(f => f.OwnerIso3 == "KOR" && f.HostIso3 != "KOR" && f.Status != Tables.FacilityStatus.Ended));
        Assert.Equal(abroad.Count(f => f["status"] == "operating"), Data.Value.IndustrialFacilities.Count(f => f.OwnerIso3 == "KOR" && f.HostIso3 != "KOR" && f.Status == Tables.FacilityStatus.Operating));
        Assert.Equal(facilities.Count(f => f["host_iso3"] == "KOR" && f["serves_iso3"] is not ("" or "KOR")),
            Data.Value.IndustrialFacilities.Count(f => f.HostIso3 == "KOR" && f.ServesIso3 is { Length: > 0 } s && s != "KOR"));
        Assert.Equal(Csv("access-sites").Count(s => s["user_iso3"] == "KOR"), Data.Value.AccessSites.Count(s => s.UserIso3 == "KOR"));
        Assert.Equal(Csv("rotational-deployments").Count(d => d["sender_iso3"] == "KOR"), Data.Value.RotationalDeployments.Count(d => d.SenderIso3 == "KOR"));
        // Korea's deployments as user in the agreements table (the notebook's deployment layer).
        var userOf = Csv("agreement-parties").Where(p => p["iso3"] == "KOR" && p["role"] == "user").Select(p => p["agreement_id"]).ToHashSet();
        var expected = Csv("agreements").Where(a => a["instrument_type"] == "rotational-deployment" && userOf.Contains(a["agreement_id"])).Select(a => a["agreement_id"]).Order().ToList();
        var actual = Data.Value.Agreements.Where(a => a.InstrumentType == Tables.InstrumentType.RotationalDeployment
            && Data.Value.AgreementParties.Any(p => p.AgreementId == a.Id && p.Iso3 == "KOR" && p.Role == Tables.PartyRole.User)).Select(a => a.Id).Order().ToList();
        Assert.Equal(expected, actual);
    }

    public static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(0, 365 * 60).Select(days => new DateOnly(1970, 1, 1).AddDays(days)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Every_access_site_is_either_drawn_or_listed_as_unmapped_exactly_once() =>
        Prop.ForAll(Dates(), asOf =>
        {
            var drawn = PointillistMap.AccessSites(Data.Value.AccessSites, asOf).Select(p => p.Id).ToList();
            var listed = PointillistMap.Unmapped(Data.Value.UsBases, Data.Value.AccessSites, Data.Value.IndustrialFacilities, asOf)
                .Where(u => u.Table == "access-sites").Select(u => u.Id).ToList();
            return drawn.Concat(listed).Order().SequenceEqual(Data.Value.AccessSites.Select(s => s.SiteId).Order());
        });

    [Property(MaxTest = 200)]
    public Property The_frame_treats_a_longitude_and_its_360_degree_twin_alike() =>
        Prop.ForAll(Gen.Choose(-9000, 9000).ToArbitrary(), Gen.Choose(-18000, 18000).ToArbitrary(), (lat100, lon100) =>
        {
            double lat = lat100 / 100.0, lon = lon100 / 100.0;
            var twin = lon < 0 ? lon + 360 : lon;
            return RegionBox.IndoPacific.Contains(lat, lon) == RegionBox.IndoPacific.Contains(lat, twin)
                   && RegionBox.IndoPacific.Contains(lat, lon) == InFrame(lat.ToString(System.Globalization.CultureInfo.InvariantCulture), lon.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
}
