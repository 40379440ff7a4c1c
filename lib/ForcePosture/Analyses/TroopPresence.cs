using ForcePosture.Tables;
using ForcePosture.Transforms;

namespace ForcePosture.Analyses;

/// <summary>US active-duty personnel in one host in one year, with the two normalisations notebook 01 draws.</summary>
/// <param name="Iso3">Host country or territory.</param>
/// <param name="Host">Host name for labels; US territories get the suffix " (US territory)".</param>
/// <param name="UsTerritory">True when <c>countries.status</c> is <c>us-territory</c> (Guam): a US place, not a foreign host.</param>
/// <param name="Year">Calendar year of the DMDC report.</param>
/// <param name="Report">The report the value is from (<c>YYYY-MM</c> or <c>imputed</c>).</param>
/// <param name="Troops">Active-duty personnel (<c>us-troops.total</c>); null where the table has none.</param>
/// <param name="PermanentOnly">True from the December 2017 report on: rotational and deployed forces are not counted.</param>
/// <param name="Estimate">True for the table's estimates (interpolations, war-zone figures, halved values).</param>
/// <param name="Correction">The table's correction ids, if any (e.g. <c>doubled-series-halved</c>).</param>
/// <param name="Population">Host population in persons (World Bank mid-year); null where the table has none (before 1960, 2025).</param>
/// <param name="TroopsPerMillionInhabitants"><c>Troops / Population × 1,000,000</c>; null when either is missing.</param>
/// <param name="HostDefenceConstant2023UsdMillions">The host's own military expenditure, SIPRI, millions of constant 2023 US$ (1990-2024 only; none for Guam).</param>
/// <param name="HostDefenceEstimate">True when SIPRI marks that spending figure as an estimate or highly uncertain.</param>
/// <param name="TroopsPerBillionUsdOfHostDefence"><c>Troops / (spending in US$ / 1,000,000,000)</c>; null when either is missing.</param>
public sealed record HostPresenceYear(
    string Iso3, string Host, bool UsTerritory, int Year, string Report, int? Troops, bool PermanentOnly, bool Estimate, string? Correction,
    double? Population, double? TroopsPerMillionInhabitants, double? HostDefenceConstant2023UsdMillions, bool HostDefenceEstimate,
    double? TroopsPerBillionUsdOfHostDefence);

/// <summary>One bar segment of a host's composition by service in one year.</summary>
/// <param name="Iso3">Host.</param>
/// <param name="Host">Host label.</param>
/// <param name="Year">Year of the report.</param>
/// <param name="Service">Service name, or <see cref="TroopPresenceAnalysis.NotAttributed"/> for the part of the total no given service covers.</param>
/// <param name="Persons">Persons; null when the table leaves the service empty.</param>
/// <param name="Given">True when the table gives the figure; false for an empty service column (e.g. <c>navy</c> under <c>navy-zero-residual</c>) and for the not-attributed remainder.</param>
/// <param name="ShareOfTotalPercent"><c>Persons / total × 100</c>; null when <c>Persons</c> is null or the total is missing or zero.</param>
public sealed record ServiceSegment(string Iso3, string Host, int Year, string Service, int? Persons, bool Given, double? ShareOfTotalPercent);

/// <summary>DMDC's count for a host against a rotational deployment's published figure for the same year.</summary>
/// <param name="Year">Year.</param>
/// <param name="DmdcTotal">DMDC active-duty total in the host (September report).</param>
/// <param name="DmdcMarineCorps">DMDC Marine Corps count in the host (September report).</param>
/// <param name="DmdcPermanentOnly">True when the DMDC report counts permanently assigned personnel only (December 2017 on).</param>
/// <param name="RotationalPersonnel">The rotation's personnel as the source gives it; null when no figure is published.</param>
/// <param name="RotationalFigureKind">What the rotational figure is (<c>announced</c>, <c>reported</c>, <c>peak</c>, ...); null when there is no row.</param>
public sealed record PermanentRotationalYear(
    int Year, int? DmdcTotal, int? DmdcMarineCorps, bool DmdcPermanentOnly, int? RotationalPersonnel, string? RotationalFigureKind);

