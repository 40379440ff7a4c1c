using ForcePosture.Tables;

namespace ForcePosture.Analyses;

/// <summary>Which of SIPRI's military-expenditure measures to read from a <see cref="DefenceSpendingValue"/> row.</summary>
public enum SpendingMeasure
{
    /// <summary>Millions of constant 2023 US dollars.</summary>
    Constant2023Usd,
    /// <summary>Millions of current US dollars (market exchange rate of the year).</summary>
    CurrentUsd,
    /// <summary>Share of GDP, percent (cannot be summed across countries).</summary>
    ShareOfGdp,
}

/// <summary>A named set of countries whose spending is summed.</summary>
/// <param name="Name">Label for charts and tables.</param>
/// <param name="Members">ISO3 codes.</param>
public sealed record CountryGroup(string Name, IReadOnlyList<string> Members);

/// <summary>The summed spending of a group in one year, with what the sum is missing.</summary>
/// <param name="Group">Group name.</param>
/// <param name="Year">Year.</param>
/// <param name="TotalMillions">The sum, or null when any member has no value (never a partial sum).</param>
/// <param name="PresentMillions">The sum of the members that have a value (a partial sum when <see cref="Complete"/> is false).</param>
/// <param name="MissingMembers">Members without a value that year (SIPRI "no data").</param>
/// <param name="EstimatedMembers">Members whose value SIPRI marks as an estimate or as highly uncertain.</param>
public sealed record GroupSpending(
    string Group, int Year, double? TotalMillions, double PresentMillions, IReadOnlyList<string> MissingMembers, IReadOnlyList<string> EstimatedMembers)
{
    /// <summary>True when every member has a value, so <see cref="TotalMillions"/> is the group's full total.</summary>
    public bool Complete => MissingMembers.Count == 0;
}

/// <summary>A country's place in a ranking of one year's spending.</summary>
/// <param name="Rank">1 for the largest.</param>
/// <param name="Iso3">Country.</param>
/// <param name="Millions">Spending in the ranked measure.</param>
/// <param name="Marker">SIPRI's marker for that value.</param>
public sealed record RankedSpending(int Rank, string Iso3, double Millions, SipriMarker Marker);

/// <summary>Change of a series between two years.</summary>
/// <param name="Label">Country code or group name.</param>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year.</param>
/// <param name="From">Value in the first year.</param>
/// <param name="To">Value in the last year.</param>
public sealed record SpendingChange(string Label, int FromYear, int ToYear, double From, double To)
{
    /// <summary>Total change, percent.</summary>
    public double PercentChange => (To / From - 1) * 100;

    /// <summary>Compound annual rate of change, percent per year.</summary>
    public double AnnualRatePercent => (Math.Pow(To / From, 1.0 / (ToYear - FromYear)) - 1) * 100;
}

/// <summary>A verdict on whether a series rose, stayed flat or fell, judged by its compound annual rate against a band.</summary>
public enum Trend
{
    /// <summary>Annual rate below minus the band.</summary>
    Falling,
    /// <summary>Annual rate within plus or minus the band.</summary>
    Flat,
    /// <summary>Annual rate above the band.</summary>
    Rising,
}

/// <summary>
/// Comparisons of military expenditure (SIPRI, <c>defence-spending</c>) among countries and groups of countries: series per
/// country, group sums that refuse to treat a missing value as zero, rankings, and changes between years.
/// </summary>
public static class SpendingComparison
{
    /// <summary>US treaty allies in the Indo-Pacific among the 18 SIPRI countries: Japan, South Korea, Australia, the Philippines,
    /// Thailand, New Zealand (ANZUS is suspended between the US and New Zealand since 1986; New Zealand is kept as a treaty party).</summary>
    public static IReadOnlyList<string> TreatyAllies { get; } = ["JPN", "KOR", "AUS", "PHL", "THA", "NZL"];

    /// <summary>Indo-Pacific partners that are not US treaty allies: Taiwan, India, Viet Nam, Indonesia, Singapore, Malaysia.</summary>
    public static IReadOnlyList<string> RegionalPartners { get; } = ["TWN", "IND", "VNM", "IDN", "SGP", "MYS"];

    /// <summary>Extra-regional partners with a stated Indo-Pacific role: the United Kingdom, France, Germany, Canada.</summary>
    public static IReadOnlyList<string> ExtraRegionalPartners { get; } = ["GBR", "FRA", "DEU", "CAN"];

