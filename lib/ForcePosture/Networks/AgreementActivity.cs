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
/// <c>start ≤ Y &lt; end</c>. The end is the year of the <c>ended</c> date; an agreement superseded by another without an ended
/// date of its own ends in the year its successor starts (the curators record no end date they could not confirm, while the
/// successor's date is known). The status column is not used: activity follows the dates, which the validator checks against
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

    /// <summary>
    /// The year the agreement stops being active: the year of its ended date; for an agreement superseded without an ended date,
    /// the start year of its successor in <paramref name="byId"/>; null when it has not ended or its end is not known.
    /// </summary>
    public static int? EndYear(Agreement agreement, IReadOnlyDictionary<string, Agreement> byId) =>
        agreement.Ended?.Year
        ?? (agreement.SupersededBy is { } successor && byId.TryGetValue(successor, out var next) ? StartYear(next) : null);

    /// <summary>The agreements keyed by id (the first of any duplicate id, which the validator reports).</summary>
    public static IReadOnlyDictionary<string, Agreement> IndexById(IEnumerable<Agreement> agreements) =>
        agreements.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());

    /// <summary>
    /// True when the agreement has started by the end of <paramref name="year"/> and had not ended by then, judged from its own
    /// dates only (use <see cref="ActiveIn"/> to also end superseded agreements when their successor starts).
    /// </summary>
    public static bool IsActiveIn(Agreement agreement, int year) => IsActiveIn(agreement, year, agreement.Ended?.Year);

    private static bool IsActiveIn(Agreement agreement, int year, int? endYear) =>
        StartYear(agreement) is { } start && start <= year && (endYear is not { } end || end > year);

    /// <summary>The agreements active in <paramref name="year"/>, in input order, with ends resolved by <see cref="EndYear"/>.</summary>
    public static IReadOnlyList<Agreement> ActiveIn(IEnumerable<Agreement> agreements, int year)
    {
        var list = agreements.ToList();
        var byId = IndexById(list);
        return list.Where(a => IsActiveIn(a, year, EndYear(a, byId))).ToList();
    }

    /// <summary>
    /// Active agreements per year (from <paramref name="firstYear"/> to <paramref name="lastYear"/>) and instrument type. Every
    /// type appears in every year, with a count of 0 when none is active, so series have no gaps.
    /// </summary>
    public static IReadOnlyList<YearTypeCount> ActiveByYearAndType(IEnumerable<Agreement> agreements, int firstYear, int lastYear)
    {
        var list = agreements.ToList();
        var byId = IndexById(list);
        var spans = list.Select(a => (Agreement: a, End: EndYear(a, byId))).ToList();
        return Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1))
            .SelectMany(year => Enum.GetValues<InstrumentType>().Select(type =>
                new YearTypeCount(year, type, spans.Count(s => s.Agreement.InstrumentType == type && IsActiveIn(s.Agreement, year, s.End)))))
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
