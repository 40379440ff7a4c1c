using System.Text.RegularExpressions;
using ForcePosture.DataPackage;
using ForcePosture.Tables;
using ForcePosture.Cells;

namespace ForcePosture.Validation;

/// <summary>A record after the schema checks.</summary>
/// <param name="Raw">The record as read.</param>
/// <param name="CellsValid">True when the record is intact and every cell passed its type and constraint checks.</param>
/// <param name="FieldsWithErrors">Schema fields whose cell failed a check (foreign keys are not checked again on these).</param>
internal sealed record CheckedRow(RawRow Raw, bool CellsValid, IReadOnlySet<string> FieldsWithErrors)
{
    public int Line => Raw.Line;
}

/// <summary>A table read and checked against its schema: header, field counts, cell types, constraints and keys.</summary>
internal sealed class CheckedTable
{
    public CheckedTable(ResourceDescriptor resource, RawTable? raw, IReadOnlyDictionary<string, int> columnOf, bool headerComplete, IReadOnlyList<CheckedRow> rows)
    {
        Resource = resource;
        Raw = raw;
        ColumnOf = columnOf;
        HeaderComplete = headerComplete;
        Rows = rows;
    }

    public ResourceDescriptor Resource { get; }

    /// <summary>Null when the file is missing, unreadable or empty.</summary>
    public RawTable? Raw { get; }

    public string File => Resource.Path;

    /// <summary>Schema field name to 0-based position in the file's header (fields absent from the header are absent here).</summary>
    public IReadOnlyDictionary<string, int> ColumnOf { get; }

    /// <summary>True when every schema field has a column, so typed records can be built.</summary>
    public bool HeaderComplete { get; }

    public IReadOnlyList<CheckedRow> Rows { get; }

    /// <summary>The rows read whole (not broken, with as many cells as the header): the rows whose keys are compared.</summary>
    public IEnumerable<CheckedRow> WholeRows => Rows.Where(r => !r.Raw.Broken && r.Raw.Cells.Length == Raw!.Header.Cells.Length);

    /// <summary>1-based column of a field, or null when the file lacks it.</summary>
    public int? Column(string field) => ColumnOf.TryGetValue(field, out var i) ? i + 1 : null;

    /// <summary>The cell of a field in a row, or null when the file lacks the column or the row is short.</summary>
    public string? Cell(RawRow row, string field) => ColumnOf.TryGetValue(field, out var i) ? CellAt(row, i) : null;

    /// <summary>The cell at a 0-based column, or null when the row is too short to have it.</summary>
    private static string? CellAt(RawRow row, int column) => column < row.Cells.Length ? row.Cells[column] : null;

    public bool IsMissing(string? cell) => cell is null || Resource.Schema.MissingValues.Contains(cell);

    /// <summary>The 0-based columns of the fields (each must have a column: check <see cref="ColumnOf"/> first).</summary>
    public int[] ColumnsOf(IReadOnlyList<string> fields) => fields.Select(f => ColumnOf[f]).ToArray();

    /// <summary>The key a row has in the columns, for comparing keys: the cell itself for one column, the cells joined by
    /// U+001F for several; null when a cell is missing or the row is too short to have it.</summary>
    public string? Key(RawRow row, int[] columns)
    {
        if (columns.Length == 1)
        {
            var cell = CellAt(row, columns[0]);
            return IsMissing(cell) ? null : cell;
        }

        var cells = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = CellAt(row, columns[i]);
            if (IsMissing(cell))
            {
                return null;
            }

            cells[i] = cell!;
        }

        return string.Join('\u001F', cells);
    }
}

/// <summary>Checks one table against its resource schema.</summary>
internal static class TableChecker
{
    /// <summary>The errors of a row that has none (shared: most rows).</summary>
    private static readonly IReadOnlySet<string> NoErrors = System.Collections.Frozen.FrozenSet<string>.Empty;

