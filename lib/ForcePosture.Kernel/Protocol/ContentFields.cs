using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForcePosture.Kernel.Protocol;

/// <summary>Reads typed fields of a request's content, falling back to the protocol's default when a field is absent.
/// A field of the wrong type is reported, not coerced.</summary>
public static class ContentFields
{
    public static string String(JsonObject content, string name, string fallback) =>
        content[name] switch
        {
            null => fallback,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            var other => throw new InvalidDataException($"content field \"{name}\": expected a string, found {other.GetValueKind()}"),
        };

    public static bool Bool(JsonObject content, string name, bool fallback) =>
        content[name] switch
        {
            null => fallback,
            JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            var other => throw new InvalidDataException($"content field \"{name}\": expected true or false, found {other.GetValueKind()}"),
        };

    public static int Int(JsonObject content, string name, int fallback) =>
        content[name] switch
        {
            null => fallback,
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var real)
                && real == Math.Floor(real) && real is >= int.MinValue and <= int.MaxValue => (int)real,
            var other => throw new InvalidDataException($"content field \"{name}\": expected an integer, found {other.GetValueKind()}"),
        };
}
