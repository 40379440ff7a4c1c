using System.Text.Json.Nodes;
using ForcePosture.Translations;

namespace ForcePosture.Figures;

/// <summary>A figure's Korean version: the themed figure JSON and the text around it, every string a reader sees translated
/// by the repository's <see cref="TranslationTable"/> (trace names, text labels, hover text, categorical axis values, axis
/// titles, annotations; the title, subtitle and notes; "출처:" before the same citations) and the Korean font set. Strings
/// that are not words (numbers, ISO codes) stay as they are; every other string without a translation is collected, and the
/// figure fails naming each of them.</summary>
internal static class KoreanFigure
{
    /// <summary>The Korean font (Debian's fonts-nanum): its Latin letters and digits too, so a label reads in one typeface.</summary>
    public const string FontFamily = "NanumGothic";

    /// <summary>How to install <see cref="FontFamily"/> on the systems the README names.</summary>
    public const string FontInstallHint =
        "Install the Nanum fonts, then rerun: Debian/Ubuntu `sudo apt-get install -y fonts-nanum`; Fedora `sudo dnf install -y naver-nanum-gothic-fonts`; " +
        "macOS `brew install --cask font-nanum-gothic`.";

    /// <summary>The file name of a figure's Korean file: <c>name.ko</c> and the extension, e.g. <c>01-us-troops.ko.png</c>.</summary>
    public static string FileName(string name, string extension) => $"{name}.ko{extension}";

    /// <summary>Translates a themed figure (a copy; the English one is left as it is) and its text.</summary>
    /// <exception cref="MissingTranslationException">Some strings have no Korean in the table; the message lists them.</exception>
    public static (JsonObject Figure, FigureText Text, string Sources) Translate(string name, JsonObject themed, string title, string subtitle, string? notes, SourceLine sources, TranslationTable table)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        string Korean(string english, string where)
        {
            if (table.TryTranslate(english, out var korean)) return korean;
            missing.Add($"\"{TranslationTable.Template(english)}\" ({where})");
            return english;
        }
        var figure = themed.DeepClone().AsObject();
        foreach (var trace in figure["data"] as JsonArray ?? [])
        {
            if (trace is not JsonObject t) continue;
            foreach (var key in (string[])["name", "text", "hovertext", "x", "y"])
                TranslateValues(t, key, $"trace {key}", Korean);
        }
        if (figure["layout"] is JsonObject layout)
        {
            foreach (var (key, axis) in layout.ToList())
            {
                if (!(key.StartsWith("xaxis", StringComparison.Ordinal) || key.StartsWith("yaxis", StringComparison.Ordinal)) || axis is not JsonObject a) continue;
                if (a["title"] is JsonObject axisTitle) TranslateValues(axisTitle, "text", $"{key} title", Korean);
                TranslateValues(a, "categoryarray", $"{key} category", Korean);
                TranslateValues(a, "ticktext", $"{key} tick label", Korean);
            }
            if (layout["legend"]?["title"] is JsonObject legendTitle) TranslateValues(legendTitle, "text", "legend title", Korean);
            foreach (var annotation in layout["annotations"] as JsonArray ?? [])
                if (annotation is JsonObject a) TranslateValues(a, "text", "annotation", Korean);
            if (layout["font"] is JsonObject font) font["family"] = FontFamily;
        }
        string Text(string english) => Korean(english, "sources");
        var koreanSources = sources.Korean(Text).Trim();
        var text = new FigureText(Korean(title.Trim(), "title"), Korean(subtitle.Trim(), "subtitle"),
            string.IsNullOrWhiteSpace(notes) ? null : Korean(notes.Trim(), "notes"),
            $"{koreanSources} {FigureText.KoreanCredit(name)}",
            $"{sources.KoreanSummary($"figures/{name}.json", Text).Trim()} {FigureText.KoreanCredit(name)}");
        if (missing.Count > 0) throw new MissingTranslationException(name, [.. missing]);
        return (figure, text, koreanSources);
    }

    /// <summary>Translates a string value, or each string of an array value, in place.</summary>
    private static void TranslateValues(JsonObject owner, string key, string where, Func<string, string, string> korean)
    {
        switch (owner[key])
        {
            case JsonValue value when value.TryGetValue<string>(out var s):
                owner[key] = korean(s, where);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is JsonValue item && item.TryGetValue<string>(out var e)) array[i] = korean(e, where);
                break;
        }
    }
}

/// <summary>A figure has strings the Korean translation table lacks; the message names the figure, each string and where it is.</summary>
public sealed class MissingTranslationException(string figure, IReadOnlyList<string> missing)
    : Exception($"figure {figure}: no Korean translation for {missing.Count} string{(missing.Count == 1 ? "" : "s")}: {string.Join("; ", missing)}. " +
        $"Add a row for each to {TranslationTable.RelativePath} (columns english,korean; write each number as {{0}}, {{1}}, ... in order, and use the same placeholders in the Korean).")
{
    /// <summary>The figure's name.</summary>
    public string Figure { get; } = figure;

    /// <summary>Each missing string, quoted, with where in the figure it is.</summary>
    public IReadOnlyList<string> Missing { get; } = missing;
}
