using ForcePosture.Analyses;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The share of US forces abroad that notebook 01 quotes, recomputed from us-troops.csv and countries.csv read directly.
/// </summary>
[Collection(RepositoryCsvCollection.Name)]
public class ForcesAbroadTests(RepositoryCsv repo)
{
    private static readonly string[] Allies = ["JPN", "KOR", "AUS", "PHL"];

    [Fact]
    public void Every_year_sums_the_foreign_rows_of_the_csv()
    {
        var territories = repo.Rows("countries.csv").Where(c => c["status"] == "us-territory").Select(c => c["iso3"]).ToHashSet();
        var foreign = repo.Rows("us-troops.csv").Where(r => r["total"] != "" && !territories.Contains(r["iso3"])).ToList();
        var result = ForcesAbroadAnalysis.ShareByYear(repo.Data, Allies, 1950, 2025);

        var years = foreign.Select(r => int.Parse(r["year"])).Where(y => y is >= 1950 and <= 2025).Distinct().Order().ToList();
        Assert.Equal(years, result.Rows.Select(r => r.Year).ToList());
        foreach (var row in result.Rows)
        {
            var ofYear = foreign.Where(r => r["year"] == row.Year.ToString()).ToList();
            var world = ofYear.Sum(r => int.Parse(r["total"]));
            var allies = ofYear.Where(r => Allies.Contains(r["iso3"])).Sum(r => int.Parse(r["total"]));
            Assert.Equal(world, row.ForeignTotal);
            Assert.Equal(allies, row.HostsTotal);
            Assert.Equal(100.0 * allies / world, row.HostsSharePercent, 10);
            Assert.Equal(ofYear.Count(r => r["estimate"] == "true"), row.EstimatedRows);
        }

        // Guam is a US territory: never in the foreign total.
        var guam2000 = repo.Rows("us-troops.csv").Single(r => r["iso3"] == "GUM" && r["year"] == "2000");
        var all2000 = repo.Rows("us-troops.csv").Where(r => r["year"] == "2000" && r["total"] != "").Sum(r => int.Parse(r["total"]));
        Assert.True(int.Parse(guam2000["total"]) > 0);
        Assert.True(result.Rows.Single(r => r.Year == 2000).ForeignTotal < all2000);
    }

    [Fact]
    public void A_us_territory_or_unknown_host_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ForcesAbroadAnalysis.ShareByYear(repo.Data, ["GUM"], 2000, 2001));
        Assert.Throws<ArgumentException>(() => ForcesAbroadAnalysis.ShareByYear(repo.Data, ["XXX"], 2000, 2001));
    }
}