/// <summary>Rows of an analysis and the table rows they were computed from (for the figure's sources line).</summary>
/// <typeparam name="T">Result row.</typeparam>
/// <param name="Rows">The result rows.</param>
/// <param name="Inputs">The data rows used, whose provenance the sources line cites.</param>
public sealed record AnalysisResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<IHasProvenance> Inputs);

/// <summary>
/// Notebook 01 (US force presence per ally): troops per host and year, per million inhabitants and per billion dollars of the
/// host's own defence spending; composition by service; DMDC's count against a rotational deployment.
/// </summary>
public static class TroopPresenceAnalysis
{
    /// <summary>The first DMDC report that counts permanently assigned personnel only (December 2017): the year whose September value is the last full count.</summary>
    public const int LastYearBeforePermanentOnly = 2017;

    /// <summary>Label of the part of a total that no given service column covers.</summary>
    public const string NotAttributed = "Not attributed to a service";

    /// <summary>Services in the table's column order, with their display names.</summary>
    public static IReadOnlyList<string> Services { get; } = ["Army", "Navy", "Marine Corps", "Air Force", "Space Force", "Coast Guard"];

    /// <summary>
    /// One row per host and year in <c>[firstYear, lastYear]</c> where <c>us-troops</c> has a row, with troops per million
    /// inhabitants (<see cref="Normalisation.PerMillionPeople{TKey}"/>) and per billion constant-2023 dollars of the host's own
    /// SIPRI military expenditure. Rows are ordered as <paramref name="hosts"/>, then by year.
    /// </summary>
    /// <exception cref="ArgumentException">A host is not in the countries table.</exception>
    public static AnalysisResult<HostPresenceYear> ByHostAndYear(Dataset data, IReadOnlyList<string> hosts, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<HostPresenceYear>();
        var inputs = new List<IHasProvenance>();
        foreach (var iso3 in hosts)
        {
            var country = data.FindCountry(iso3) ?? throw new ArgumentException($"{iso3} is not in countries.csv", nameof(hosts));
            var territory = country.Status == CountryStatus.UsTerritory;
            var label = territory ? $"{country.NameEn} (US territory)" : country.NameEn;

            var troops = data.UsTroops.Where(t => t.Iso3 == iso3 && t.Year >= firstYear && t.Year <= lastYear).OrderBy(t => t.Year).ToList();
            var population = data.Population.Where(p => p.Iso3 == iso3 && p.Year >= firstYear && p.Year <= lastYear).ToList();
            var spending = data.DefenceSpending.Where(s => s.Iso3 == iso3 && s.Year >= firstYear && s.Year <= lastYear).ToList();
            inputs.AddRange(troops);
            inputs.AddRange(population);
            inputs.AddRange(spending.Where(s => s.Constant2023UsdMillions is not null));

            var troopsByYear = KeyedValues.From(troops, t => t.Year, t => (double?)t.Total);
            var populationByYear = KeyedValues.From(population, p => p.Year, p => (double?)p.Persons);
            var spendingDollars = KeyedValues.From(spending, s => s.Year, s => s.Constant2023UsdMillions * 1_000_000);
            var perMillion = Normalisation.PerMillionPeople(troopsByYear, populationByYear);
            var perBillionDefence = KeyedValues.Ratio(troopsByYear, spendingDollars, Normalisation.Billion);

            foreach (var t in troops)
            {
                var s = spending.FirstOrDefault(x => x.Year == t.Year);
                rows.Add(new HostPresenceYear(
                    iso3, label, territory, t.Year, t.Report, t.Total, t.PermanentOnly, t.Estimate, t.Correction,
                    populationByYear.GetValueOrDefault(t.Year), perMillion[t.Year], s?.Constant2023UsdMillions,
                    s is not null && s.Constant2023UsdMillionsStatus is SipriMarker.Estimate or SipriMarker.Uncertain,
                    perBillionDefence[t.Year]));
            }
        }

        return new AnalysisResult<HostPresenceYear>(rows, inputs);
    }