    /// <summary>The value of a row in a measure (null when SIPRI has none).</summary>
    public static double? Value(DefenceSpendingValue row, SpendingMeasure measure) => measure switch
    {
        SpendingMeasure.Constant2023Usd => row.Constant2023UsdMillions,
        SpendingMeasure.CurrentUsd => row.CurrentUsdMillions,
        SpendingMeasure.ShareOfGdp => row.ShareOfGdpPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>SIPRI's marker of a row in a measure.</summary>
    public static SipriMarker Marker(DefenceSpendingValue row, SpendingMeasure measure) => measure switch
    {
        SpendingMeasure.Constant2023Usd => row.Constant2023UsdMillionsStatus,
        SpendingMeasure.CurrentUsd => row.CurrentUsdMillionsStatus,
        SpendingMeasure.ShareOfGdp => row.ShareOfGdpPercentStatus,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>One country's series by year in a measure, from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentException">A year has no row or two rows for the country.</exception>
    public static IReadOnlyDictionary<int, double?> Series(
        IEnumerable<DefenceSpendingValue> rows, string iso3, SpendingMeasure measure, int firstYear, int lastYear)
    {
        var byYear = RowsByYear(rows, iso3);
        var result = new Dictionary<int, double?>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            result[year] = Value(RowFor(byYear, iso3, year), measure);
        }

        return result;
    }

    /// <summary>
    /// The group's summed spending per year. The total is null for a year in which any member has no value; the partial sum of the
    /// members present and the list of missing members are reported alongside, so a reader sees which years are complete.
    /// </summary>
    /// <exception cref="ArgumentException">The measure is a share of GDP (shares cannot be summed), or a member has no row for a year.</exception>
    public static IReadOnlyList<GroupSpending> GroupTotals(
        IEnumerable<DefenceSpendingValue> rows, CountryGroup group, SpendingMeasure measure, int firstYear, int lastYear)
    {
        if (measure == SpendingMeasure.ShareOfGdp)
        {
            throw new ArgumentException("shares of GDP cannot be summed across countries; sum spending and GDP separately", nameof(measure));
        }

        var list = rows.ToList();
        var byMember = group.Members.ToDictionary(m => m, m => RowsByYear(list, m));
        var result = new List<GroupSpending>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var present = 0.0;
            var missing = new List<string>();
            var estimated = new List<string>();
            foreach (var member in group.Members)
            {
                var row = RowFor(byMember[member], member, year);
                if (Value(row, measure) is { } v)
                {
                    present += v;
                }
                else
                {
                    missing.Add(member);
                }

                if (Marker(row, measure) is SipriMarker.Estimate or SipriMarker.Uncertain)
                {
                    estimated.Add(member);
                }
            }

            result.Add(new GroupSpending(group.Name, year, missing.Count == 0 ? present : null, present, missing, estimated));
        }

        return result;
    }

    /// <summary>The countries with a value in <paramref name="year"/>, ranked from largest to smallest (ties keep ISO3 order).</summary>
    public static IReadOnlyList<RankedSpending> Rank(IEnumerable<DefenceSpendingValue> rows, int year, SpendingMeasure measure) =>
        rows.Where(r => r.Year == year && Value(r, measure) is not null)
            .OrderByDescending(r => Value(r, measure)!.Value).ThenBy(r => r.Iso3, StringComparer.Ordinal)
            .Select((r, i) => new RankedSpending(i + 1, r.Iso3, Value(r, measure)!.Value, Marker(r, measure)))
            .ToList();

    /// <summary>The change of a keyed series between two years, or null when either value is missing or the first is not positive.</summary>
    public static SpendingChange? Change(string label, IReadOnlyDictionary<int, double?> series, int fromYear, int toYear)
    {
        if (toYear <= fromYear)
        {
            throw new ArgumentException($"toYear {toYear} must be after fromYear {fromYear}", nameof(toYear));
        }

        return series.GetValueOrDefault(fromYear) is { } from && from > 0 && series.GetValueOrDefault(toYear) is { } to
            ? new SpendingChange(label, fromYear, toYear, from, to)
            : null;
    }

    /// <summary>Classifies a change: flat when its compound annual rate lies within ±<paramref name="flatBandPercentPerYear"/>.</summary>
    public static Trend Classify(SpendingChange change, double flatBandPercentPerYear) =>
        change.AnnualRatePercent > flatBandPercentPerYear ? Trend.Rising
        : change.AnnualRatePercent < -flatBandPercentPerYear ? Trend.Falling
        : Trend.Flat;

    /// <summary>The group totals as a keyed series (null in incomplete years).</summary>
    public static IReadOnlyDictionary<int, double?> TotalsByYear(IEnumerable<GroupSpending> totals) =>
        totals.ToDictionary(t => t.Year, t => t.TotalMillions);

    /// <summary>numerator / denominator per year of the numerator; null where either is missing or the denominator is not positive.</summary>
    public static IReadOnlyDictionary<int, double?> Ratio(IReadOnlyDictionary<int, double?> numerator, IReadOnlyDictionary<int, double?> denominator) =>
        numerator.ToDictionary(kv => kv.Key, kv =>
            kv.Value is { } n && denominator.GetValueOrDefault(kv.Key) is { } d && d > 0 ? n / d : (double?)null);

    private static Dictionary<int, List<DefenceSpendingValue>> RowsByYear(IEnumerable<DefenceSpendingValue> rows, string iso3) =>
        rows.Where(r => r.Iso3 == iso3).GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.ToList());

    private static DefenceSpendingValue RowFor(Dictionary<int, List<DefenceSpendingValue>> byYear, string iso3, int year) =>
        byYear.TryGetValue(year, out var found) switch
        {
            false => throw new ArgumentException($"defence-spending has no row for {iso3} {year}", nameof(iso3)),
            true when found!.Count > 1 => throw new ArgumentException(
                $"defence-spending has {found.Count} rows for {iso3} {year} ({string.Join(", ", found.Select(r => r.Provenance.Location))})", nameof(iso3)),
            _ => found![0],
        };
}
