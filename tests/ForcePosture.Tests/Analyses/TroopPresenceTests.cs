using FsCheck;
using FsCheck.Fluent;
using ForcePosture.Analyses;
using static ForcePosture.Tests.Analyses.RepositoryCsv;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The figures notebook 01 quotes, checked against us-troops.csv, population.csv, defence-spending.csv and
/// rotational-deployments.csv read directly: latest-year totals and flags, peaks, per-million and per-billion ratios, the
/// composition by service and the MRF-D comparison.
/// </summary>
[Collection(RepositoryCsvCollection.Name)]
public class TroopPresenceTests(RepositoryCsv repo)
{
    private static readonly string[] Hosts = ["JPN", "KOR", "AUS", "PHL", "GUM", "DEU"];

    private IEnumerable<IReadOnlyDictionary<string, string>> Troops(string iso3) => repo.Rows("us-troops.csv").Where(r => r["iso3"] == iso3);

    [Fact]
    public void Latest_common_year_is_the_last_year_every_host_has_a_total_in_the_csv()
    {
        var years = Hosts.Select(h => Troops(h).Where(r => r["total"] != "").Select(r => int.Parse(r["year"])).ToHashSet()).ToList();
        var expected = years.Aggregate((a, b) => a.Intersect(b).ToHashSet()).Max();
        Assert.Equal(expected, TroopPresenceAnalysis.LatestYearWithAllHosts(repo.Data, Hosts));
    }

    [Fact]
    public void Totals_flags_and_peaks_match_the_csv()
    {
        var result = TroopPresenceAnalysis.ByHostAndYear(repo.Data, Hosts, 1950, 2025);
        foreach (var host in Hosts)
        {
            var csv = Troops(host).ToList();
            var rows = result.Rows.Where(r => r.Iso3 == host).ToList();
            Assert.Equal(csv.Count, rows.Count);
            foreach (var c in csv)
            {
                var row = rows.Single(r => r.Year == int.Parse(c["year"]));
                Assert.Equal(Number(c["total"]), row.Troops);
                Assert.Equal(c["estimate"] == "true", row.Estimate);
                Assert.Equal(c["permanent_only"] == "true", row.PermanentOnly);
                Assert.Equal(c["correction"] == "" ? null : c["correction"], row.Correction);
            }

            var peak = csv.Where(c => c["total"] != "").Max(c => int.Parse(c["total"]));
            Assert.Equal(peak, rows.Max(r => r.Troops));
        }

        // The notebook's flagged correction: South Korea 2024-2025 are halved values marked as estimates.
        foreach (var year in new[] { 2024, 2025 })
        {
            var c = Troops("KOR").Single(r => r["year"] == year.ToString());
            var row = result.Rows.Single(r => r.Iso3 == "KOR" && r.Year == year);
            Assert.True(row.Estimate);
            Assert.Contains("doubled-series-halved", row.Correction);
            Assert.Equal(c["estimate"] == "true", row.Estimate);
        }

        Assert.True(result.Rows.Single(r => r.Iso3 == "GUM" && r.Year == 2000).UsTerritory);
        Assert.Equal("Guam (US territory)", result.Rows.First(r => r.Iso3 == "GUM").Host);
    }

    [Fact]
    public void Per_million_and_per_defence_dollar_are_computed_from_the_csv_files()
    {
        var result = TroopPresenceAnalysis.ByHostAndYear(repo.Data, Hosts, 1950, 2025);
        var population = repo.Rows("population.csv").ToDictionary(r => (r["iso3"], int.Parse(r["year"])), r => Number(r["population"]));
        var spending = repo.Rows("defence-spending.csv").ToDictionary(r => (r["iso3"], int.Parse(r["year"])), r => Number(r["constant_2023_usd_m"]));
        var checkedPerMillion = 0;
        var checkedPerDefence = 0;
        foreach (var row in result.Rows)
        {
            var troops = Troops(row.Iso3).Single(r => int.Parse(r["year"]) == row.Year)["total"];
            var t = Number(troops);
            var p = population.GetValueOrDefault((row.Iso3, row.Year));
            var s = spending.GetValueOrDefault((row.Iso3, row.Year));
            if (t is null || p is null or 0)
            {
                Assert.Null(row.TroopsPerMillionInhabitants);
            }
            else
            {
                Assert.Equal(t.Value * 1e6 / p.Value, row.TroopsPerMillionInhabitants!.Value, 9);
                checkedPerMillion++;
            }

            if (t is null || s is null or 0)
            {
                Assert.Null(row.TroopsPerBillionUsdOfHostDefence);
            }
            else
            {
                // spending is in millions of US$: per billion = troops / (millions / 1000)
                Assert.Equal(t.Value / (s.Value / 1000), row.TroopsPerBillionUsdOfHostDefence!.Value, 9);
                checkedPerDefence++;
            }
        }

        // Per capita from 1960 (World Bank) to 2024 for six places; spending 1990-2024 for five (none for Guam).
        Assert.True(checkedPerMillion >= 6 * 60, $"only {checkedPerMillion} per-million values checked");
        Assert.True(checkedPerDefence >= 5 * 35, $"only {checkedPerDefence} per-defence values checked");
        Assert.DoesNotContain(result.Rows, r => r.Iso3 == "GUM" && r.TroopsPerBillionUsdOfHostDefence is not null);
        Assert.DoesNotContain(result.Rows, r => r.Year < 1990 && r.TroopsPerBillionUsdOfHostDefence is not null);
    }