    /// <summary>The latest year in which every host has a troop total.</summary>
    /// <exception cref="InvalidOperationException">No year has a total for every host.</exception>
    public static int LatestYearWithAllHosts(Dataset data, IReadOnlyList<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(data);
        var years = hosts.Select(h => data.UsTroops.Where(t => t.Iso3 == h && t.Total is not null).Select(t => t.Year).ToHashSet()).ToList();
        var common = years.Skip(1).Aggregate(years.FirstOrDefault() ?? [], (acc, next) => acc.Intersect(next).ToHashSet());
        return common.Count > 0 ? common.Max() : throw new InvalidOperationException($"no year has a US troop total for all of {string.Join(", ", hosts)}");
    }

    /// <summary>
    /// Composition by service of each host's total in <paramref name="year"/>: one segment per service (persons null where the
    /// table leaves the column empty) and one <see cref="NotAttributed"/> segment holding <c>total − sum of the given services</c>
    /// (never negative: the validator guarantees the services do not exceed the total). A host without a row that year is skipped.
    /// </summary>
    public static AnalysisResult<ServiceSegment> Composition(Dataset data, IReadOnlyList<string> hosts, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<ServiceSegment>();
        var inputs = new List<IHasProvenance>();
        foreach (var iso3 in hosts)
        {
            var t = data.UsTroops.SingleOrDefault(r => r.Iso3 == iso3 && r.Year == year);
            if (t is null)
            {
                continue;
            }

            inputs.Add(t);
            var country = data.FindCountry(iso3);
            var label = country is null ? iso3 : country.Status == CountryStatus.UsTerritory ? $"{country.NameEn} (US territory)" : country.NameEn;
            int?[] values = [t.Army, t.Navy, t.MarineCorps, t.AirForce, t.SpaceForce, t.CoastGuard];
            for (var i = 0; i < Services.Count; i++)
            {
                rows.Add(new ServiceSegment(iso3, label, year, Services[i], values[i], values[i] is not null, Share(values[i], t.Total)));
            }

            int? remainder = t.Total is { } total ? total - values.Where(v => v is not null).Sum(v => v!.Value) : null;
            rows.Add(new ServiceSegment(iso3, label, year, NotAttributed, remainder, false, Share(remainder, t.Total)));
        }

        return new AnalysisResult<ServiceSegment>(rows, inputs);
    }

    /// <summary>
    /// DMDC's total and Marine Corps count in <paramref name="hostIso3"/> against the personnel of the rotational deployment
    /// <paramref name="deploymentId"/> (e.g. <c>mrf-darwin</c>), one row per year of <c>[firstYear, lastYear]</c> in which
    /// either table has a row. Figures are compared, never added: they count different things at different times of the year.
    /// </summary>
    public static AnalysisResult<PermanentRotationalYear> PermanentAgainstRotational(Dataset data, string hostIso3, string deploymentId, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var troops = data.UsTroops.Where(t => t.Iso3 == hostIso3 && t.Year >= firstYear && t.Year <= lastYear).ToDictionary(t => t.Year);
        var rotations = data.RotationalDeployments
            .Where(d => d.DeploymentId == deploymentId && d.HostIso3 == hostIso3 && d.Year >= firstYear && d.Year <= lastYear)
            .ToDictionary(d => d.Year);
        var rows = troops.Keys.Union(rotations.Keys).Order().Select(year =>
        {
            var t = troops.GetValueOrDefault(year);
            var d = rotations.GetValueOrDefault(year);
            return new PermanentRotationalYear(year, t?.Total, t?.MarineCorps, t?.PermanentOnly ?? false, d?.Personnel, d?.FigureKind.ToCode());
        }).ToList();
        var inputs = troops.Values.Cast<IHasProvenance>().Concat(rotations.Values).ToList();
        return new AnalysisResult<PermanentRotationalYear>(rows, inputs);
    }

    private static double? Share(int? part, int? total) => part is { } p && total is > 0 ? 100.0 * p / total.Value : null;
}
