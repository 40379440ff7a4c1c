using ForcePosture.Cells;

namespace ForcePosture.DataPackage;

/// <summary>What the schema's field types mean for a cell: the expectation named in messages and the value a range check
/// compares. The lexical rules themselves are <see cref="CellValues"/>.</summary>
internal static class FieldTypeValues
{
    /// <summary>What a cell of the type must look like, for messages ("expected ...").</summary>
    public static string Expectation(FieldType type) => type switch
    {
        FieldType.Integer => "an integer",
        FieldType.Number => "a number (digits with '.' as decimal point)",
        FieldType.Boolean => "true or false",
        FieldType.Date => "a date YYYY-MM-DD",
        FieldType.Year => "a four-digit year",
        _ => "text",
    };

    /// <summary>Numeric value of a cell for range checks, or null when the type has no order or the text does not parse.</summary>
    public static double? Ordinal(FieldType type, string text) => type switch
    {
        FieldType.Integer when CellValues.TryParseInteger(text, out var i) => i,
        FieldType.Number when CellValues.TryParseNumber(text, out var n) => n,
        FieldType.Year when CellValues.TryParseYear(text, out var y) => y,
        FieldType.Date when CellValues.TryParseDate(text, out var d) => d.DayNumber,
        _ => null,
    };

    /// <summary>True when <paramref name="text"/> parses as a value of the type, so it can bound the field.</summary>
    public static bool IsValidBound(FieldType type, string text) => Ordinal(type, text) is not null;
}