    [Fact]
    public void Composition_uses_the_service_columns_and_attributes_only_the_remainder()
    {
        var year = TroopPresenceAnalysis.LatestYearWithAllHosts(repo.Data, Hosts);
        var composition = TroopPresenceAnalysis.Composition(repo.Data, Hosts, year);
        string[] columns = ["army", "navy", "marine_corps", "air_force", "space_force", "coast_guard"];
        foreach (var host in Hosts)
        {
            var c = Troops(host).Single(r => int.Parse(r["year"]) == year);
            var total = int.Parse(c["total"]);
            var segments = composition.Rows.Where(s => s.Iso3 == host).ToList();
            for (var i = 0; i < columns.Length; i++)
            {
                var segment = segments.Single(s => s.Service == TroopPresenceAnalysis.Services[i]);
                Assert.Equal(Number(c[columns[i]]), segment.Persons);
                Assert.Equal(c[columns[i]] != "", segment.Given);
            }

            var given = columns.Where(col => c[col] != "").Sum(col => int.Parse(c[col]));
            var remainder = segments.Single(s => s.Service == TroopPresenceAnalysis.NotAttributed);
            Assert.Equal(total - given, remainder.Persons);
            Assert.Equal(100.0, segments.Sum(s => s.ShareOfTotalPercent ?? 0), 9);
        }

        // navy-zero-residual rows leave navy empty: the segment must not pretend to know it.
        Assert.All(composition.Rows.Where(s => s.Service == "Navy"), s => Assert.False(s.Given));
    }

    [Fact]
    public void Permanent_against_rotational_pairs_dmdc_and_mrf_d_rows_by_year()
    {
        var result = TroopPresenceAnalysis.PermanentAgainstRotational(repo.Data, "AUS", "mrf-darwin", 2010, 2025);
        var rotations = repo.Rows("rotational-deployments.csv").Where(r => r["deployment_id"] == "mrf-darwin").ToDictionary(r => int.Parse(r["year"]));
        foreach (var row in result.Rows)
        {
            var dmdc = Troops("AUS").Single(r => int.Parse(r["year"]) == row.Year);
            Assert.Equal(Number(dmdc["total"]), row.DmdcTotal);
            Assert.Equal(Number(dmdc["marine_corps"]), row.DmdcMarineCorps);
            Assert.Equal(dmdc["permanent_only"] == "true", row.DmdcPermanentOnly);
            if (rotations.TryGetValue(row.Year, out var r))
            {
                Assert.Equal(Number(r["personnel"]), row.RotationalPersonnel);
                Assert.Equal(r["figure_kind"], row.RotationalFigureKind);
            }
            else
            {
                Assert.Null(row.RotationalFigureKind);
            }
        }

        Assert.Equal(rotations.Keys.Where(y => y >= 2010).Order(), result.Rows.Where(r => r.RotationalFigureKind is not null).Select(r => r.Year));
    }

    /// <summary>Runs of consecutive years, "1990-2002 and 2004", as notebook 01 writes them in its Markdown.</summary>
    private static string Runs(IEnumerable<int> years) => string.Join(" and ", years.Order()
        .Aggregate(new List<(int First, int Last)>(), (runs, y) =>
        {
            if (runs.Count > 0 && runs[^1].Last == y - 1) runs[^1] = (runs[^1].First, y);
            else runs.Add((y, y));
            return runs;
        })
        .Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First}-{r.Last}"));

    private static string NotebookMarkdown(string notebook)
    {
        var path = Path.Combine(ForcePosture.Figures.RepositoryLayout.FindRoot(AppContext.BaseDirectory), "notebooks", notebook);
        var cells = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray();
        return string.Join("\n", cells.Where(c => c!["cell_type"]!.GetValue<string>() == "markdown")
            .Select(c => string.Concat(c!["source"]!.AsArray().Select(l => l!.GetValue<string>()))));
    }

