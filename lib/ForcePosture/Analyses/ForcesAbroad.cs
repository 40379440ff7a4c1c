using ForcePosture.Tables;

namespace ForcePosture.Analyses;

/// <summary>US active-duty personnel in foreign countries in one year, and the part of them a group of hosts holds.</summary>
/// <param name="Year">Calendar year of the DMDC report.</param>
/// <param name="ForeignTotal">Sum of <c>us-troops.total</c> over every foreign country and territory (not the United States' own territories such as Guam).</param>
/// <param name="HostsTotal">Sum of <c>us-troops.total</c> over the chosen hosts.</param>
/// <param name="HostsSharePercent"><c>HostsTotal / ForeignTotal × 100</c>.</param>
/// <param name="EstimatedRows">Foreign rows of the year marked <c>estimate</c> (their values are in both sums).</param>
/// <param name="PermanentOnly">True when the year's reports count permanently assigned personnel only (December 2017 on).</param>
public sealed record ForcesAbroadYear(int Year, int ForeignTotal, int HostsTotal, double HostsSharePercent, int EstimatedRows, bool PermanentOnly);

/// <summary>The share of all US forces in foreign countries that a group of hosts holds, year by year (notebook 01).</summary>
public static class ForcesAbroadAnalysis
{
    /// <summary>
    /// One row per year in <c>[firstYear, lastYear]</c>: the sum of every foreign row's total in <c>us-troops</c> (rows whose
    /// country has <c>countries.status</c> other than <c>us-territory</c>; rows without a total are left out of both sums), the sum
    /// over <paramref name="hosts"/>, and the hosts' share. Years with no foreign total are left out.
    /// </summary>
    /// <exception cref="ArgumentException">A host is not in the countries table, or is a US territory.</exception>
    public static AnalysisResult<ForcesAbroadYear> ShareByYear(Dataset data, IReadOnlyCollection<string> hosts, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hosts);
        foreach (var iso3 in hosts)
        {
            var country = data.FindCountry(iso3) ?? throw new ArgumentException($"{iso3} is not in countries.csv", nameof(hosts));
            if (country.Status == CountryStatus.UsTerritory)
                throw new ArgumentException($"{iso3} is a US territory, not a foreign host", nameof(hosts));
        }

        var usTerritories = data.Countries.Where(c => c.Status == CountryStatus.UsTerritory).Select(c => c.Iso3).ToHashSet();
        var foreign = data.UsTroops
            .Where(t => t.Year >= firstYear && t.Year <= lastYear && t.Total is not null && !usTerritories.Contains(t.Iso3))
            .ToList();
        var rows = foreign.GroupBy(t => t.Year).OrderBy(g => g.Key).Select(g =>
        {
            var world = g.Sum(t => t.Total!.Value);
            var group = g.Where(t => hosts.Contains(t.Iso3)).Sum(t => t.Total!.Value);
            return new ForcesAbroadYear(g.Key, world, group, world == 0 ? 0 : 100.0 * group / world, g.Count(t => t.Estimate),
                g.Any(t => t.PermanentOnly));
        }).ToList();
        return new AnalysisResult<ForcesAbroadYear>(rows, foreign);
    }
}