    public static CheckedTable Check(ResourceDescriptor resource, RawTable? raw, List<Diagnostic> diagnostics)
    {
        if (raw is null)
        {
            return new CheckedTable(resource, null, new Dictionary<string, int>(), false, []);
        }

        var file = resource.Path;
        var (columnOf, headerComplete) = CheckHeader(resource, raw, diagnostics);
        var patterns = resource.Schema.Fields
            .Where(f => f.Constraints.Pattern is not null)
            .ToDictionary(f => f.Name, f => new Regex($"\\A(?:{f.Constraints.Pattern})\\z", RegexOptions.CultureInvariant));

        // The schema's fields that have a column, with its position (fields absent from the header are reported once, above).
        var fieldColumns = resource.Schema.Fields
            .Select(f => (Field: f, Index: columnOf.TryGetValue(f.Name, out var i) ? i : -1))
            .Where(c => c.Index >= 0)
            .ToArray();
        var rows = new List<CheckedRow>(raw.Rows.Count);
        foreach (var row in raw.Rows)
        {
            if (row.Broken)
            {
                rows.Add(new CheckedRow(row, false, NoErrors));
                continue;
            }

            if (row.Cells.Length != raw.Header.Cells.Length)
            {
                var message = row.Cells.Length < raw.Header.Cells.Length
                    ? $"the row has {row.Cells.Length} field(s) but the header has {raw.Header.Cells.Length} (a truncated line or a missing comma?)"
                    : $"the row has {row.Cells.Length} field(s) but the header has {raw.Header.Cells.Length} (an unquoted comma?)";
                var column = Math.Min(row.Cells.Length, raw.Header.Cells.Length) + 1;
                diagnostics.Add(new Diagnostic(file, row.Line, column, null, message));
                rows.Add(new CheckedRow(row, false, NoErrors));
                continue;
            }

            HashSet<string>? errors = null;
            foreach (var (field, index) in fieldColumns)
            {
                var problem = CheckCell(field, row.Cells[index], resource.Schema.MissingValues, patterns);
                if (problem is not null)
                {
                    diagnostics.Add(new Diagnostic(file, row.Line, index + 1, field.Name, problem));
                    (errors ??= []).Add(field.Name);
                }
            }

            rows.Add(new CheckedRow(row, errors is null && headerComplete, (IReadOnlySet<string>?)errors ?? NoErrors));
        }

        var table = new CheckedTable(resource, raw, columnOf, headerComplete, rows);
        CheckKeys(table, diagnostics);
        return table;
    }

    private static (Dictionary<string, int> ColumnOf, bool Complete) CheckHeader(ResourceDescriptor resource, RawTable raw, List<Diagnostic> diagnostics)
    {
        var file = resource.Path;
        var header = raw.Header.Cells;
        var line = raw.Header.Line;
        var expected = resource.Schema.Fields.Select(f => f.Name).ToList();
        var columnOf = new Dictionary<string, int>();
        var problems = false;

        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (columnOf.TryGetValue(name, out var first))
            {
                diagnostics.Add(new Diagnostic(file, line, i + 1, name, $"duplicate column '{name}' (also column {first + 1})"));
                problems = true;
            }
            else if (!expected.Contains(name))
            {
                diagnostics.Add(new Diagnostic(file, line, i + 1, name.Length == 0 ? null : name,
                    name.Length == 0 ? "empty column name in the header" : $"unexpected column '{name}': the schema has no such field"));
                problems = true;
            }
            else
            {
                columnOf[name] = i;
            }
        }

        var missing = expected.Where(n => !columnOf.ContainsKey(n)).ToList();
        foreach (var name in missing)
        {
            diagnostics.Add(new Diagnostic(file, line, null, name,
                $"missing column '{name}' (the schema expects column {expected.IndexOf(name) + 1} to be '{name}')"));
        }

        if (!problems && missing.Count == 0)
        {
            for (var i = 0; i < header.Length; i++)
            {
                if (header[i] != expected[i])
                {
                    diagnostics.Add(new Diagnostic(file, line, i + 1, header[i],
                        $"column '{header[i]}' is out of order: the schema expects '{expected[i]}' here and '{header[i]}' at column {expected.IndexOf(header[i]) + 1}"));
                }
            }
        }
        else
        {
            var present = header.Where(columnOf.ContainsKey).Distinct().ToList();
            var schemaOrder = expected.Where(present.Contains).ToList();
            if (!present.SequenceEqual(schemaOrder))
            {
                diagnostics.Add(new Diagnostic(file, line, null, null,
                    $"columns are out of order: the schema's order is {string.Join(",", expected)}"));
            }
        }

