namespace ForcePosture.Tables;

/// <summary>Formats cited sources for figure captions and notes.</summary>
public static class SourceCitations
{
    /// <summary>
    /// One source as <c>Title (Publisher, Published)</c>; the author stands in for a missing publisher and the date is left out
    /// when unknown.
    /// </summary>
    public static string Cite(Source source)
    {
        var by = source.Publisher ?? source.Author;
        return source.Published is { } published ? $"{source.Title} ({by}, {published})" : $"{source.Title} ({by})";
    }

    /// <summary>
    /// <c>Sources: A; B.</c> for the given sources in the given order (duplicates by id removed; "Source:" for one).
    /// </summary>
    /// <exception cref="ArgumentException">No sources were given: a caption without a source would hide that the figure is unsourced.</exception>
    public static string Caption(IEnumerable<Source> sources)
    {
        var distinct = sources.DistinctBy(s => s.Id).ToList();
        if (distinct.Count == 0)
        {
            throw new ArgumentException("no sources: every figure must cite at least one", nameof(sources));
        }

        return $"{(distinct.Count == 1 ? "Source" : "Sources")}: {string.Join("; ", distinct.Select(Cite))}.";
    }

    /// <summary>The publishers of the given sources (the author where no publisher is given) with the number of distinct
    /// documents each, most cited first, then by name.</summary>
    public static IReadOnlyList<(string Publisher, int Documents)> Publishers(IEnumerable<Source> sources) =>
        [.. sources.DistinctBy(s => s.Id).GroupBy(s => s.Publisher ?? s.Author)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)];
}
