using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The repository's data/ directory, loaded once through the library, and the same CSV files read a second, independent way
/// (CsvHelper by column name, values parsed here) so that the analyses' figures can be checked against the files themselves.
/// </summary>
public sealed class RepositoryCsv
{
    public RepositoryCsv()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ForcePosture.slnx")))
        {
            root = root.Parent;
        }

        DataDirectory = Path.Combine(root?.FullName ?? throw new InvalidOperationException($"no ForcePosture.slnx above {AppContext.BaseDirectory}"), "data");
        Data = ForcePostureData.Load(DataDirectory);
    }

    public string DataDirectory { get; }

    public Dataset Data { get; }

    /// <summary>Every row of <c>data/{file}</c> as a column-name → raw-text dictionary.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string file) => cache.GetOrAdd(file, Read);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> cache = new();

    private IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string file)
    {
        using var reader = new StreamReader(Path.Combine(DataDirectory, file));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }

        return rows;
    }

    public static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
}

[CollectionDefinition(Name)]
public sealed class RepositoryCsvCollection : ICollectionFixture<RepositoryCsv>
{
    public const string Name = "repository data";
}
