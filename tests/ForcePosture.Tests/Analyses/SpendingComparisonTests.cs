using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Analyses;
using ForcePosture.Tables;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The figures notebooks/02-defence-spending.ipynb quotes, computed by <see cref="SpendingComparison"/> from the loaded data and
/// compared with the same figures computed a second way straight from data/defence-spending.csv (plain CSV reading, plain
/// arithmetic). The parameters are the notebook's.
/// </summary>
public class SpendingComparisonTests
{
    private static readonly string[] Allies = ["JPN", "KOR", "AUS", "PHL", "THA", "NZL"];
    private static readonly string[] Partners = ["TWN", "IND", "VNM", "IDN", "SGP", "MYS", "GBR", "FRA", "DEU", "CAN"];
    private const int FirstYear = 1990, LastYear = 2024, BaseYear = 2000, CnasFrom = 2010, CnasTo = 2019, BakerGlossermanYear = 2012;

    private static readonly Lazy<Dataset> Data = new(() => ForcePostureData.Load(RepositoryCsv.DataDirectory));
    private static readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, string>>> Csv = new(() => RepositoryCsv.Read("defence-spending.csv"));

    private static IReadOnlyList<DefenceSpendingValue> Rows => Data.Value.DefenceSpending;

    /// <summary>The raw CSV value of a country-year in a column; null when empty.</summary>
    private static double? Raw(string iso3, int year, string column)
    {
        var text = Csv.Value.Single(r => r["iso3"] == iso3 && r["year"] == year.ToString(CultureInfo.InvariantCulture))[column];
        return text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>The raw CSV text of a country-year in a column.</summary>
    private static string RawText(string iso3, int year, string column) =>
        Csv.Value.Single(r => r["iso3"] == iso3 && r["year"] == year.ToString(CultureInfo.InvariantCulture))[column];

    private static double? RawSum(IEnumerable<string> members, int year, string column = "constant_2023_usd_m")
    {
        var values = members.Select(m => Raw(m, year, column)).ToList();
        return values.Any(v => v is null) ? null : values.Sum(v => v!.Value);
    }

    private static IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    [Fact]
    public void Group_totals_equal_the_sums_of_the_csv_rows_and_are_empty_exactly_when_a_member_has_no_value()
    {
        var group = new CountryGroup("Allies + partners", [.. Allies, .. Partners]);
        var totals = SpendingComparison.GroupTotals(Rows, group, SpendingMeasure.Constant2023Usd, FirstYear, LastYear);
        Assert.Equal(Years, totals.Select(t => t.Year));
        foreach (var t in totals)
        {
            var expected = RawSum(group.Members, t.Year);
            Assert.Equal(expected is null, t.TotalMillions is null);
            if (expected is { } e) Assert.Equal(e, t.TotalMillions!.Value, 6);
            var missing = group.Members.Where(m => Raw(m, t.Year, "constant_2023_usd_m") is null).ToList();
            Assert.Equal(missing, t.MissingMembers);
            var estimated = group.Members.Where(m => Csv.Value.Single(r => r["iso3"] == m && r["year"] == t.Year.ToString(CultureInfo.InvariantCulture))["constant_2023_usd_m_status"] is "estimate" or "uncertain").ToList();
            Assert.Equal(estimated, t.EstimatedMembers);
        }

        // The notebook's statement "complete in N of 35 years" and the incomplete years are Viet Nam's empty cells in the file.
        var vnmEmpty = Years.Where(y => Raw("VNM", y, "constant_2023_usd_m") is null).ToList();
        Assert.Equal(vnmEmpty, totals.Where(t => !t.Complete).Select(t => t.Year));
        Assert.NotEmpty(vnmEmpty);
    }

    [Fact]
    public void China_first_exceeds_the_allies_in_the_year_the_csv_gives_and_stays_above()
    {
        var allyTotals = SpendingComparison.TotalsByYear(SpendingComparison.GroupTotals(Rows, new CountryGroup("Allies", Allies), SpendingMeasure.Constant2023Usd, FirstYear, LastYear));
        var chn = SpendingComparison.Series(Rows, "CHN", SpendingMeasure.Constant2023Usd, FirstYear, LastYear);
        var libraryYear = Years.First(y => chn[y] > allyTotals[y]);
        var csvYear = Years.First(y => Raw("CHN", y, "constant_2023_usd_m") > RawSum(Allies, y));
        Assert.Equal(csvYear, libraryYear);
        Assert.All(Years.Where(y => y >= csvYear), y => Assert.True(Raw("CHN", y, "constant_2023_usd_m") > RawSum(Allies, y)));

        var ratio = SpendingComparison.Ratio(chn, allyTotals);
        Assert.Equal(Raw("CHN", LastYear, "constant_2023_usd_m")!.Value / RawSum(Allies, LastYear)!.Value, ratio[LastYear]!.Value, 12);
    }

    [Fact]
    public void China_ranks_second_among_the_18_in_the_csv_since_the_same_year()
    {
        int CsvRank(int year) => 1 + Csv.Value.Count(r => r["year"] == year.ToString(CultureInfo.InvariantCulture) && r["current_usd_m"].Length > 0
            && double.Parse(r["current_usd_m"], CultureInfo.InvariantCulture) > Raw("CHN", year, "current_usd_m"));
        int LibraryRank(int year) => SpendingComparison.Rank(Rows, year, SpendingMeasure.CurrentUsd).Single(r => r.Iso3 == "CHN").Rank;
        Assert.All(Years, y => Assert.Equal(CsvRank(y), LibraryRank(y)));
        Assert.Equal(2, LibraryRank(CnasTo));
        Assert.Equal("USA", SpendingComparison.Rank(Rows, CnasTo, SpendingMeasure.CurrentUsd)[0].Iso3);
        var secondSince = Years.Last(y => CsvRank(y) != 2) + 1;
        Assert.Equal(secondSince, Years.Last(y => LibraryRank(y) != 2) + 1);
    }

    [Fact]
    public void Real_changes_2010_to_2019_match_compound_rates_from_the_csv()
    {
        foreach (var iso in Allies.Append("CHN"))
        {
            var series = SpendingComparison.Series(Rows, iso, SpendingMeasure.Constant2023Usd, FirstYear, LastYear);
            var change = SpendingComparison.Change(iso, series, CnasFrom, CnasTo)!;
            var from = Raw(iso, CnasFrom, "constant_2023_usd_m")!.Value;
            var to = Raw(iso, CnasTo, "constant_2023_usd_m")!.Value;
            Assert.Equal((to - from) / from * 100, change.PercentChange, 9);
            var rate = Math.Exp(Math.Log(to / from) / (CnasTo - CnasFrom)) - 1;
            Assert.Equal(rate * 100, change.AnnualRatePercent, 9);
            Assert.Equal(rate * 100 > 1.0 ? Trend.Rising : rate * 100 < -1.0 ? Trend.Falling : Trend.Flat, SpendingComparison.Classify(change, 1.0));
        }

        // Viet Nam has no 2019 value: no change, never a change from a zero.
        Assert.Null(SpendingComparison.Change("VNM", SpendingComparison.Series(Rows, "VNM", SpendingMeasure.Constant2023Usd, FirstYear, LastYear), CnasFrom, CnasTo));
    }

    [Fact]
    public void Index_and_shares_of_gdp_quoted_in_the_notebook_match_the_csv()
    {
        var index = ForcePosture.Transforms.BaseYearIndex.ToIndex(SpendingComparison.Series(Rows, "CHN", SpendingMeasure.Constant2023Usd, FirstYear, LastYear), BaseYear);
        Assert.Equal(Raw("CHN", LastYear, "constant_2023_usd_m")!.Value / Raw("CHN", BaseYear, "constant_2023_usd_m")!.Value * 100, index[LastYear]!.Value, 9);

        string[] bakerGlosserman = ["JPN", "KOR", "AUS", "PHL", "THA"];
        var lowerShare = bakerGlosserman.Count(iso =>
            SpendingComparison.Series(Rows, iso, SpendingMeasure.ShareOfGdp, FirstYear, LastYear) is var s && s[BakerGlossermanYear] < s[FirstYear]);
        var csvLowerShare = bakerGlosserman.Count(iso => Raw(iso, BakerGlossermanYear, "share_of_gdp_pct") < Raw(iso, FirstYear, "share_of_gdp_pct"));
        Assert.Equal(csvLowerShare, lowerShare);
    }

    [Fact]
    public void The_allies_that_lowered_their_share_of_gdp_by_2012_are_those_the_csv_gives_and_their_1990_shares_are_estimates_there()
    {
        string[] bakerGlosserman = ["JPN", "KOR", "AUS", "PHL", "THA"];
        DefenceSpendingValue RowOf(string iso, int year) => Rows.Single(r => r.Iso3 == iso && r.Year == year);
        var lowered = bakerGlosserman.Where(iso => RowOf(iso, BakerGlossermanYear).ShareOfGdpPercent < RowOf(iso, FirstYear).ShareOfGdpPercent).ToList();
        var fromEstimates = lowered.Where(iso => RowOf(iso, FirstYear).ShareOfGdpPercentStatus is SipriMarker.Estimate or SipriMarker.Uncertain).ToList();

        var csvLowered = bakerGlosserman.Where(iso => Raw(iso, BakerGlossermanYear, "share_of_gdp_pct") < Raw(iso, FirstYear, "share_of_gdp_pct")).ToList();
        var csvFromEstimates = csvLowered.Where(iso => RawText(iso, FirstYear, "share_of_gdp_pct_status") is "estimate" or "uncertain").ToList();
        Assert.Equal(csvLowered, lowered);
        Assert.Equal(csvFromEstimates, fromEstimates);
    }

    [Fact]
    public void Shares_of_gdp_cannot_be_summed_and_a_missing_row_is_an_error_not_a_zero()
    {
        Assert.Throws<ArgumentException>(() => SpendingComparison.GroupTotals(Rows, new CountryGroup("x", Allies), SpendingMeasure.ShareOfGdp, 2000, 2001));
        var error = Assert.Throws<ArgumentException>(() => SpendingComparison.GroupTotals(Rows, new CountryGroup("x", ["JPN", "RUS"]), SpendingMeasure.Constant2023Usd, 2000, 2000));
        Assert.Contains("RUS 2000", error.Message, StringComparison.Ordinal);
    }

    private static DefenceSpendingValue Row(string iso3, int year, double? value) =>
        new(iso3, year, value, value is null ? SipriMarker.NoData : SipriMarker.Ok, value, value is null ? SipriMarker.NoData : SipriMarker.Ok,
            null, SipriMarker.NoData, null, null, new Provenance(["generated"], new RowLocation("generated.csv", 1)));

    /// <summary>For any values, some possibly missing: the total is the sum when all are present and null otherwise; the partial sum
    /// is always the sum of those present; the missing members are exactly the null ones. Fails if a missing value were taken as 0.</summary>
    [Property]
    public Property Group_total_is_never_a_partial_sum() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Frequency((4, Gen.Choose(1, 1_000_000).Select(v => (double?)v)), (1, Gen.Constant((double?)null))))), values =>
        {
            var members = values.Select((_, i) => $"C{i:D2}").ToList();
            var rows = values.Select((v, i) => Row(members[i], 2000, v)).ToList();
            var t = SpendingComparison.GroupTotals(rows, new CountryGroup("g", members), SpendingMeasure.Constant2023Usd, 2000, 2000).Single();
            var present = values.Where(v => v is not null).Sum(v => v!.Value);
            var allPresent = values.All(v => v is not null);
            return (t.TotalMillions == (allPresent ? present : null))
                && Math.Abs(t.PresentMillions - present) < 1e-6
                && t.MissingMembers.SequenceEqual(members.Where((_, i) => values[i] is null));
        });

    /// <summary>Compounding the annual rate over the years returns the end value.</summary>
    [Property]
    public Property Annual_rate_compounds_to_the_end_value() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 100_000)), Arb.From(Gen.Choose(1, 100_000)), Arb.From(Gen.Choose(1, 40)), (from, to, years) =>
        {
            var change = new SpendingChange("x", 2000, 2000 + years, from, to);
            return Math.Abs(from * Math.Pow(1 + change.AnnualRatePercent / 100, years) - to) < 1e-6 * to;
        });
}
