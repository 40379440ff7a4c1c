using System.Globalization;

namespace ForcePosture.Cells;

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

    /// <summary>The lexical rule for a partial date: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> that exists in the calendar
    /// (year 1 or later); the unknown parts come out null.</summary>
    public static bool TryParsePartialDate(string? text, out int year, out int? month, out int? day)
    {
        year = 0;
        month = null;
        day = null;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10)) return false;
        if (!TryDigits(text, 0, 4, out year) || year < 1) return false;
        if (text.Length == 4) return true;
        if (text[4] != '-' || !TryDigits(text, 5, 2, out var m) || m is < 1 or > 12) return false;
        month = m;
        if (text.Length == 7) return true;
        if (text[7] != '-' || !TryDigits(text, 8, 2, out var d) || d < 1 || d > DateTime.DaysInMonth(year, m)) return false;
        day = d;
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
