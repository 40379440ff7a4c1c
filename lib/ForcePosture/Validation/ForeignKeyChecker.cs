using ForcePosture.Cells;

namespace ForcePosture.Validation;

/// <summary>
/// Checks every foreign key of every table against the referenced table. An empty value is not checked (a required field's
/// empty value is already reported by the schema checks). Keys into a table that could not be read are not checked: the missing
/// or unreadable file is reported once instead of once per referring row.
/// </summary>
internal static class ForeignKeyChecker
{
    public static void Check(IReadOnlyDictionary<string, CheckedTable> tables, List<Diagnostic> diagnostics)
    {
        var keyCache = new Dictionary<(string, string), HashSet<string>?>();
        foreach (var table in tables.Values)
        {
            foreach (var fk in table.Resource.Schema.ForeignKeys)
            {
                if (!tables.TryGetValue(fk.ReferenceResource, out var target) || fk.Fields.Any(f => !table.ColumnOf.ContainsKey(f)))
                {
                    continue;
                }

                var cacheKey = (target.Resource.Name, string.Join(",", fk.ReferenceFields));
                if (!keyCache.TryGetValue(cacheKey, out var keys))
                {
                    keys = KeysOf(target, fk.ReferenceFields);
                    keyCache[cacheKey] = keys;
                }

                if (keys is null)
                {
                    continue;
                }

                var referenceName = $"{target.Resource.Name}.{string.Join(",", fk.ReferenceFields)}";
                var columns = table.ColumnsOf(fk.Fields);
                foreach (var row in table.WholeRows)
                {
                    if (row.FieldsWithErrors.Count > 0 && fk.Fields.Any(row.FieldsWithErrors.Contains))
                    {
                        continue;
                    }

                    if (table.Key(row.Raw, columns) is not { } key || keys.Contains(key))
                    {
                        continue;
                    }

                    var values = columns.Select(c => row.Raw.Cells[c]).ToList();
                    diagnostics.Add(new Diagnostic(table.File, row.Line, table.Column(fk.Fields[0]), fk.Fields[0],
                        $"unknown {referenceName} '{string.Join(",", values)}': no such row in {target.File}"));
                }
            }
        }
    }

    /// <summary>
    /// The key values present in a table, or null when the table (or one of the columns) could not be read. Rows with broken
    /// quoting or bytes count too when their cells are there: their own problem is reported, and leaving their keys out would
    /// report every row that refers to them as well.
    /// </summary>
    internal static HashSet<string>? KeysOf(CheckedTable table, IReadOnlyList<string> fields)
    {
        if (table.Raw is null || fields.Any(f => !table.ColumnOf.ContainsKey(f)))
        {
            return null;
        }

        var columns = table.ColumnsOf(fields);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (table.Key(row.Raw, columns) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
