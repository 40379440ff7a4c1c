namespace ForcePosture.Figures;

/// <summary>The text a figure carries inside its image, so that it can be used alone: what is counted, where and when; the
/// unit and basis; estimates, gaps and breaks in series; and who produced the data.</summary>
/// <param name="Title">Above the chart, in bold.</param>
/// <param name="Subtitle">Below the title: the unit and basis of the values.</param>
/// <param name="Notes">Below the chart, or null when there is nothing to note.</param>
/// <param name="Sources">The last line: every source of the data, from the rows' provenance, and the repository.</param>
/// <param name="ShortSources">The same in short form (document count, main publishers, where the full list is), drawn instead when
/// the full line would take more than three lines of the image.</param>
internal sealed record FigureText(string Title, string Subtitle, string? Notes, string Sources, string ShortSources)
{
    /// <summary>The repository's credit, after the data's sources on every figure.</summary>
    public static string Credit(string name) => $"Figure {name}: ForcePosture repository, CC BY 4.0.";

    /// <summary>The repository's credit in Korean.</summary>
    public static string KoreanCredit(string name) => $"그림 {name}: ForcePosture 저장소, CC BY 4.0.";

    /// <summary>The text of a saved figure: its sources line (from the data's provenance) followed by the repository's credit.</summary>
    public static FigureText For(string name, string title, string subtitle, string? notes, SourceLine sources) =>
        new(title.Trim(), subtitle.Trim(), string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            $"{sources.Text.Trim()} {Credit(name)}", $"{sources.Summary($"figures/{name}.json").Trim()} {Credit(name)}");
}
