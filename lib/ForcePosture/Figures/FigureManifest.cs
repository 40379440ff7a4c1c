using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForcePosture.Files;
using ForcePosture.Translations;

namespace ForcePosture.Figures;

/// <summary>figures/manifest.json: for every figure, the notebook that made it, SHA-256 of its inputs (the data files it read
/// and the notebook's cell sources) and of each output file. <see cref="FindStale"/> compares it with the working tree.</summary>
internal static class FigureManifest
{
    public const string FileName = "manifest.json";

    /// <summary>Recorded when the notebook's loaders reported no reads: then every file under data/ counts as an input.</summary>
    public const string AllDataFiles = "all data files (no reads were reported)";
    public const string ReportedReads = "data files the notebook read";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Replaces the entries of the session's notebook with the figures it just made and writes the manifest atomically.</summary>
    public static void Update(FigureSession session, IReadOnlyList<FigureRecord> records)
    {
        var path = Path.Combine(session.FiguresDirectory, FileName);
        var manifest = Read(path);
        var figures = manifest["figures"]!.AsObject();
        var notebook = session.NotebookPath is null ? null : RepositoryLayout.Relative(session.RepositoryRoot, session.NotebookPath);
        if (notebook is not null)
            foreach (var stale in figures.Where(f => f.Value?["notebook"]?.GetValue<string>() == notebook).Select(f => f.Key).ToList())
                figures.Remove(stale);

        var (basis, inputs) = Inputs(session.RepositoryRoot, session.InputsRead, notebook);
        foreach (var record in records)
        {
            figures[record.Name] = new JsonObject
            {
                ["notebook"] = notebook,
                ["caption"] = record.Caption,
                ["inputs_basis"] = basis,
                ["inputs"] = ToJson(inputs),
                ["outputs"] = ToJson(record.Outputs),
            };
        }
        var sorted = new JsonObject();
        foreach (var (name, entry) in figures.OrderBy(f => f.Key, StringComparer.Ordinal)) sorted[name] = entry?.DeepClone();
        var document = new JsonObject { ["plotly_js"] = PlotlyFigure.PlotlyJsVersion(), ["figures"] = sorted };
        var text = document.ToJsonString(Indented) + "\n";
        if (!AtomicFile.HasContent(path, Encoding.UTF8.GetBytes(text))) AtomicFile.WriteAllText(path, text);
    }

    public static JsonObject Read(string path)
    {
        if (!File.Exists(path)) return new JsonObject { ["figures"] = new JsonObject() };
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path}: expected a JSON object");
            if (node["figures"] is not JsonObject) throw new InvalidDataException($"{path}: expected a \"figures\" object");
            return node;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
        }
    }

    /// <summary>What a figure made by <paramref name="notebook"/> depends on, with hashes taken now.</summary>
    public static (string Basis, SortedDictionary<string, string> Inputs) Inputs(string root, IReadOnlyCollection<string> reads, string? notebook)
    {
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var basis = reads.Count > 0 ? ReportedReads : AllDataFiles;
        var files = reads.Count > 0 ? reads : DataFiles(root);
        foreach (var file in files) inputs[file] = HashFile(Path.Combine(root, file));
        // Every figure's Korean version depends on the translation table and the country names, whatever the notebook read.
        foreach (var file in (string[])[TranslationTable.RelativePath, TranslationTable.CountriesPath])
            if (File.Exists(Path.Combine(root, file))) inputs[file] = HashFile(Path.Combine(root, file));
        if (notebook is not null) inputs[notebook] = NotebookSource.Hash(Path.Combine(root, notebook));
        return (basis, inputs);
    }

    /// <summary>Every file under data/ (repository-relative, sorted).</summary>
    public static IReadOnlyList<string> DataFiles(string root)
    {
        var data = Path.Combine(root, "data");
        if (!Directory.Exists(data)) return [];
        return Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
            .Select(f => RepositoryLayout.Relative(root, f))
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
    }

    public static string HashFile(string path) => Hash(File.ReadAllBytes(path));

    /// <summary>How the manifest writes a hash: SHA-256, lower-case hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Every way the committed figures disagree with their inputs or their recorded outputs; empty when all are current.</summary>
    public static IReadOnlyList<string> FindStale(string root, string figuresFolder = "figures")
    {
        var problems = new List<string>();
        var figuresDirectory = Path.Combine(root, figuresFolder);
        var manifest = Read(Path.Combine(figuresDirectory, FileName));
        var figures = manifest["figures"]!.AsObject();
        if (Directory.Exists(figuresDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(figuresDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
            {
                var extension = Path.GetExtension(file);
                if (extension is not (".html" or ".csv") && !Figure.StaticFormats.Contains(extension) && !(extension == ".json" && file != FileName)) continue;
                var name = Path.GetFileNameWithoutExtension(file) is var stem && stem.EndsWith(".ko", StringComparison.Ordinal) ? stem[..^3] : stem;
                var listed = figures[name]?["outputs"] as JsonObject;
                if (listed is null) problems.Add($"{figuresFolder}/{file}: no figure {name} in the manifest (left from an earlier run, or made outside reproduce)");
                else if (!listed.ContainsKey(file)) problems.Add($"{name}: {figuresFolder}/{file} was not made by the last run (PDF, PNG and SVG need Chromium), so it may not match the data");
            }
        }
        foreach (var (name, node) in figures)
        {
            if (node is not JsonObject entry) { problems.Add($"{name}: manifest entry is not an object"); continue; }
            var notebook = entry["notebook"]?.GetValue<string>();
            var recorded = entry["inputs"] as JsonObject ?? [];
            if (entry["inputs_basis"]?.GetValue<string>() == AllDataFiles)
            {
                var now = DataFiles(root).ToHashSet(StringComparer.Ordinal);
                foreach (var added in now.Where(f => !recorded.ContainsKey(f))) problems.Add($"{name}: input {added} is new since the figure was made");
            }
            foreach (var (input, hash) in recorded)
            {
                var path = Path.Combine(root, input);
                if (!File.Exists(path)) { problems.Add($"{name}: input {input} no longer exists"); continue; }
                var current = input == notebook ? NotebookSource.Hash(path) : HashFile(path);
                if (current != hash?.GetValue<string>()) problems.Add($"{name}: input {input} changed since the figure was made");
            }
            foreach (var (output, hash) in entry["outputs"] as JsonObject ?? [])
            {
                var path = Path.Combine(figuresDirectory, output);
                if (!File.Exists(path)) problems.Add($"{name}: output {figuresFolder}/{output} is missing");
                else if (HashFile(path) != hash?.GetValue<string>()) problems.Add($"{name}: output {figuresFolder}/{output} differs from what the manifest records");
            }
        }
        return problems;
    }

    private static JsonObject ToJson(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var json = new JsonObject();
        foreach (var (key, value) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal)) json[key] = value;
        return json;
    }
}

/// <summary>The hash of what a notebook says (cell types and sources, not outputs or execution counts), so running a
/// notebook does not change its own input hash.</summary>
internal static class NotebookSource
{
    public static string Hash(string notebookPath)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(notebookPath));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{notebookPath}: line {e.LineNumber + 1}: not valid JSON ({e.Message})", e);
        }
        var text = new StringBuilder();
        foreach (var cell in root?["cells"] as JsonArray ?? [])
        {
            text.Append(cell?["cell_type"]?.GetValue<string>()).Append('\n');
            text.Append(cell?["source"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
                JsonValue value => value.GetValue<string>(),
                _ => "",
            });
            text.Append("\n\u0000\n");
        }
        return FigureManifest.Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
