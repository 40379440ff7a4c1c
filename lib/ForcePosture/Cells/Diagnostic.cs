namespace ForcePosture.Cells;

/// <summary>
/// One problem found in the data package: which file, where in it, which schema field, and what was expected.
/// </summary>
/// <param name="File">File name relative to the data directory (for example <c>us-troops.csv</c> or <c>datapackage.json</c>).</param>
/// <param name="Line">1-based physical line; for a record with a quoted multi-line field, the line where the record starts. Null when the problem concerns the whole file.</param>
/// <param name="Column">1-based column (field position in the CSV row; character position in JSON). Null when the problem concerns a whole row or file.</param>
/// <param name="Field">Schema field name the problem concerns, or null.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record Diagnostic(string File, int? Line, int? Column, string? Field, string Message)
{
    /// <summary>The location part, <c>file:line:column</c>, omitting the parts that are unknown.</summary>
    public string Location => (Line, Column) switch
    {
        (int line, int column) => $"{File}:{line}:{column}",
        (int line, null) => $"{File}:{line}",
        _ => File,
    };

    /// <summary>Formats the diagnostic as <c>file:line:column: message</c> (the compiler convention).</summary>
    public override string ToString() => $"{Location}: {Message}";
}
