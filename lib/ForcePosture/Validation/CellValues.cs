using System.Globalization;
using ForcePosture.DataPackage;

namespace ForcePosture.Validation;

/// <summary>
/// The lexical rules for cell values, shared by the validator and the typed loaders so both read a cell the same way.
/// Stricter than the Frictionless defaults where those would let a defect through: booleans are only <c>true</c>/<c>false</c>,
/// numbers reject NaN and infinities, no surrounding white space or group separators anywhere.
/// </summary>
internal static class CellValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryParseInteger(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out value);

    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, Invariant, out value)
        && double.IsFinite(value);

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, Invariant, out value);

    public static bool TryParseBoolean(string text, out bool value)
    {
        value = text == "true";
        return text is "true" or "false";
    }

    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out value);

    public static bool TryParseYear(string text, out int value)
    {
        value = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, Invariant, out value);
    }

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
        FieldType.Integer when TryParseInteger(text, out var i) => i,
        FieldType.Number when TryParseNumber(text, out var n) => n,
        FieldType.Year when TryParseYear(text, out var y) => y,
        FieldType.Date when TryParseDate(text, out var d) => d.DayNumber,
        _ => null,
    };

    /// <summary>True when <paramref name="text"/> parses as a value of the type, so it can bound the field.</summary>
    public static bool IsValidBound(FieldType type, string text) => Ordinal(type, text) is not null;
}