    [Fact]
    public void Sipri_estimate_years_quoted_in_notebook_01_s_markdown_match_the_csv()
    {
        var estimated = repo.Rows("defence-spending.csv")
            .Where(r => r["constant_2023_usd_m"] != "" && r["constant_2023_usd_m_status"] is "estimate" or "uncertain")
            .GroupBy(r => r["iso3"]).ToDictionary(g => g.Key, g => g.Select(r => int.Parse(r["year"])).ToList());

        // The data section and the limits both name the three hosts with SIPRI estimates; the other hosts have none.
        var quoted = $"South Korea {Runs(estimated["KOR"])}, Australia {Runs(estimated["AUS"])} and the Philippines {Runs(estimated["PHL"])}";
        var markdown = NotebookMarkdown("01-us-forces-per-ally.ipynb");
        Assert.Equal(2, markdown.Split(quoted).Length - 1);
        Assert.DoesNotContain("JPN", estimated.Keys);
        Assert.DoesNotContain("DEU", estimated.Keys);

        // The library flags the same years.
        var flagged = TroopPresenceAnalysis.ByHostAndYear(repo.Data, Hosts, 1950, 2025).Rows.Where(r => r.HostDefenceEstimate)
            .GroupBy(r => r.Iso3).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Order().ToList());
        Assert.Equal(estimated.Where(kv => Hosts.Contains(kv.Key)).OrderBy(kv => kv.Key).Select(kv => (kv.Key, Runs(kv.Value))),
            flagged.OrderBy(kv => kv.Key).Select(kv => (kv.Key, Runs(kv.Value))));
    }

    [Fact]
    public void Per_defence_dollar_ratio_is_lower_in_the_last_spending_year_than_in_the_first_for_every_host()
    {
        var spending = repo.Rows("defence-spending.csv").Where(r => Hosts.Contains(r["iso3"]) && r["constant_2023_usd_m"] != "")
            .ToDictionary(r => (r["iso3"], int.Parse(r["year"])), r => Number(r["constant_2023_usd_m"])!.Value);
        var first = spending.Keys.Min(k => k.Item2);
        var last = spending.Keys.Max(k => k.Item2);
        var hosts = spending.Keys.Select(k => k.Item1).Distinct().ToList();
        double Ratio(string iso3, int year) => Number(Troops(iso3).Single(r => int.Parse(r["year"]) == year)["total"])!.Value / spending[(iso3, year)];
        Assert.Equal(Hosts.Length - 1, hosts.Count);   // every host but Guam
        Assert.All(hosts, h => Assert.True(Ratio(h, last) < Ratio(h, first), $"{h}: {Ratio(h, first)} in {first}, {Ratio(h, last)} in {last}"));
        Assert.Contains($"was smaller in {last} than in {first} for every host", NotebookMarkdown("01-us-forces-per-ally.ipynb"), StringComparison.Ordinal);
    }

    [Fact]
    public void South_korea_is_the_densest_foreign_host_in_the_last_population_year_on_an_estimated_count()
    {
        var population = repo.Rows("population.csv").Where(r => Hosts.Contains(r["iso3"]))
            .ToDictionary(r => (r["iso3"], int.Parse(r["year"])), r => Number(r["population"])!.Value);
        var lastYear = population.Keys.GroupBy(k => k.Item2).Where(g => g.Count() == Hosts.Length).Max(g => g.Key);
        var troops = Hosts.ToDictionary(h => h, h => Troops(h).Single(r => int.Parse(r["year"]) == lastYear));
        var perMillion = Hosts.Where(h => h != "GUM").ToDictionary(h => h, h => Number(troops[h]["total"])!.Value * 1e6 / population[(h, lastYear)]);
        Assert.Equal("KOR", perMillion.MaxBy(kv => kv.Value).Key);
        Assert.Equal("true", troops["KOR"]["estimate"]);
        // "narrowly": the next foreign host is within a tenth of South Korea's density.
        Assert.True(perMillion.Values.OrderDescending().ElementAt(1) > 0.9 * perMillion["KOR"]);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Composition_of_any_row_adds_up_to_its_total()
    {
        var rows = repo.Data.UsTroops.Where(t => t.Total is not null).ToArray();
        return Prop.ForAll(Arb.From(Gen.Elements(rows)), t =>
        {
            var segments = TroopPresenceAnalysis.Composition(repo.Data, [t.Iso3], t.Year).Rows;
            var remainder = segments.Single(s => s.Service == TroopPresenceAnalysis.NotAttributed).Persons!.Value;
            return remainder >= 0 && segments.Sum(s => s.Persons ?? 0) == t.Total!.Value;
        });
    }
}