        return (columnOf, missing.Count == 0);
    }

    /// <summary>The problem with one cell, or null when it is valid.</summary>
    internal static string? CheckCell(FieldDescriptor field, string text, IReadOnlyList<string> missingValues, IReadOnlyDictionary<string, Regex> patterns)
    {
        var c = field.Constraints;
        if (missingValues.Contains(text))
        {
            return c.Required ? $"missing value: {field.Name} is required" : null;
        }

        var typeOk = field.Type switch
        {
            FieldType.Integer => CellValues.TryParseInteger(text, out _),
            FieldType.Number => CellValues.TryParseNumber(text, out _),
            FieldType.Boolean => CellValues.TryParseBoolean(text, out _),
            FieldType.Date => CellValues.TryParseDate(text, out _),
            FieldType.Year => CellValues.TryParseYear(text, out _),
            _ => true,
        };
        if (!typeOk)
        {
            return $"expected {FieldTypeValues.Expectation(field.Type)} for {field.Name}, got '{text}'";
        }

        if (c.Minimum is not null && FieldTypeValues.Ordinal(field.Type, text) < FieldTypeValues.Ordinal(field.Type, c.Minimum))
        {
            return $"{field.Name} {text} is below the minimum {c.Minimum}";
        }

        if (c.Maximum is not null && FieldTypeValues.Ordinal(field.Type, text) > FieldTypeValues.Ordinal(field.Type, c.Maximum))
        {
            return $"{field.Name} {text} is above the maximum {c.Maximum}";
        }

        if (c.MinLength is { } minLength && text.Length < minLength)
        {
            return $"{field.Name} '{text}' is shorter than {minLength} characters";
        }

        if (c.MaxLength is { } maxLength && text.Length > maxLength)
        {
            return $"{field.Name} '{text}' is longer than {maxLength} characters";
        }

        if (c.Enum is { } allowed && !allowed.Contains(text))
        {
            return $"'{text}' is not an allowed {field.Name}: expected one of {string.Join(", ", allowed)}";
        }

        if (patterns.TryGetValue(field.Name, out var regex) && !regex.IsMatch(text))
        {
            return field.IsPartialDate
                ? $"expected a partial date YYYY, YYYY-MM or YYYY-MM-DD for {field.Name}, got '{text}'"
                : $"{field.Name} '{text}' does not match the pattern {c.Pattern}";
        }

        if (field.IsPartialDate && !CellValues.TryParsePartialDate(text, out _, out _, out _))
        {
            return $"{field.Name} '{text}' is not a real calendar date";
        }

        if (field.Format == "uri" && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && !text.Any(char.IsWhiteSpace) && uri.Scheme.Length > 0))
        {
            return $"expected an absolute URI for {field.Name}, got '{text}'";
        }

        return null;
    }

    private static void CheckKeys(CheckedTable table, List<Diagnostic> diagnostics)
    {
        var schema = table.Resource.Schema;
        var keySets = new List<IReadOnlyList<string>>();
        if (schema.PrimaryKey.Count > 0)
        {
            keySets.Add(schema.PrimaryKey);
        }

        foreach (var field in schema.Fields.Where(f => f.Constraints.Unique))
        {
            if (!(schema.PrimaryKey.Count == 1 && schema.PrimaryKey[0] == field.Name))
            {
                keySets.Add([field.Name]);
            }
        }

        foreach (var keyFields in keySets)
        {
            if (keyFields.Any(f => !table.ColumnOf.ContainsKey(f)))
            {
                continue;
            }

            var isPrimaryKey = ReferenceEquals(keyFields, schema.PrimaryKey);
            var columns = table.ColumnsOf(keyFields);
            var firstLine = new Dictionary<string, int>();
            foreach (var row in table.WholeRows)
            {
                if (table.Key(row.Raw, columns) is not { } key)
                {
                    continue;
                }

                if (firstLine.TryGetValue(key, out var line))
                {
                    var values = columns.Select(c => row.Raw.Cells[c]).ToList();
                    var described = keyFields.Count == 1
                        ? $"{keyFields[0]} = '{values[0]}'"
                        : $"({string.Join(", ", keyFields)}) = ({string.Join(", ", values)})";
                    var what = isPrimaryKey ? "duplicate primary key" : "duplicate value in a unique field:";
                    diagnostics.Add(new Diagnostic(table.File, row.Line, table.Column(keyFields[0]), keyFields[0], $"{what} {described}, first at line {line}"));
                }
                else
                {
                    firstLine[key] = row.Line;
                }
            }
        }
    }
}
