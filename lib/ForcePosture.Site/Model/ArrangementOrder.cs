using ForcePosture.Tables;

namespace ForcePosture.Site.Model;

/// <summary>The order the arrangements page lists rows in, and the text its search looks in (the page's script uses both).</summary>
public static class ArrangementOrder
{
    /// <summary>Newest first by the latest known date (rows without a date last), then by id.</summary>
    public static IReadOnlyList<ArrangementEntry> NewestFirst(IEnumerable<ArrangementEntry> rows) =>
        rows.OrderByDescending(a => a.LatestDate is { } d ? d.ToString() : "", StringComparer.Ordinal)
            .ThenBy(a => a.Agreement.Id, StringComparer.Ordinal).ToList();

    /// <summary>What the search box matches (case-insensitively, as a substring): the id, name and description, and every
    /// party's English and Korean names.</summary>
    public static string SearchText(ArrangementEntry a, SiteContent content)
    {
        var names = a.Parties.Select(p => content.Country(p.Iso3)).Distinct().SelectMany(c => new[] { c.NameEn, c.NameKo ?? "" });
        return string.Join(" ", new[] { a.Agreement.Id, a.Agreement.Name, a.Agreement.Description }.Concat(names)).ToLowerInvariant();
    }
}
