using System.Text.Json;
using System.Text.Json.Nodes;
using ForcePosture.Notebooks;

namespace ForcePosture.Kernel.Hosting;

/// <summary>Turns a MIME bundle's values into the JSON that display_data and execute_result carry. Values go out as they
/// are; the one conversion: a JSON mime type ("application/json", "...+json") given as a string holding JSON is sent as that
/// JSON, because Jupyter requires JSON mime types to be JSON values, not strings. A deferred value is taken here
/// (<see cref="MimeBundle.Resolve"/>).</summary>
public static class MimeBundleJson
{
    public static JsonObject ToJson(IReadOnlyDictionary<string, object> entries)
    {
        var result = new JsonObject();
        foreach (var (mimeType, value) in entries)
            result[mimeType] = ToNode(mimeType, MimeBundle.Resolve(value));
        return result;
    }

    private static JsonNode? ToNode(string mimeType, object value) => value switch
    {
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        string text when IsJsonMimeType(mimeType) => ParseOrKeep(text),
        string text => JsonValue.Create(text),
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };

    private static bool IsJsonMimeType(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? ParseOrKeep(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return JsonValue.Create(text); }
    }
}
