using System.Text.Json.Nodes;

namespace ForcePosture.Notebooks.Documents;

/// <summary>Collects one cell's outputs as Jupyter output objects, in order; consecutive writes to the same stream are merged.
/// A deferred MIME value (<see cref="MimeBundle.Resolve"/>) is taken when <see cref="ToJson"/> is called.</summary>
public sealed class CellOutputs : IOutputSink
{
    private readonly object gate = new();
    private readonly List<Func<JsonObject>> outputs = [];
    private string? openStream;
    private System.Text.StringBuilder streamText = new();

    public void Stream(string name, string text)
    {
        lock (gate)
        {
            if (openStream != name) CloseStream();
            openStream = name;
            streamText.Append(text);
        }
    }

    public void Display(MimeBundle bundle)
    {
        lock (gate)
        {
            CloseStream();
            outputs.Add(() => new JsonObject
            {
                ["data"] = Data(bundle),
                ["metadata"] = Metadata(bundle),
                ["output_type"] = "display_data",
            });
        }
    }

    public void Result(MimeBundle bundle, int executionCount)
    {
        lock (gate)
        {
            CloseStream();
            outputs.Add(() => new JsonObject
            {
                ["data"] = Data(bundle),
                ["execution_count"] = executionCount,
                ["metadata"] = Metadata(bundle),
                ["output_type"] = "execute_result",
            });
        }
    }

    public void Error(CellError error)
    {
        lock (gate)
        {
            CloseStream();
            var output = new JsonObject
            {
                ["ename"] = error.Name,
                ["evalue"] = error.Value,
                ["output_type"] = "error",
                ["traceback"] = new JsonArray([.. error.Traceback.Select(t => (JsonNode)t)]),
            };
            outputs.Add(() => output.DeepClone().AsObject());
        }
    }

    public JsonArray ToJson()
    {
        lock (gate)
        {
            CloseStream();
            return new JsonArray([.. outputs.Select(o => (JsonNode)o())]);
        }
    }

    private void CloseStream()
    {
        if (openStream is null) return;
        var output = new JsonObject
        {
            ["name"] = openStream,
            ["output_type"] = "stream",
            ["text"] = NotebookDocument.Lines(streamText.ToString()),
        };
        outputs.Add(() => output.DeepClone().AsObject());
        openStream = null;
        streamText = new System.Text.StringBuilder();
    }

    /// <summary>Text MIME types (and SVG) are stored as lists of lines as Jupyter does; base64 images and JSON as they are.</summary>
    private static JsonObject Data(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, given) in bundle.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var value = MimeBundle.Resolve(given);
            data[mime] = value switch
            {
                JsonNode node => node.DeepClone(),
                string text when mime.StartsWith("text/", StringComparison.Ordinal) || mime == "image/svg+xml" => NotebookDocument.Lines(text),
                string text => text,
                _ => JsonValue.Create(value.ToString()),
            };
        }
        return data;
    }

    private static JsonObject Metadata(MimeBundle bundle)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in bundle.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
            metadata[key] = value is JsonNode node ? node.DeepClone() : JsonValue.Create(value.ToString());
        return metadata;
    }
}
