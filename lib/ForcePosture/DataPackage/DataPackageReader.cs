using System.Text.Json;
using System.Text.RegularExpressions;
using ForcePosture.Validation;
using ForcePosture.Cells;

namespace ForcePosture.DataPackage;

/// <summary>The outcome of reading a descriptor: the package when it could be read, and every problem found.</summary>
/// <param name="Package">The descriptor, or null when it is missing or unusable.</param>
/// <param name="Diagnostics">Problems found in the descriptor (syntax, structure, unsupported features).</param>
internal sealed record PackageReadResult(PackageDescriptor? Package, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a Frictionless <c>datapackage.json</c> with System.Text.Json into a <see cref="PackageDescriptor"/>.
/// Never throws on bad input: a missing file, malformed JSON or an unsupported construct becomes a <see cref="Diagnostic"/>.
/// </summary>
internal static partial class DataPackageReader
{
    /// <summary>The descriptor's conventional file name.</summary>
    public const string DescriptorFileName = "datapackage.json";

    /// <summary>Reads and checks the descriptor at <paramref name="path"/>.</summary>
    public static PackageReadResult Read(string path)
    {
        var file = System.IO.Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return new PackageReadResult(null, [new Diagnostic(file, null, null, null, $"descriptor not found: {path}")]);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PackageReadResult(null, [new Diagnostic(file, null, null, null, $"cannot read the descriptor: {e.Message}")]);
        }

        return Parse(bytes, file);
    }

    /// <summary>Parses descriptor JSON (UTF-8 bytes); <paramref name="file"/> names it in diagnostics.</summary>
    public static PackageReadResult Parse(ReadOnlySpan<byte> json, string file)
    {
        var diagnostics = new List<Diagnostic>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            int? line = e.LineNumber is long l ? (int)l + 1 : null;
            int? column = e.BytePositionInLine is long c ? (int)c + 1 : null;
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            return new PackageReadResult(null, [new Diagnostic(file, line, column, null, $"malformed JSON: {reason}")]);
        }

        using (document)
        {
            var package = ReadPackage(document.RootElement, new Context(file, diagnostics, new JsonPositions(json)));
            return new PackageReadResult(diagnostics.Count == 0 ? package : null, diagnostics);
        }
    }

    private sealed record Context(string File, List<Diagnostic> Diagnostics, JsonPositions Positions)
    {
        public void Error(string path, string message)
        {
            var position = Positions.Find(path);
            Diagnostics.Add(new Diagnostic(File, position?.Line, position?.Column, null, $"{path}: {message}"));
        }
    }

    private static PackageDescriptor? ReadPackage(JsonElement root, Context cx)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            cx.Error("$", "the descriptor must be a JSON object");
            return null;
        }

        var name = OptionalString(root, "name", "$", cx) ?? "";
        var title = OptionalString(root, "title", "$", cx);
        var version = OptionalString(root, "version", "$", cx);
        if (!root.TryGetProperty("resources", out var resourcesElement) || resourcesElement.ValueKind != JsonValueKind.Array)
        {
            cx.Error("$.resources", "expected an array of resources");
            return null;
        }

        var resources = new List<ResourceDescriptor>();
        var jsonIndex = new Dictionary<ResourceDescriptor, int>(ReferenceEqualityComparer.Instance);
        var index = 0;
        foreach (var element in resourcesElement.EnumerateArray())
        {
            var resource = ReadResource(element, $"$.resources[{index}]", cx);
            if (resource is not null)
            {
                if (resources.Any(r => r.Name == resource.Name))
                {
                    cx.Error($"$.resources[{index}].name", $"duplicate resource name '{resource.Name}'");
                }

                resources.Add(resource);
                jsonIndex[resource] = index;
            }

            index++;
        }

        CheckKeys(resources, jsonIndex, cx);
        return new PackageDescriptor(name, title, version, resources) { Sources = ReadSources(root, "$", cx) };
    }

    private static ResourceDescriptor? ReadResource(JsonElement element, string at, Context cx)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            cx.Error(at, "expected a resource object");
            return null;
        }

        var name = RequiredString(element, "name", at, cx);
        var path = RequiredString(element, "path", at, cx);
        var title = OptionalString(element, "title", at, cx);
        var description = OptionalString(element, "description", at, cx);
        var encoding = OptionalString(element, "encoding", at, cx) ?? "utf-8";
        if (!string.Equals(encoding, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            cx.Error($"{at}.encoding", $"unsupported encoding '{encoding}': this library reads UTF-8 only");
        }

        if (element.TryGetProperty("dialect", out var dialect) && dialect.ValueKind == JsonValueKind.Object)
        {
            CheckDialect(dialect, $"{at}.dialect", cx);
        }

        if (!element.TryGetProperty("schema", out var schemaElement) || schemaElement.ValueKind != JsonValueKind.Object)
        {
            cx.Error($"{at}.schema", "expected an inline table schema object");
            return null;
        }

        var schema = ReadSchema(schemaElement, $"{at}.schema", name ?? "", cx);
        if (name is null || path is null || schema is null)
        {
            return null;
        }

        DateOnly? asOf = null;
        if (OptionalString(element, "asOf", at, cx) is { } asOfText)
        {
            if (DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)) asOf = parsed;
            else cx.Error($"{at}.asOf", $"expected a date as YYYY-MM-DD, found '{asOfText}'");
        }

        return new ResourceDescriptor(name, path, title, description, encoding, schema) { Sources = ReadSources(element, at, cx), AsOf = asOf };
    }

    /// <summary>The optional <c>sources</c> array of a package or resource: each entry needs a title and a path (URL); a snapshot,
    /// when given, needs <c>in</c> (<c>reference-data</c> or <c>repository</c>), a relative <c>file</c> and a 64-digit lower-case
    /// <c>sha256</c>; <c>taken</c> is an ISO 8601 date.</summary>
    private static IReadOnlyList<InputSource> ReadSources(JsonElement owner, string at, Context cx)
    {
        if (!owner.TryGetProperty("sources", out var array)) return [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            cx.Error($"{at}.sources", "expected an array of sources");
            return [];
        }

        var sources = new List<InputSource>();
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var where = $"{at}.sources[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                cx.Error(where, "expected a source object");
                continue;
            }

            var title = RequiredString(entry, "title", where, cx);
            var path = RequiredString(entry, "path", where, cx);
            var taken = OptionalString(entry, "taken", where, cx);
            if (taken is not null && !DateOnly.TryParseExact(taken, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                cx.Error($"{where}.taken", $"expected a date as YYYY-MM-DD, found '{taken}'");
            }

            InputSnapshot? snapshot = null;
            if (entry.TryGetProperty("snapshot", out var snapshotElement))
            {
                snapshot = ReadSnapshot(snapshotElement, $"{where}.snapshot", cx);
            }

            if (title is not null && path is not null)
            {
                sources.Add(new InputSource(title, path, OptionalString(entry, "sourceId", where, cx), OptionalString(entry, "producer", where, cx),
                    OptionalString(entry, "version", where, cx), taken, OptionalString(entry, "licence", where, cx), snapshot));
            }
        }

        return sources;
    }

    private static InputSnapshot? ReadSnapshot(JsonElement element, string at, Context cx)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            cx.Error(at, "expected a snapshot object with in, file and sha256");
            return null;
        }

        var location = RequiredString(element, "in", at, cx);
        var file = RequiredString(element, "file", at, cx);
        var sha256 = RequiredString(element, "sha256", at, cx);
        SnapshotLocation? where = location switch
        {
            "reference-data" => SnapshotLocation.ReferenceData,
            "repository" => SnapshotLocation.Repository,
            _ => null,
        };
        if (location is not null && where is null)
        {
            cx.Error($"{at}.in", $"expected 'reference-data' or 'repository', found '{location}'");
        }

        if (file is not null && (file.Length == 0 || System.IO.Path.IsPathRooted(file) || file.Contains('\\') || file.Split('/').Contains("..")))
        {
            cx.Error($"{at}.file", $"expected a relative path with / separators and no '..', found '{file}'");
            file = null;
        }

        if (sha256 is not null && !Sha256Digest().IsMatch(sha256))
        {
            cx.Error($"{at}.sha256", $"expected 64 lower-case hexadecimal digits, found '{sha256}'");
            sha256 = null;
        }

        return where is { } w && file is not null && sha256 is not null ? new InputSnapshot(w, file, sha256) : null;
    }

    private static void CheckDialect(JsonElement dialect, string at, Context cx)
    {
        void Expect(string property, JsonValueKind kind, string expected)
        {
            if (!dialect.TryGetProperty(property, out var value))
            {
                return;
            }

            var matches = value.ValueKind switch
            {
                JsonValueKind.String => kind == JsonValueKind.String && value.GetString() == expected,
                JsonValueKind.True => expected == "true",
                JsonValueKind.False => expected == "false",
                _ => false,
            };
            if (!matches)
            {
                cx.Error($"{at}.{property}", $"unsupported dialect: this library reads CSV with {property} = {expected}");
            }
        }

        Expect("delimiter", JsonValueKind.String, ",");
        Expect("quoteChar", JsonValueKind.String, "\"");
        Expect("doubleQuote", JsonValueKind.True, "true");
        Expect("header", JsonValueKind.True, "true");
    }

    private static TableSchema? ReadSchema(JsonElement element, string at, string resourceName, Context cx)
    {
        if (!element.TryGetProperty("fields", out var fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array)
        {
            cx.Error($"{at}.fields", "expected an array of fields");
            return null;
        }

        var fields = new List<FieldDescriptor>();
        var index = 0;
        var ok = true;
        foreach (var fieldElement in fieldsElement.EnumerateArray())
        {
            var field = ReadField(fieldElement, $"{at}.fields[{index}]", cx);
            if (field is null)
            {
                ok = false;
            }
            else if (fields.Any(f => f.Name == field.Name))
            {
                cx.Error($"{at}.fields[{index}].name", $"duplicate field name '{field.Name}'");
                ok = false;
            }
            else
            {
                fields.Add(field);
            }

            index++;
        }

        if (fields.Count == 0 && ok)
        {
            cx.Error($"{at}.fields", "a schema needs at least one field");
        }

        var missingValues = StringList(element, "missingValues", at, cx) ?? [""];
        var primaryKey = FieldList(element, "primaryKey", at, cx) ?? [];
        foreach (var key in primaryKey.Where(k => fields.All(f => f.Name != k)))
        {
            cx.Error($"{at}.primaryKey", $"primary key field '{key}' is not a field of the schema");
        }

        var foreignKeys = new List<ForeignKeyDescriptor>();
        if (element.TryGetProperty("foreignKeys", out var fksElement))
        {
            if (fksElement.ValueKind != JsonValueKind.Array)
            {
                cx.Error($"{at}.foreignKeys", "expected an array");
            }
            else
            {
                var fkIndex = 0;
                foreach (var fk in fksElement.EnumerateArray())
                {
                    var fkAt = $"{at}.foreignKeys[{fkIndex++}]";
                    var local = FieldList(fk, "fields", fkAt, cx);
                    if (!fk.TryGetProperty("reference", out var reference) || reference.ValueKind != JsonValueKind.Object)
                    {
                        cx.Error($"{fkAt}.reference", "expected an object with resource and fields");
                        continue;
                    }

                    var referencedResource = OptionalString(reference, "resource", $"{fkAt}.reference", cx) ?? "";
                    var referencedFields = FieldList(reference, "fields", $"{fkAt}.reference", cx);
                    if (local is null || referencedFields is null)
                    {
                        cx.Error(fkAt, "a foreign key needs fields and reference.fields");
                        continue;
                    }

                    if (local.Count != referencedFields.Count)
                    {
                        cx.Error(fkAt, "fields and reference.fields differ in length");
                        continue;
                    }

                    foreach (var name in local.Where(n => fields.All(f => f.Name != n)))
                    {
                        cx.Error($"{fkAt}.fields", $"'{name}' is not a field of the schema");
                    }

                    foreignKeys.Add(new ForeignKeyDescriptor(local, referencedResource.Length == 0 ? resourceName : referencedResource, referencedFields));
                }
            }
        }

        return ok ? new TableSchema(fields, missingValues, primaryKey, foreignKeys) : null;
    }

    private static FieldDescriptor? ReadField(JsonElement element, string at, Context cx)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            cx.Error(at, "expected a field object");
            return null;
        }

        var name = RequiredString(element, "name", at, cx);
        var typeName = OptionalString(element, "type", at, cx) ?? "string";
        FieldType? type = typeName switch
        {
            "string" => FieldType.String,
            "integer" => FieldType.Integer,
            "number" => FieldType.Number,
            "boolean" => FieldType.Boolean,
            "date" => FieldType.Date,
            "year" => FieldType.Year,
            _ => null,
        };
        if (type is null)
        {
            cx.Error($"{at}.type", $"unsupported field type '{typeName}' (supported: string, integer, number, boolean, date, year)");
        }

        var format = OptionalString(element, "format", at, cx);
        if (format == "default")
        {
            format = null;
        }

        if (format is not null && !(type == FieldType.String && format is "uri"))
        {
            cx.Error($"{at}.format", $"unsupported format '{format}' for type '{typeName}'");
        }

        var description = OptionalString(element, "description", at, cx);
        var unit = OptionalString(element, "unit", at, cx);
        var constraints = FieldConstraints.None;
        if (element.TryGetProperty("constraints", out var c))
        {
            constraints = ReadConstraints(c, $"{at}.constraints", type ?? FieldType.String, cx);
        }

        return name is null || type is null ? null : new FieldDescriptor(name, type.Value, format, description, unit, constraints);
    }

    private static FieldConstraints ReadConstraints(JsonElement element, string at, FieldType type, Context cx)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            cx.Error(at, "expected an object");
            return FieldConstraints.None;
        }

        bool Flag(string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return false;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            cx.Error($"{at}.{property}", "expected true or false");
            return false;
        }

        string? Bound(string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (!FieldTypeValues.IsValidBound(type, text))
            {
                cx.Error($"{at}.{property}", $"'{text}' is not a valid bound for a {type.ToString().ToLowerInvariant()} field");
                return null;
            }

            return text;
        }

        int? Length(string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0)
            {
                return n;
            }

            cx.Error($"{at}.{property}", "expected a non-negative integer");
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not ("required" or "unique" or "minimum" or "maximum" or "pattern" or "enum" or "minLength" or "maxLength"))
            {
                cx.Error($"{at}.{property.Name}", "unsupported constraint");
            }
        }

        var pattern = OptionalString(element, "pattern", at, cx);
        if (pattern is not null)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                cx.Error($"{at}.pattern", $"invalid regular expression: {e.Message}");
                pattern = null;
            }
        }

        List<string>? allowed = null;
        if (element.TryGetProperty("enum", out var enumElement))
        {
            if (enumElement.ValueKind != JsonValueKind.Array)
            {
                cx.Error($"{at}.enum", "expected an array");
            }
            else
            {
                allowed = [];
                foreach (var value in enumElement.EnumerateArray())
                {
                    allowed.Add(value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString()!,
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => value.GetRawText(),
                    });
                }
            }
        }

        return new FieldConstraints(
            Flag("required"), Flag("unique"), Bound("minimum"), Bound("maximum"), pattern, allowed, Length("minLength"), Length("maxLength"));
    }

    private static void CheckKeys(List<ResourceDescriptor> resources, Dictionary<ResourceDescriptor, int> jsonIndex, Context cx)
    {
        foreach (var resource in resources)
        {
            for (var i = 0; i < resource.Schema.ForeignKeys.Count; i++)
            {
                var fk = resource.Schema.ForeignKeys[i];
                var target = resources.FirstOrDefault(r => r.Name == fk.ReferenceResource);
                var at = $"$.resources[{jsonIndex[resource]}].schema.foreignKeys[{i}]";
                if (target is null)
                {
                    cx.Error($"{at}.reference.resource", $"references unknown resource '{fk.ReferenceResource}'");
                    continue;
                }

                foreach (var name in fk.ReferenceFields.Where(n => target.Schema.FindField(n) is null))
                {
                    cx.Error($"{at}.reference.fields", $"references unknown field '{name}' of resource '{target.Name}'");
                }
            }
        }
    }

    private static string? RequiredString(JsonElement element, string property, string at, Context cx)
    {
        var value = OptionalString(element, property, at, cx);
        if (value is null || value.Length == 0)
        {
            cx.Error($"{at}.{property}", "required non-empty string is missing");
            return null;
        }

        return value;
    }

    private static string? OptionalString(JsonElement element, string property, string at, Context cx)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            cx.Error($"{at}.{property}", "expected a string");
            return null;
        }

        return value.GetString();
    }

    private static List<string>? StringList(JsonElement element, string property, string at, Context cx)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            cx.Error($"{at}.{property}", "expected an array of strings");
            return null;
        }

        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>A field list may be written as one string or an array of strings.</summary>
    private static List<string>? FieldList(JsonElement element, string property, string at, Context cx)
    {
        if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        return StringList(element, property, at, cx);
    }


    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Digest();
}
