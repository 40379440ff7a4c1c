using ForcePosture.Validation;
using ForcePosture.Cells;

namespace ForcePosture.Tables;

/// <summary>State shared by the rows of one table while its loader builds typed records.</summary>
internal sealed class TableLoadContext(CheckedTable table, List<Diagnostic> diagnostics)
{
    private readonly HashSet<string> reportedMissingFields = [];

    public CheckedTable Table { get; } = table;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Rows that passed every schema check, each with a reader. Rows that did not are already reported.</summary>
    public IEnumerable<RowReader> ValidRows() =>
        Table.HeaderComplete ? Table.Rows.Where(r => r.CellsValid).Select(r => new RowReader(this, r.Raw)) : [];

    /// <summary>Reports once per table that the schema lacks a field the library reads.</summary>
    public void ReportMissingField(string field)
    {
        if (reportedMissingFields.Add(field))
        {
            Diagnostics.Add(new Diagnostic(Table.File, null, null, field,
                $"the library reads field '{field}' of resource '{Table.Resource.Name}' but the file or schema has no such column"));
        }
    }
}

/// <summary>
/// Typed access to the cells of one schema-checked row. The cells have passed the schema checks, so parsing succeeds unless the
/// schema and the library disagree (a field renamed, an enum code added to the schema only); then a diagnostic is reported,
/// <see cref="Failed"/> is set and the loader leaves the row out. Never throws on bad data.
/// </summary>
internal sealed class RowReader(TableLoadContext context, RawRow row)
{
    /// <summary>True when some cell could not be read as the library's type; the record must not be built.</summary>
    public bool Failed { get; private set; }

    public RowLocation Location => new(context.Table.File, row.Line);

    public string? Text(string field)
    {
        var cell = context.Table.Cell(row, field);
        if (cell is null && !context.Table.ColumnOf.ContainsKey(field))
        {
            context.ReportMissingField(field);
            Failed = true;
            return null;
        }

        return context.Table.IsMissing(cell) ? null : cell;
    }

    public string RequiredText(string field) => Text(field) ?? Missing<string>(field, "");

    public int? Int32(string field) => Parse<int>(field, "a 32-bit integer", TryParseInt32);

    public int RequiredInt32(string field) => Int32(field) ?? Missing(field, 0);

    public long? Int64(string field) => Parse(field, "an integer", (string t, out long v) => CellValues.TryParseInteger(t, out v));

    public long RequiredInt64(string field) => Int64(field) ?? Missing(field, 0L);

    public double? Double(string field) => Parse(field, "a number", (string t, out double v) => CellValues.TryParseNumber(t, out v));

    public double RequiredDouble(string field) => Double(field) ?? Missing(field, 0.0);

    public decimal? Decimal(string field) => Parse(field, "a decimal number", (string t, out decimal v) => CellValues.TryParseDecimal(t, out v));

    public decimal RequiredDecimal(string field) => Decimal(field) ?? Missing(field, 0m);

    public bool RequiredBoolean(string field) =>
        Parse(field, "true or false", (string t, out bool v) => CellValues.TryParseBoolean(t, out v)) ?? Missing(field, false);

    public DateOnly? Date(string field) => Parse(field, "a date YYYY-MM-DD", (string t, out DateOnly v) => CellValues.TryParseDate(t, out v));

    public PartialDate? PartialDate(string field) =>
        Parse(field, "a partial date YYYY, YYYY-MM or YYYY-MM-DD", (string t, out PartialDate v) => Tables.PartialDate.TryParse(t, out v));

    public TEnum? OptionalCode<TEnum>(string field, CodeMap<TEnum> map)
        where TEnum : struct, Enum =>
        Parse(field, $"a {typeof(TEnum).Name} code ({string.Join(", ", map.Codes)})", (string t, out TEnum v) => map.TryParse(t, out v));

    public TEnum Code<TEnum>(string field, CodeMap<TEnum> map)
        where TEnum : struct, Enum => OptionalCode(field, map) ?? Missing(field, default(TEnum));

    /// <summary>Ids separated by ';' (empty list when the cell is missing).</summary>
    public IReadOnlyList<string> IdList(string field) => Text(field)?.Split(';') ?? [];

    /// <summary>The row's sources: <c>source_id</c>, then <c>other_source_ids</c> when the schema has that field.</summary>
    public Provenance Provenance()
    {
        var ids = new List<string> { RequiredText("source_id") };
        if (context.Table.Resource.Schema.FindField("other_source_ids") is not null)
        {
            ids.AddRange(IdList("other_source_ids"));
        }

        return new Provenance(ids, Location);
    }

    private static bool TryParseInt32(string text, out int value)
    {
        var ok = CellValues.TryParseInteger(text, out var wide) && wide is >= int.MinValue and <= int.MaxValue;
        value = ok ? (int)wide : 0;
        return ok;
    }

    private delegate bool TryParser<T>(string text, out T value);

    private T? Parse<T>(string field, string expected, TryParser<T> parse)
        where T : struct
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Failed = true;
        context.Diagnostics.Add(new Diagnostic(context.Table.File, row.Line, context.Table.Column(field), field,
            $"the library cannot read '{text}' as {expected}: data/datapackage.json and the ForcePosture.Tables types disagree"));
        return null;
    }

    private T Missing<T>(string field, T placeholder)
    {
        if (!Failed)
        {
            context.Diagnostics.Add(new Diagnostic(context.Table.File, row.Line, context.Table.Column(field), field,
                $"the library needs a value for {field} but the schema allows it to be empty"));
        }

        Failed = true;
        return placeholder;
    }
}
