using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForcePosture.Notebooks.Documents;

/// <summary>A Jupyter notebook (nbformat 4) held as JSON nodes, so metadata this code does not know is kept as it was.
/// Written the way Jupyter writes it (keys sorted, one-space indent, text split into lines, final newline), so a rerun that
/// produces the same outputs produces the same bytes.</summary>
public sealed class NotebookDocument
{
    /// <summary>The kernel the repository's notebooks declare (the repository's own Jupyter kernel, issue 6).</summary>
    public static readonly JsonObject KernelSpec = new()
    {
        ["display_name"] = "C# (ForcePosture)",
        ["language"] = "C#",
        ["name"] = "forceposture-csharp",
    };

    public static readonly JsonObject LanguageInfo = new()
    {
        ["file_extension"] = ".cs",
        ["mimetype"] = "text/x-csharp",
        ["name"] = "C#",
        ["pygments_lexer"] = "csharp",
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private NotebookDocument(string path, JsonObject root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonArray Cells => (JsonArray)Root["cells"]!;

    public static NotebookDocument Load(string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"{path}: line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: not valid JSON: {e.Message}");
        }
        if (node is not JsonObject root) throw new NotebookFormatException($"{path}: expected a JSON object (a Jupyter notebook)");
        if (root["nbformat"] is not JsonValue format || !format.TryGetValue<int>(out var major) || major != 4)
            throw new NotebookFormatException($"{path}: expected \"nbformat\": 4 (Jupyter notebook format 4)");
        if (root["cells"] is not JsonArray cells) throw new NotebookFormatException($"{path}: expected a \"cells\" array");
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || cell["cell_type"]?.GetValue<string>() is not ("code" or "markdown" or "raw"))
                throw new NotebookFormatException($"{path}: cell {i + 1}: expected an object with \"cell_type\" code, markdown or raw");
            _ = Source(cell);
        }
        return new NotebookDocument(path, root);
    }

    /// <summary>A cell's source as one string ("source" may be a string or a list of lines).</summary>
    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        null => "",
        _ => throw new NotebookFormatException("a cell's \"source\" must be a string or a list of strings"),
    };

    public static IReadOnlyList<string> Tags(JsonObject cell) =>
        (cell["metadata"]?["tags"] as JsonArray)?.Select(t => t?.GetValue<string>() ?? "").ToList() ?? [];

    /// <summary>Text as Jupyter stores it: a list of lines, each but the last ending in "\n".</summary>
    public static JsonArray Lines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            array.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) array.Add(text[start..]);
        return array;
    }

    /// <summary>Declares the repository's kernel, and gives cells ids where nbformat 4.5 requires them (stable: "cell-N").</summary>
    public void Normalise()
    {
        var metadata = Root["metadata"] as JsonObject ?? [];
        Root["metadata"] = metadata;
        metadata["kernelspec"] = KernelSpec.DeepClone();
        metadata["language_info"] = LanguageInfo.DeepClone();
        var minor = Root["nbformat_minor"]?.GetValue<int>() ?? 0;
        if (minor < 5) return;
        var used = Cells.OfType<JsonObject>().Select(c => c["id"]?.GetValue<string>()).Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Cells.Count; i++)
        {
            var cell = (JsonObject)Cells[i]!;
            if (cell["id"] is not null) continue;
            var id = $"cell-{i + 1}";
            for (var n = 2; used.Contains(id); n++) id = $"cell-{i + 1}-{n}";
            used.Add(id);
            cell["id"] = id;
        }
    }

    /// <summary>The notebook as Jupyter writes it.</summary>
    public string Serialise() => Sorted(Root)!.ToJsonString(WriteOptions) + "\n";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };
}

public sealed class NotebookFormatException(string message) : Exception(message);
