using System.Globalization;

namespace ForcePosture.Curation.ReferenceFiles;

/// <summary>One data row of a reference CSV: its line in the file and its fields by column name, with the parsers the
/// curations share. Every error it builds names file, line and column.</summary>
internal sealed class ReferenceRow(string path, int line, IReadOnlyList<string> header, string[] fields)
{
    /// <summary>The row's line in the file (1 is the header).</summary>
    public int Line => line;

    /// <summary>The field as written in the file.</summary>
    public string Get(string column) => fields[Column(column)];

    /// <summary>An error at this row and column: "path:line:column: name: message".</summary>
    public InvalidDataException Error(string column, string message) =>
        new($"{path}:{line}:{Column(column) + 1}: {column}: {message}");

    public int GetYear(string column, int min, int max)
    {
        var text = Get(column);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < min || year > max)
            throw Error(column, $"expected a year {min}-{max}, found '{text}'");
        return year;
    }

    /// <summary>Checks that the field is a plain non-negative decimal number (digits, optional point); returns it unchanged.</summary>
    public string RequireNonNegativeNumber(string column)
    {
        var text = Get(column);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            throw Error(column, $"expected a non-negative decimal number, found '{text}'");
        return text;
    }

    /// <summary>An integer, or null for "NA" or an empty field; "123.0" is accepted only when it is whole.</summary>
    public int? GetIntOrNa(string column)
    {
        var text = Get(column);
        if (text is "NA" or "") return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && Math.Abs(d) < int.MaxValue)
            return (int)d;
        throw Error(column, $"expected a whole number or NA, found '{text}'");
    }

    /// <summary>An integer that must be present (not "NA", not empty).</summary>
    public int GetInt(string column) => GetIntOrNa(column) ?? throw Error(column, $"expected a whole number, found '{Get(column)}'");

    /// <summary>A number, or null for "NA" or an empty field.</summary>
    public double? GetDoubleOrNa(string column)
    {
        var text = Get(column);
        if (text is "NA" or "") return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"expected a number or NA, found '{text}'");
    }

    private int Column(string column)
    {
        for (var i = 0; i < header.Count; i++)
            if (header[i] == column) return i;
        throw new ArgumentException($"{path}: no column '{column}'", nameof(column));
    }
}
