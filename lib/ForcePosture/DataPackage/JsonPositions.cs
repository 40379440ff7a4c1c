using System.Text.Json;

namespace ForcePosture.DataPackage;

/// <summary>
/// Maps JSON paths (<c>$.resources[0].schema.fields[2].type</c>) to the 1-based line and column where they appear in the
/// document, so descriptor problems can be reported as <c>datapackage.json:line:column</c>. A property maps to its name.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }

    public JsonPositions(ReadOnlySpan<byte> json)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        (int, int) At(long offset)
        {
            var line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, (int)offset - lineStarts[line] + 1);
        }

        var stack = new List<Frame>();
        string Path() => "$" + string.Concat(stack.Select(f => f.IsArray ? $"[{f.Index}]" : $".{f.Property}"));
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    stack[^1].Property = reader.GetString();
                    positions.TryAdd(Path(), At(reader.TokenStartIndex));
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                if (stack.Count > 0 && stack[^1].IsArray)
                {
                    stack[^1].Index++;
                    positions.TryAdd(Path(), At(reader.TokenStartIndex));
                }
                else if (stack.Count == 0)
                {
                    positions.TryAdd("$", At(reader.TokenStartIndex));
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser; positions found so far remain usable.
        }
    }

    /// <summary>The position of the path, or of its nearest ancestor that has one; null when none is known.</summary>
    public (int Line, int Column)? Find(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (positions.TryGetValue(p, out var position))
            {
                return position;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }
}
