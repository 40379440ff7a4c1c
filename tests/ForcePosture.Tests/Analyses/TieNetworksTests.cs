using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Analyses;
using ForcePosture.Tables;
using ForcePosture.Tests.Networks;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The figures notebooks/04-hub-and-spoke-to-network.ipynb quotes (ties, ties with the US, density, degrees, pairs created by the
/// Manila Pact), computed by <see cref="TieNetworks"/> and compared with the same counts derived a second way straight from
/// data/agreements.csv and data/agreement-parties.csv: dates read as text (their first four characters are the year), activity
/// and supersession applied by hand, pairs counted with plain sets.
/// </summary>
public class TieNetworksTests
{
    private static readonly string[] Countries =
        ["USA", "KOR", "JPN", "TWN", "PHL", "AUS", "NZL", "IDN", "SGP", "MYS", "THA", "VNM", "IND", "GBR", "FRA", "DEU", "CAN"];

    private static readonly Lazy<Dataset> Data = new(() => ForcePostureData.Load(RepositoryCsv.DataDirectory));
    private static readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, string>>> AgreementRows = new(() => RepositoryCsv.Read("agreements.csv"));
    private static readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, string>>> PartyRows = new(() => RepositoryCsv.Read("agreement-parties.csv"));

    private static int? YearOf(string date) => date.Length >= 4 ? int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) : null;

    private static int? CsvStart(IReadOnlyDictionary<string, string> row) =>
        (YearOf(row["signed"]), YearOf(row["in_force"])) switch
        {
            ({ } s, { } f) => Math.Min(s, f),
            ({ } s, null) => s,
            (null, { } f) => f,
            _ => null,
        };

    /// <summary>The ids of the agreements active in a year, from the CSV alone.</summary>
    private static HashSet<string> CsvActive(int year, Func<IReadOnlyDictionary<string, string>, bool> counts)
    {
        var byId = AgreementRows.Value.ToDictionary(r => r["agreement_id"]);
        var result = new HashSet<string>();
        foreach (var row in AgreementRows.Value)
        {
            var start = CsvStart(row);
            var end = YearOf(row["ended"]) ?? (row["superseded_by"].Length > 0 ? CsvStart(byId[row["superseded_by"]]) : null);
            if (start is { } s && s <= year && (end is not { } e || e > year) && counts(row))
            {
                result.Add(row["agreement_id"]);
            }
        }

        return result;
    }

    /// <summary>The country pairs (within the set) of the active agreements, from the CSV alone.</summary>
    private static HashSet<(string, string)> CsvPairs(int year, Func<IReadOnlyDictionary<string, string>, bool> counts)
    {
        var active = CsvActive(year, counts);
        var pairs = new HashSet<(string, string)>();
        foreach (var group in PartyRows.Value.Where(p => active.Contains(p["agreement_id"]) && Countries.Contains(p["iso3"])).GroupBy(p => p["agreement_id"]))
        {
            var members = group.Select(p => p["iso3"]).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                    pairs.Add((members[i], members[j]));
        }

        return pairs;
    }

    private static bool DefaultCounts(IReadOnlyDictionary<string, string> row) =>
        row["instrument_type"] is not ("security-assistance-programme" or "host-nation-support-agreement");

    private static bool TwoPartyCounts(IReadOnlyDictionary<string, string> row) =>
        DefaultCounts(row) && row["scope"] is "us-bilateral" or "ally-bilateral";

    [Theory]
    [InlineData(1990)]
    [InlineData(2000)]
    [InlineData(2010)]
    [InlineData(2012)]
    [InlineData(2016)]
    [InlineData(2020)]
    [InlineData(2026)]
    public void Ties_us_ties_and_density_match_the_csv(int year)
    {
        foreach (var (rule, counts) in new (TieRule, Func<IReadOnlyDictionary<string, string>, bool>)[]
                 {
                     (TieRule.Default, DefaultCounts), (TieRule.DefaultBilateralOnly, TwoPartyCounts), (TieRule.AllInstruments, _ => true),
                 })
        {
            var pairs = CsvPairs(year, counts);
            var summary = TieNetworks.Summarise(TieNetworks.Build(Data.Value.Agreements, Data.Value.AgreementParties, year, rule, Countries), year, rule);
            Assert.Equal(pairs.Count, summary.Ties);
            var usTies = pairs.Count(p => p.Item1 == "USA" || p.Item2 == "USA");
            Assert.Equal(usTies, summary.HubTies);
            Assert.Equal(pairs.Count - usTies, summary.SpokeTies);
            Assert.Equal(Countries.Length, summary.Countries);
            Assert.Equal(2.0 * pairs.Count / (Countries.Length * (Countries.Length - 1)), summary.Density, 12);
            Assert.Equal(pairs.Count == 0 ? null : usTies / (double)pairs.Count, summary.HubShareOfTies);
        }
    }

    [Fact]
    public void Degrees_in_2026_match_the_csv()
    {
        var pairs = CsvPairs(2026, DefaultCounts);
        var positions = TieNetworks.Positions(TieNetworks.Build(Data.Value.Agreements, Data.Value.AgreementParties, 2026, TieRule.Default, Countries), 2026);
        foreach (var country in Countries)
        {
            Assert.Equal(pairs.Count(p => p.Item1 == country || p.Item2 == country), positions.Single(p => p.Iso3 == country).Degree);
        }
    }

    private static bool TreatiesAndPresenceCounts(IReadOnlyDictionary<string, string> row) =>
        row["instrument_type"] is "mutual-defence-treaty" or "security-treaty-or-pact" or "status-of-forces-agreement" or "visiting-forces-agreement"
            or "reciprocal-access-agreement" or "access-or-basing-agreement" or "rotational-deployment" or "land-lease";

    [Fact]
    public void The_committed_rok_raa_scenario_matches_pairs_recomputed_from_the_csv()
    {
        // Notebook 04's scenario adds hypothetical ROK reciprocal access agreements to the 2026 network. Recomputed here from the
        // CSV alone: the recorded pairs of each rule plus one KOR pair per partner of the scenario.
        var partnersOf = new Dictionary<string, string[]>
        {
            ["Recorded agreements only"] = [], ["+ ROK-Japan RAA (scenario)"] = ["JPN"], ["+ ROK-Australia RAA (scenario)"] = ["AUS"],
            ["+ ROK-Philippines RAA (scenario)"] = ["PHL"], ["+ all 3 (scenario)"] = ["JPN", "AUS", "PHL"],
        };
        var rules = new Dictionary<string, Func<IReadOnlyDictionary<string, string>, bool>>
        {
            [TieRule.Default.Name] = DefaultCounts, [TieRule.TreatiesAndPresence.Name] = TreatiesAndPresenceCounts,
        };
        var rows = RepositoryCsv.ReadFigureData("04-rok-raa-scenario");
        Assert.Equal(partnersOf.Count * rules.Count, rows.Count);
        foreach (var row in rows)
        {
            var pairs = CsvPairs(2026, rules[row["Rule"]]);
            foreach (var partner in partnersOf[row["Scenario"]])
            {
                pairs.Add(string.CompareOrdinal("KOR", partner) < 0 ? ("KOR", partner) : (partner, "KOR"));
            }

            var label = $"{row["Rule"]}, {row["Scenario"]}";
            Assert.True(pairs.Count(p => p.Item1 == "KOR" || p.Item2 == "KOR") == int.Parse(row["KoreaDegree"], System.Globalization.CultureInfo.InvariantCulture), label);
            Assert.True(pairs.Count == int.Parse(row["Ties"], System.Globalization.CultureInfo.InvariantCulture), label);
            var usShare = pairs.Count(p => p.Item1 == "USA" || p.Item2 == "USA") / (double)pairs.Count;
            Assert.Equal(usShare, double.Parse(row["UsShareOfTies"], System.Globalization.CultureInfo.InvariantCulture), 12);
        }

        // The finding the notebook states: under the presence rule the three agreements would add three partners; under the
        // default rule South Korea is already tied to all three, so nothing changes.
        var presence = rows.Where(r => r["Rule"] == TieRule.TreatiesAndPresence.Name).ToDictionary(r => r["Scenario"], r => int.Parse(r["KoreaDegree"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, presence["+ all 3 (scenario)"] - presence["Recorded agreements only"]);
        Assert.Single(rows.Where(r => r["Rule"] == TieRule.Default.Name).Select(r => r["KoreaDegree"]).Distinct());
    }

    [Fact]
    public void The_manila_pact_ties_fifteen_pairs_without_the_us_because_seven_of_its_parties_are_in_the_set()
    {
        // The notebook names the agreement creating most pairs in 1990; the count of its parties in the set comes from the CSV.
        var manila = AgreementRows.Value.Single(r => r["name"].Contains("Manila Pact", StringComparison.Ordinal))["agreement_id"];
        var members = PartyRows.Value.Where(p => p["agreement_id"] == manila && Countries.Contains(p["iso3"])).Select(p => p["iso3"]).Distinct().ToList();
        // Seven of its parties are in the set, the US among them: six others, so 6 × 5 / 2 = 15 pairs that do not involve the US.
        Assert.Equal(7, members.Count);
        Assert.Contains("USA", members);
        var network = TieNetworks.Build(Data.Value.Agreements, Data.Value.AgreementParties, 1990, TieRule.Default, Countries);
        var ties = TieNetworks.Ties(network, 1990);
        var throughManila = ties.Where(t => !t.InvolvesHub && t.AgreementIds.Split(' ').Contains(manila)).ToList();
        Assert.Equal(15, throughManila.Count);
        // Each of them is a pair of two of those six.
        Assert.All(throughManila, t => Assert.True(members.Contains(t.A) && members.Contains(t.B) && t.A != t.B, $"{t.A}-{t.B}"));
    }

    [Fact]
    public void A_pure_hub_and_spoke_system_has_all_ties_through_the_hub_and_hub_betweenness_one()
    {
        string[] set = ["USA", "JPN", "KOR", "AUS"];
        var agreements = new[] { "JPN", "KOR", "AUS" }.Select(c => NetworkGenerators.MakeAgreement($"us-{c}", InstrumentType.MutualDefenceTreaty, new PartialDate(1960), null, null)).ToList();
        var parties = new[] { "JPN", "KOR", "AUS" }.SelectMany(c => new[] { Party($"us-{c}", "USA"), Party($"us-{c}", c) }).ToList();
        var summary = TieNetworks.Summarise(TieNetworks.Build(agreements, parties, 1990, TieRule.Default, set), 1990, TieRule.Default);
        Assert.Equal(3, summary.HubTies);
        Assert.Equal(0, summary.SpokeTies);
        Assert.Equal(1.0, summary.HubShareOfTies);
        Assert.Equal(1.0, summary.HubBetweenness, 12);
        // Host-nation support does not count under the default rule, and a two-party rule ignores a trilateral.
        var trilateral = NetworkGenerators.MakeAgreement("tri", InstrumentType.MinilateralFramework, new PartialDate(1980), null, null);
        var withTri = agreements.Append(trilateral).ToList();
        var triParties = parties.Concat(new[] { Party("tri", "USA"), Party("tri", "JPN"), Party("tri", "AUS") }).ToList();
        Assert.Equal(1, TieNetworks.Summarise(TieNetworks.Build(withTri, triParties, 1990, TieRule.Default, set), 1990, TieRule.Default).SpokeTies);
        Assert.Equal(0, TieNetworks.Summarise(TieNetworks.Build(withTri, triParties, 1990, TieRule.DefaultBilateralOnly with { }, set), 1990, TieRule.DefaultBilateralOnly).SpokeTies);
    }

    private static AgreementParty Party(string id, string iso3) =>
        new(id, iso3, PartyRole.Party, null, new Provenance(["generated"], new RowLocation("generated.csv", 1)));

    [Fact]
    public void Layout_puts_the_hub_at_the_centre_and_the_others_on_the_unit_circle_in_order()
    {
        var layout = TieNetworks.HubAndRingLayout(Countries);
        Assert.Equal((0.0, 0.0), layout["USA"]);
        Assert.Equal((0.0, 1.0), layout["KOR"]);
        Assert.All(Countries.Where(c => c != "USA"), c => Assert.Equal(1.0, Math.Sqrt(layout[c].X * layout[c].X + layout[c].Y * layout[c].Y), 9));
        Assert.Equal(Countries.Length, layout.Values.Distinct().Count());
    }

    /// <summary>For random agreements and parties: every country of the set is a vertex, ties equal the distinct in-set pairs of
    /// the active agreements (brute force), and hub ties plus spoke ties equal ties. Fails if parties outside the set were kept or
    /// isolated countries dropped.</summary>
    [Property]
    public Property Build_counts_distinct_in_set_pairs_of_active_agreements() =>
        Prop.ForAll(Arb.From(NetworkGenerators.Agreements), Arb.From(Gen.Choose(1950, 2030)), Arb.From(Gen.ArrayOf(Gen.Elements(NetworkGenerators.Pool.Append("PNG").ToArray()), 60)), (agreements, year, draws) =>
        {
            string[] set = ["USA", "JPN", "AUS", "PHL", "KOR"];
            var parties = agreements.SelectMany((a, i) => draws.Skip(i % 50).Take(1 + i % 4).Select(c => Party(a.Id, c))).ToList();
            var network = TieNetworks.Build(agreements, parties, year, TieRule.AllInstruments, set);
            var active = ForcePosture.Networks.AgreementActivity.ActiveIn(agreements, year).Select(a => a.Id).ToHashSet();
            var expected = parties.Where(p => active.Contains(p.AgreementId) && set.Contains(p.Iso3)).GroupBy(p => p.AgreementId)
                .SelectMany(g => { var m = g.Select(p => p.Iso3).Distinct().Order(StringComparer.Ordinal).ToList(); return m.SelectMany((x, i) => m.Skip(i + 1).Select(y => (x, y))); })
                .ToHashSet();
            var summary = TieNetworks.Summarise(network, year, TieRule.AllInstruments);
            return network.Countries.Count == set.Length && summary.Ties == expected.Count && summary.HubTies + summary.SpokeTies == summary.Ties;
        });
}
