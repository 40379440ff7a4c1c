using ForcePosture.DataPackage;
using ForcePosture.Tables;
using ForcePosture.Validation;
using ForcePosture.Cells;
using ForcePosture.Consistency;

namespace ForcePosture;

/// <summary>
/// Entry point: loads and validates the repository's data package (<c>data/datapackage.json</c> and its CSV tables).
/// <code>
/// var data = ForcePostureData.LoadStrict();        // notebooks: throws one exception listing every problem
/// var data = ForcePostureData.Load("path/to/data"); // tools: inspect data.Diagnostics
/// </code>
/// </summary>
public static class ForcePostureData
{
    /// <summary>
    /// The data directory found by walking up from <paramref name="startDirectory"/> (default: the current directory) to the first
    /// directory that has <c>data/datapackage.json</c>; null when there is none.
    /// </summary>
    public static string? FindDataDirectory(string? startDirectory = null)
    {
        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, DataPackageReader.DescriptorFileName)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Loads the data directory found by <see cref="FindDataDirectory"/> from the current directory. Never throws on bad data.</summary>
    public static Dataset Load()
    {
        var directory = FindDataDirectory();
        if (directory is null)
        {
            var diagnostic = new Diagnostic(DataPackageReader.DescriptorFileName, null, null, null,
                $"no data/{DataPackageReader.DescriptorFileName} found in {Directory.GetCurrentDirectory()} or any parent directory");
            return new Dataset(Directory.GetCurrentDirectory(), null, LoadedTables.Empty, [diagnostic], []);
        }

        return Load(directory);
    }

    private static readonly object LoadedGate = new();
    private static readonly Dictionary<string, (byte[] Fingerprint, Dataset Dataset)> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads and validates every table of the package in <paramref name="dataDirectory"/>: the descriptor, each CSV against its
    /// schema, foreign keys across tables and the consistency rules. Never throws on bad data; every problem is in
    /// <see cref="Dataset.Diagnostics"/>.
    /// </summary>
    /// <remarks>The process keeps the package it last loaded from each directory: when every file under the directory has the same bytes as then
    /// (a SHA-256 over their names and contents), the same read-only
    /// <see cref="Dataset"/> is returned instead of parsing and checking it all again (timings: lib/ForcePosture/README.md). So the notebooks of one
    /// <c>reproduce</c>, and a kernel whose warm-up loaded the package, share one load; any change to any file loads afresh.</remarks>
    public static Dataset Load(string dataDirectory)
    {
        var fullDirectory = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(fullDirectory))
        {
            var diagnostic = new Diagnostic(DataPackageReader.DescriptorFileName, null, null, null, $"data directory not found: {fullDirectory}");
            return new Dataset(fullDirectory, null, LoadedTables.Empty, [diagnostic], []);
        }

