using System.Collections.Concurrent;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The repository's data/ directory, loaded once through the library, and the same CSV files read a second, independent way
/// (CsvHelper by column name, values parsed in the tests) so that the analyses' figures can be checked against the files
/// themselves rather than against the library's own reading of them.
/// </summary>
public sealed class RepositoryCsv
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Cache = new();

    // Declared before DataDirectory: static initialisers run in order.
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    /// <summary>The repository's data/ folder.</summary>
    public static string DataDirectory { get; } = Path.Combine(Root, "data");

    /// <summary>The data loaded through the library (shared by the tests of a collection).</summary>
    public Dataset Data { get; } = ForcePostureData.Load(DataDirectory);

    /// <summary>Every row of <c>data/{file}</c> as a column-name → raw-text dictionary (empty string = missing).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string file) => Read(file);

    /// <summary>Every row of <c>data/{file}</c> as a column-name → raw-text dictionary (empty string = missing).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string file) => Cache.GetOrAdd(file, ReadUncached);

    /// <summary>Every row of the committed figure data <c>figures/{name}.csv</c>, read the same way.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadFigureData(string name) =>
        ReadPath(Path.Combine(Root, "figures", name + ".csv"));

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadUncached(string file) => ReadPath(Path.Combine(DataDirectory, file));

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadPath(string path)
    {
        using var reader = new StreamReader(path);
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
