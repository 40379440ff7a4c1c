using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Curation;
using ForcePosture.DataPackage;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Curation;

/// <summary>Each input of a curation is pinned in data/datapackage.json (producer, version, URL, date taken, licence, SHA-256),
/// and the curation refuses a file that differs from its record, names an input without a record, and a record without an
/// input. The repository's own inputs (extractions, transcriptions, the figures' base maps) are checked on every run; the
/// reference datasets when a copy is at hand.</summary>
public class InputSnapshotsTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    private static PackageDescriptor Package() =>
        DataPackageReader.Read(Path.Combine(Root, "data", "datapackage.json")).Package ?? throw new InvalidOperationException("data/datapackage.json does not parse");

    public static TheoryData<string> Curations() => new(CurationCatalog.All.Select(c => c.Table));

    [Theory]
    [MemberData(nameof(Curations))]
    public void Every_input_of_every_curation_has_a_complete_snapshot_record_citing_a_source_row(string table)
    {
        var curation = CurationCatalog.All.Single(c => c.Table == table);
        var resource = Package().FindResource(table)!;
        var sourceIds = File.ReadLines(Path.Combine(Root, "data", "sources.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        Assert.NotEmpty(curation.Inputs);
        foreach (var input in curation.Inputs)
        {
            var record = Assert.Single(resource.Sources, s => s.Snapshot?.Location == input.Location && s.Snapshot.File == input.File);
            Assert.StartsWith("https://", record.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(record.Producer));
            Assert.False(string.IsNullOrWhiteSpace(record.Version));
            Assert.False(string.IsNullOrWhiteSpace(record.Licence));
            Assert.NotNull(record.Taken);
            Assert.Contains(record.SourceId!, sourceIds);
        }
    }

    [Fact]
    public void The_repository_inputs_are_the_snapshots_recorded()
    {
        var package = Package();
        var snapshots = package.Resources.SelectMany(r => r.Sources).Concat(package.Sources)
            .Select(s => s.Snapshot).OfType<InputSnapshot>().Where(s => s.Location == SnapshotLocation.Repository).ToList();
        // The countries extraction, the Japan and Ryukyu transcription and the two base maps.
        Assert.Equal(4, snapshots.Count);
        foreach (var snapshot in snapshots)
            Assert.Equal(snapshot.Sha256, InputSnapshots.Sha256(Path.Combine(Root, snapshot.File)));
        Assert.Contains(snapshots, s => s.File == "figures/topojson/world_110m.json");
        Assert.Contains(snapshots, s => s.File == "figures/topojson/world_50m.json");
    }

    [Fact]
    public void The_countries_curation_derives_the_committed_table_from_its_extraction()
    {
        // The countries curation reads only repository inputs, so it runs wherever the repository is.
        var output = Directory.CreateTempSubdirectory("forceposture-countries-");
        try
        {
            var context = new CurationContext(Path.Combine(output.FullName, "no-reference-data"), output.FullName, Root);
            var countries = CurationCatalog.All.Single(c => c.Table == "countries");
            InputSnapshots.Verify(countries, context);
            countries.Run(context);
            Assert.Equal(File.ReadAllBytes(Path.Combine(Root, "data", "countries.csv")), File.ReadAllBytes(Path.Combine(output.FullName, "countries.csv")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>A copy of the repository's descriptor and countries extraction in a temporary root, for a test to corrupt.</summary>
    private sealed class CopiedRepository : IDisposable
    {
        public CopiedRepository()
        {
            Directory.CreateDirectory(Path.Combine(RootDir, "data"));
            Directory.CreateDirectory(Path.GetDirectoryName(Extraction)!);
            File.Copy(Path.Combine(Root, "data", "datapackage.json"), Descriptor);
            File.Copy(Path.Combine(Root, CountriesCuration.WorldCountriesFile), Extraction);
        }

        public string RootDir { get; } = Directory.CreateTempSubdirectory("forceposture-snapshots-").FullName;

        public string Descriptor => Path.Combine(RootDir, "data", "datapackage.json");

        public string Extraction => Path.Combine(RootDir, CountriesCuration.WorldCountriesFile);

        public CurationContext Context => new(Path.Combine(RootDir, "reference"), Path.Combine(RootDir, "out"), RootDir);

        public void EditCountriesSources(Action<JsonArray> edit)
        {
            var root = JsonNode.Parse(File.ReadAllText(Descriptor))!;
            var resource = root["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "countries")!;
            edit(resource["sources"]!.AsArray());
            File.WriteAllText(Descriptor, root.ToJsonString());
        }

        public void Dispose() => Directory.Delete(RootDir, recursive: true);
    }

    private static ICuration Countries => CurationCatalog.All.Single(c => c.Table == "countries");

    [Fact]
    public void An_input_that_differs_from_its_record_is_refused_naming_the_file_and_both_digests()
    {
        using var copy = new CopiedRepository();
        var recorded = InputSnapshots.Sha256(copy.Extraction);
        File.AppendAllText(copy.Extraction, "ZZZ,Nowhere,없음,Oceania,Polynesia,true\n", new UTF8Encoding(false));
        var changed = InputSnapshots.Sha256(copy.Extraction);
        var error = Assert.Throws<InvalidDataException>(() => InputSnapshots.Verify(Countries, copy.Context));
        Assert.StartsWith(copy.Extraction, error.Message, StringComparison.Ordinal);
        Assert.Contains(recorded, error.Message, StringComparison.Ordinal);
        Assert.Contains(changed, error.Message, StringComparison.Ordinal);
        Assert.Contains("world-countries 5.1.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_without_a_record_is_refused_naming_the_table_and_the_file()
    {
        using var copy = new CopiedRepository();
        copy.EditCountriesSources(sources => sources.Clear());
        var error = Assert.Throws<InvalidDataException>(() => InputSnapshots.Verify(Countries, copy.Context));
        Assert.Contains("resource 'countries' has no snapshot record", error.Message, StringComparison.Ordinal);
        Assert.Contains(CountriesCuration.WorldCountriesFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_for_a_file_the_curation_does_not_read_is_refused()
    {
        using var copy = new CopiedRepository();
        copy.EditCountriesSources(sources => sources.Add(JsonNode.Parse("""
            {"title": "Stale", "path": "https://example.org", "snapshot": {"in": "reference-data", "file": "old/countries.csv", "sha256": "%"}}
            """.Replace("%", new string('a', 64), StringComparison.Ordinal))));
        var error = Assert.Throws<InvalidDataException>(() => InputSnapshots.Verify(Countries, copy.Context));
        Assert.Contains("records snapshots the curation does not read: old/countries.csv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"in\": \"downloads\"", "expected 'reference-data' or 'repository', found 'downloads'")]
    [InlineData("\"file\": \"../outside.csv\"", "expected a relative path with / separators and no '..'")]
    [InlineData("\"sha256\": \"ABC\"", "expected 64 lower-case hexadecimal digits, found 'ABC'")]
    [InlineData("\"taken\": \"25 Nov 2026\"", "expected a date as YYYY-MM-DD, found '25 Nov 2026'")]
    public void A_malformed_snapshot_record_is_a_diagnostic_with_line_and_column(string replacement, string expected)
    {
        var good = new Dictionary<string, string>
        {
            ["in"] = "\"in\": \"reference-data\"",
            ["file"] = "\"file\": \"a/b.csv\"",
            ["sha256"] = $"\"sha256\": \"{new string('0', 64)}\"",
            ["taken"] = "\"taken\": \"2026-11-25\"",
        };
        var key = replacement[1..replacement.IndexOf('"', 1)];
        good[key] = replacement;
        var json = "{\n" +
            "  \"name\": \"p\",\n" +
            "  \"sources\": [\n" +
            $"    {{\"title\": \"t\", \"path\": \"https://example.org\", {good["taken"]}, \"snapshot\": {{{good["in"]}, {good["file"]}, {good["sha256"]}}}}}\n" +
            "  ],\n" +
            "  \"resources\": []\n" +
            "}\n";
        var result = DataPackageReader.Parse(Encoding.UTF8.GetBytes(json), "datapackage.json");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(4, diagnostic.Line);   // the source's line
        Assert.NotNull(diagnostic.Column);
        Assert.Null(result.Package);
    }
}
