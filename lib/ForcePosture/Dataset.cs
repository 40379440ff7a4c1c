using ForcePosture.Figures;
using ForcePosture.DataPackage;
using ForcePosture.Tables;
using ForcePosture.Validation;
using ForcePosture.Cells;

namespace ForcePosture;

/// <summary>
/// Every table of the data package as typed records, with every problem the validator found. Returned by
/// <see cref="ForcePostureData.Load(string)"/>. A row that fails a schema check yields no record (its problem is in
/// <see cref="Diagnostics"/>); nothing is dropped or coerced without a diagnostic. Check <see cref="IsValid"/>, or use
/// <see cref="ForcePostureData.LoadStrict(string)"/>, before drawing conclusions.
/// </summary>
public sealed class Dataset
{
    private readonly LoadedTables tables;
    private readonly Dictionary<string, Source> sourcesById;

    internal Dataset(string dataDirectory, PackageDescriptor? package, LoadedTables tables, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<TableSummary> summaries)
    {
        DataDirectory = dataDirectory;
        Package = package;
        this.tables = tables;
        Diagnostics = diagnostics;
        Summaries = summaries;
        sourcesById = tables.Sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The directory holding <c>datapackage.json</c> and the CSV files.</summary>
    public string DataDirectory { get; }

    /// <summary>The parsed descriptor, or null when it was missing or unusable.</summary>
    public PackageDescriptor? Package { get; }

    /// <summary>The as-of date of a figure or analysis drawn from these event tables: the earliest of their recorded as-of
    /// dates (<see cref="ResourceDescriptor.AsOf"/>), since only what all of them describe holds on it.</summary>
    /// <exception cref="ArgumentException">No table was named, or a table has no as-of date in the descriptor.</exception>
    public DateOnly AsOf(params string[] tables)
    {
        if (tables.Length == 0) throw new ArgumentException("name at least one table", nameof(tables));
        return tables.Select(t => Package?.FindResource(t)?.AsOf
                ?? throw new ArgumentException($"{DataPackage.DataPackageReader.DescriptorFileName}: the resource '{t}' has no asOf date", nameof(tables)))
            .Min();
    }

    /// <summary>Every problem found, ordered by file (descriptor order) and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Diagnostics.Count == 0;

    /// <summary>One summary per resource of the descriptor.</summary>
    public IReadOnlyList<TableSummary> Summaries { get; }

    /// <summary>Rows of <c>sources.csv</c>.</summary>
    public IReadOnlyList<Source> Sources => tables.Sources;

    /// <summary>Rows of <c>countries.csv</c>.</summary>
    public IReadOnlyList<Country> Countries => tables.Countries;

    /// <summary>Rows of <c>us-troops.csv</c>.</summary>
    public IReadOnlyList<UsTroopCount> UsTroops => tables.UsTroops;

    /// <summary>Rows of <c>defence-spending.csv</c>.</summary>
    public IReadOnlyList<DefenceSpendingValue> DefenceSpending => tables.DefenceSpending;

    /// <summary>Rows of <c>population.csv</c>.</summary>
    public IReadOnlyList<PopulationCount> Population => tables.Population;

    /// <summary>Rows of <c>gdp.csv</c>.</summary>
    public IReadOnlyList<GdpValue> Gdp => tables.Gdp;

    /// <summary>Rows of <c>us-bases.csv</c>.</summary>
    public IReadOnlyList<UsBase> UsBases => tables.UsBases;

    /// <summary>Rows of <c>agreements.csv</c>.</summary>
    public IReadOnlyList<Agreement> Agreements => tables.Agreements;

    /// <summary>Rows of <c>agreement-parties.csv</c>.</summary>
    public IReadOnlyList<AgreementParty> AgreementParties => tables.AgreementParties;

    /// <summary>Rows of <c>access-sites.csv</c>.</summary>
    public IReadOnlyList<AccessSite> AccessSites => tables.AccessSites;

    /// <summary>Rows of <c>rotational-deployments.csv</c>.</summary>
    public IReadOnlyList<RotationalDeployment> RotationalDeployments => tables.RotationalDeployments;

    /// <summary>Rows of <c>european-forces.csv</c> (permanent French and British garrisons and commands).</summary>
    public IReadOnlyList<EuropeanForce> EuropeanForces => tables.EuropeanForces;

    /// <summary>Rows of <c>industrial-facilities.csv</c>.</summary>
    public IReadOnlyList<IndustrialFacility> IndustrialFacilities => tables.IndustrialFacilities;

    /// <summary>Rows of <c>cost-sharing.csv</c>.</summary>
    public IReadOnlyList<CostSharingPayment> CostSharing => tables.CostSharing;

    /// <summary>Rows of <c>exchange-rates.csv</c> (annual exchange rates and the US CPI-U).</summary>
    public IReadOnlyList<ConversionFactor> ExchangeRates => tables.ExchangeRates;

    /// <summary>The country or territory with the given ISO3 code, or null.</summary>
    public Country? FindCountry(string iso3) => tables.Countries.FirstOrDefault(c => c.Iso3 == iso3);

    /// <summary>The source with the given id, or null.</summary>
    public Source? FindSource(string sourceId) => sourcesById.GetValueOrDefault(sourceId);

    /// <summary>The sources a record cites, main source first.</summary>
    /// <exception cref="KeyNotFoundException">The record cites an id that is not in <c>sources.csv</c> (the dataset is not valid).</exception>
    public IReadOnlyList<Source> SourcesOf(IHasProvenance record) =>
        record.Provenance.SourceIds.Select(id => FindSource(id)
            ?? throw new KeyNotFoundException($"{record.Provenance.Location}: source '{id}' is not in sources.csv")).ToList();

    /// <summary>
    /// The distinct sources of a set of rows, in order of first citation, as a figure-caption line:
    /// <c>Sources: Title (Publisher, 2025); Title (Publisher).</c> See <see cref="SourceCitations.Caption"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A row cites an id that is not in <c>sources.csv</c>.</exception>
    public SourceLine SourcesLine(IEnumerable<IHasProvenance> rows)
    {
        var sources = rows.SelectMany(SourcesOf).DistinctBy(s => s.Id).ToList();
        return new SourceLine(SourceCitations.Caption(sources), sources.Count,
            [.. SourceCitations.Publishers(sources).Select(p => new CitedPublisher(p.Publisher, p.Documents))]);
    }
}
