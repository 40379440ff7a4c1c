using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Figures;
using ForcePosture.Files;

namespace ForcePosture.Notebooks.Reproduction;

/// <summary>figures/README.md: every figure in the manifest as a thumbnail linked to the notebook that made it, with the first
/// sentence of its caption and links to its files. GitHub renders it as the figures folder's page.</summary>
public static class Gallery
{
    public const string FileName = "README.md";

    public static string Render(string repositoryRoot)
    {
        var figuresDirectory = Path.Combine(repositoryRoot, "figures");
        var manifest = FigureManifest.Read(Path.Combine(figuresDirectory, FigureManifest.FileName));
        var text = new StringBuilder();
        text.Append("# Figures\n\n");
        text.Append("Generated files: do not edit by hand. `dotnet run --project lib/ForcePosture.Cli -- reproduce` regenerates every figure, ");
        text.Append("this page and `manifest.json` (which records the notebook, the inputs and the SHA-256 of every file). ");
        text.Append("Each figure comes as interactive HTML (works offline with the shared `plotly.min.js`), PNG for print, SVG and PDF ");
        text.Append("(all three carry the figure's title, subtitle, notes and sources inside the image, so each stands alone), ");
        text.Append("the CSV of exactly the data plotted, and a JSON file with its title, caption, alt text and sources. ");
        text.Append("Every figure is also in Korean (`.ko.html`, `.ko.png`, `.ko.svg`, `.ko.pdf`; 한국어판), translated from the reviewed table ");
        text.Append("`notebooks/translations/ko.csv` with the country names of `data/countries.csv`.\n");
        var figures = manifest["figures"]!.AsObject().OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        if (figures.Count == 0) text.Append("\nNo figures yet.\n");
        foreach (var (name, entry) in figures)
        {
            var notebook = entry?["notebook"]?.GetValue<string>();
            var metadataPath = Path.Combine(figuresDirectory, name + ".json");
            var metadata = File.Exists(metadataPath) ? JsonNode.Parse(File.ReadAllText(metadataPath)) : null;
            var caption = metadata?["caption"]?.GetValue<string>() ?? entry?["caption"]?.GetValue<string>() ?? "";
            var altText = metadata?["alt_text"]?.GetValue<string>() ?? caption;
            var outputs = (entry?["outputs"] as JsonObject)?.Select(o => o.Key).ToHashSet(StringComparer.Ordinal) ?? [];
            var notebookLink = notebook is null ? null : "../" + notebook;
            text.Append("\n## ").Append(name).Append("\n\n");
            var images = new List<string>();
            if (outputs.Contains(name + ".png")) images.Add($"<img src=\"{name}.png\" width=\"360\" alt=\"{WebUtility.HtmlEncode(altText)}\">");
            if (outputs.Contains(name + ".ko.png")) images.Add($"<img src=\"{name}.ko.png\" width=\"360\" alt=\"Korean version: {WebUtility.HtmlEncode(altText)}\">");
            if (images.Count > 0)
                text.Append(string.Join(" ", images.Select(image => notebookLink is null ? image : $"<a href=\"{notebookLink}\">{image}</a>"))).Append("\n\n");
            if (metadata?["title"]?.GetValue<string>() is { } title) text.Append("**").Append(title).Append(".** ");
            text.Append(FirstSentence(caption));
            if (notebook is not null) text.Append(" Made by [").Append(notebook).Append("](").Append(notebookLink).Append(").");
            text.Append("\n\n");
            var links = new[] { ("interactive", ".html"), ("PNG", ".png"), ("SVG", ".svg"), ("PDF", ".pdf"), ("data (CSV)", ".csv"), ("title, caption, alt text, sources", ".json") }
                .Where(l => outputs.Contains(name + l.Item2))
                .Select(l => $"[{l.Item1}]({name}{l.Item2})");
            text.Append(string.Join(" · ", links)).Append('\n');
            var korean = new[] { ("대화형", ".ko.html"), ("PNG", ".ko.png"), ("SVG", ".ko.svg"), ("PDF", ".ko.pdf") }
                .Where(l => outputs.Contains(name + l.Item2))
                .Select(l => $"[{l.Item1}]({name}{l.Item2})").ToList();
            if (korean.Count > 0)
            {
                text.Append('\n');
                if (metadata?["ko"]?["title"]?.GetValue<string>() is { } koreanTitle) text.Append("**").Append(koreanTitle).Append(".** ");
                text.Append("한국어: ").Append(string.Join(" · ", korean)).Append('\n');
            }
        }
        return text.ToString();
    }

    public static void Write(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, "figures", FileName);
        var text = Render(repositoryRoot);
        if (!AtomicFile.HasContent(path, Encoding.UTF8.GetBytes(text))) AtomicFile.WriteAllText(path, text);
    }

    /// <summary>The caption up to and including its first full stop followed by a space (or all of it).</summary>
    public static string FirstSentence(string caption)
    {
        var trimmed = caption.Trim();
        for (var i = 0; i < trimmed.Length - 1; i++)
            if (trimmed[i] is '.' or '!' or '?' && trimmed[i + 1] == ' ' && !(i > 0 && char.IsAsciiDigit(trimmed[i - 1]) && i + 2 < trimmed.Length && char.IsAsciiDigit(trimmed[i + 2])))
                return trimmed[..(i + 1)];
        return trimmed;
    }
}