        lock (LoadedGate)
        {
            var snapshot = Snapshot.Read(fullDirectory);
            if (snapshot is not null && Loaded.TryGetValue(fullDirectory, out var last) && last.Fingerprint.AsSpan().SequenceEqual(snapshot.Fingerprint))
            {
                return last.Dataset;
            }

            var dataset = LoadFiles(fullDirectory, snapshot);
            foreach (var gone in Loaded.Keys.Where(d => !Directory.Exists(d)).ToList()) Loaded.Remove(gone);
            if (snapshot is null) Loaded.Remove(fullDirectory);
            else Loaded[fullDirectory] = (snapshot.Fingerprint, dataset);
            return dataset;
        }
    }

    /// <summary>Every file under a data directory, read once: its bytes by full path, and a SHA-256 over the relative paths and
    /// bytes of all of them (the fingerprint <see cref="Load(string)"/> compares). The load parses these same bytes, so the
    /// fingerprint always describes what was parsed.</summary>
    private sealed record Snapshot(byte[] Fingerprint, IReadOnlyDictionary<string, byte[]> Files)
    {
        /// <summary>The snapshot, or null when a file cannot be read (the load then reads the files itself and reports it).</summary>
        public static Snapshot? Read(string directory)
        {
            try
            {
                using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
                var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
                foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var bytes = File.ReadAllBytes(file);
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{Path.GetRelativePath(directory, file)}\n{bytes.Length}\n"));
                    hash.AppendData(bytes);
                    files[Path.GetFullPath(file)] = bytes;
                }

                return new Snapshot(hash.GetHashAndReset(), files);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>The bytes read for <paramref name="path"/>, or null when it was not among the files (absent, or outside the
        /// directory).</summary>
        public byte[]? BytesOf(string path) => Files.GetValueOrDefault(Path.GetFullPath(path));
    }

    private static Dataset LoadFiles(string fullDirectory, Snapshot? snapshot)
    {
        var descriptorPath = Path.Combine(fullDirectory, DataPackageReader.DescriptorFileName);
        var read = snapshot?.BytesOf(descriptorPath) is { } descriptor
            ? DataPackageReader.Parse(descriptor, DataPackageReader.DescriptorFileName)
            : DataPackageReader.Read(descriptorPath);
        if (read.Package is null)
        {
            return new Dataset(fullDirectory, null, LoadedTables.Empty, read.Diagnostics, []);
        }

        var package = read.Package;
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        var checkedTables = new Dictionary<string, CheckedTable>();
        foreach (var resource in package.Resources)
        {
            var path = Path.Combine(fullDirectory, resource.Path);
            var raw = snapshot?.BytesOf(path) is { } bytes
                ? CsvTableReader.Parse(bytes, resource.Path, diagnostics)
                : CsvTableReader.Read(path, resource.Path, diagnostics);
            checkedTables[resource.Name] = TableChecker.Check(resource, raw, diagnostics);
        }

        ForeignKeyChecker.Check(checkedTables, diagnostics);
        var tables = LoadTables(checkedTables, diagnostics);
        ConsistencyRules.Check(checkedTables, tables, diagnostics);

        var fileOrder = package.Resources.Select((r, i) => (r.Path, i)).ToDictionary(x => x.Path, x => x.i);
        var ordered = diagnostics
            .OrderBy(d => fileOrder.TryGetValue(d.File, out var i) ? i : -1)
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Column ?? 0)
            .ToList()
            .AsReadOnly();
        var summaries = package.Resources.Select(r => TableSummaries.Summarise(checkedTables[r.Name], ordered)).ToList().AsReadOnly();
        return new Dataset(fullDirectory, package, tables, ordered, summaries);
    }

    /// <summary>Like <see cref="Load()"/>, but throws when anything is wrong.</summary>
    /// <exception cref="DataValidationException">The package has problems; the message lists all of them.</exception>
    public static Dataset LoadStrict() => ThrowIfInvalid(Load());

    /// <summary>Like <see cref="Load(string)"/>, but throws when anything is wrong.</summary>
    /// <exception cref="DataValidationException">The package has problems; the message lists all of them.</exception>
    public static Dataset LoadStrict(string dataDirectory) => ThrowIfInvalid(Load(dataDirectory));

    private static Dataset ThrowIfInvalid(Dataset dataset) =>
        dataset.IsValid ? dataset : throw new DataValidationException(dataset.Diagnostics);

    private static LoadedTables LoadTables(Dictionary<string, CheckedTable> tables, List<Diagnostic> diagnostics)
    {
        IReadOnlyList<T> Load<T>(string resource, Func<TableLoadContext, IReadOnlyList<T>> loader)
        {
            if (!tables.TryGetValue(resource, out var table))
            {
                diagnostics.Add(new Diagnostic(DataPackageReader.DescriptorFileName, null, null, null,
                    $"the library expects a resource named '{resource}', which the descriptor does not define"));
                return [];
            }

            return Array.AsReadOnly(loader(new TableLoadContext(table, diagnostics)).ToArray());
        }

        var agreements = Load(AgreementsTable.Resource, AgreementsTable.Load);
        return new LoadedTables(
            Load(SourcesTable.Resource, SourcesTable.Load),
            Load(CountriesTable.Resource, CountriesTable.Load),
            Load(UsTroopsTable.Resource, UsTroopsTable.Load),
            Load(DefenceSpendingTable.Resource, DefenceSpendingTable.Load),
            Load(PopulationTable.Resource, PopulationTable.Load),
            Load(GdpTable.Resource, GdpTable.Load),
            Load(UsBasesTable.Resource, UsBasesTable.Load),
            agreements,
            Load(AgreementPartiesTable.Resource, cx => AgreementPartiesTable.Load(cx, agreements)),
            Load(AccessSitesTable.Resource, AccessSitesTable.Load),
            Load(RotationalDeploymentsTable.Resource, RotationalDeploymentsTable.Load),
            Load(EuropeanForcesTable.Resource, EuropeanForcesTable.Load),
            Load(IndustrialFacilitiesTable.Resource, IndustrialFacilitiesTable.Load),
            Load(CostSharingTable.Resource, CostSharingTable.Load),
            Load(ExchangeRatesTable.Resource, ExchangeRatesTable.Load));
    }
}
