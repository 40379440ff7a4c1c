using ForcePosture.Tables;

namespace ForcePosture.Networks;

/// <summary>The number of agreements of one instrument type in one year.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Type">Instrument type.</param>
/// <param name="Count">Number of agreements.</param>
public sealed record YearTypeCount(int Year, InstrumentType Type, int Count);

/// <summary>
/// Which agreements are active when, at the resolution of a calendar year and as of 31 December of that year.
/// An agreement starts in the year of its earlier date among <c>signed</c> and <c>in_force</c> (an agreement only announced or
/// under negotiation never starts) and stops being active in the year of its <c>ended</c> date: it is active in year Y when
/// <c>start ≤ Y &lt; ended</c>. The status column is not used: activity follows the dates, which the validator checks against
/// the status.
/// </summary>
public static class AgreementActivity
{
    /// <summary>The year the agreement starts (earlier of signed and in force), or null when it has neither date.</summary>
    public static int? StartYear(Agreement agreement) =>
        (agreement.Signed, agreement.InForce) switch
        {
            ({ } s, { } f) => Math.Min(s.Year, f.Year),
            ({ } s, null) => s.Year,
            (null, { } f) => f.Year,
            _ => null,
        };

    /// <summary>True when the agreement has started by the end of <paramref name="year"/> and had not ended by then.</summary>
    public static bool IsActiveIn(Agreement agreement, int year) =>
        StartYear(agreement) is { } start && start <= year && (agreement.Ended is not { } ended || ended.Year > year);

    /// <summary>The agreements active in <paramref name="year"/>, in input order.</summary>
    public static IReadOnlyList<Agreement> ActiveIn(IEnumerable<Agreement> agreements, int year) =>
        agreements.Where(a => IsActiveIn(a, year)).ToList();

    /// <summary>
    /// Active agreements per year (from <paramref name="firstYear"/> to <paramref name="lastYear"/>) and instrument type. Every
    /// type appears in every year, with a count of 0 when none is active, so series have no gaps.
    /// </summary>
    public static IReadOnlyList<YearTypeCount> ActiveByYearAndType(IEnumerable<Agreement> agreements, int firstYear, int lastYear)
    {
        var list = agreements.ToList();
        return Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1))
            .SelectMany(year => Enum.GetValues<InstrumentType>().Select(type =>
                new YearTypeCount(year, type, list.Count(a => a.InstrumentType == type && IsActiveIn(a, year)))))
            .ToList();
    }

    /// <summary>
    /// Agreements starting (see <see cref="StartYear"/>) per year and instrument type: only the combinations that occur, ordered by
    /// year then type. Agreements without a start year are not counted.
    /// </summary>
    public static IReadOnlyList<YearTypeCount> NewByYearAndType(IEnumerable<Agreement> agreements) =>
        agreements
            .Select(a => (Start: StartYear(a), a.InstrumentType))
            .Where(x => x.Start is not null)
            .GroupBy(x => (Year: x.Start!.Value, x.InstrumentType))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.InstrumentType)
            .Select(g => new YearTypeCount(g.Key.Year, g.Key.InstrumentType, g.Count()))
            .ToList();
}
