using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ForcePosture.Charts;
using ForcePosture.Figures;
using ForcePosture.Tables;
using ForcePosture.Tests.Notebooks;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Figures;

/// <summary>A file taken from figures/ keeps its title, subtitle, notes and sources: inside the SVG, the PNG's page and the
/// PDF, and on the interactive page (shares the runner's collection: the process-wide figure session and browser).</summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed partial class StandAloneFigureTests
{
    private sealed record Row(int Year, double Value);

    private static readonly Row[] Rows = [new(2020, 1.5), new(2021, 2), new(2022, 2.5)];

    private const string Title = "Toy spending of Ruritania, 2020-2022";
    private const string Subtitle = "Toy dollars at constant toy prices";
    private const string Notes = "2022 is a toy estimate; the series breaks in 2021 & after.";

    private static Plotly.NET.GenericChart Chart() =>
        Plotly.NET.CSharp.Chart.Line<int, double, string>(Rows.Select(r => r.Year), Rows.Select(r => r.Value), Name: "toy");

    private static SavedFigure Save(TemporaryRepository repo, SourceLine sources, Plotly.NET.GenericChart? chart = null, string notes = Notes) =>
        FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(chart ?? Chart(), name: "05-toy", title: Title, subtitle: Subtitle, caption: "A toy caption.", altText: "A toy line.",
                sources: sources, data: Rows, notes: notes));

    /// <summary>Sources of made-up documents from the given publishers, as the data's provenance would give them.</summary>
    private static SourceLine Sources(params string[] publishers)
    {
        var sources = publishers.Select((p, i) => new Source($"toy-{i}", $"Toy document number {i} with a long descriptive title", "Toy Author", p, null,
            "https://example.org/toy", null, null, SourceKind.Dataset, SourceQuality.Primary, null, new Provenance([$"toy-{i}"], new RowLocation("sources.csv", i + 2)))).ToList();
        return new SourceLine(SourceCitations.Caption(sources), sources.Count,
            [.. SourceCitations.Publishers(sources).Select(p => new CitedPublisher(p.Publisher, p.Documents))]);
    }

    /// <summary>The text of every SVG &lt;text&gt; element of the composed image (its tspans joined by spaces), by class.</summary>
    private static Dictionary<string, string> TextBlocks(string svg) =>
        TextElement().Matches(svg).ToDictionary(m => m.Groups["role"].Value,
            m => WebUtility.HtmlDecode(string.Join(" ", Tspan().Matches(m.Groups["body"].Value).Select(t => t.Groups[1].Value))));

    [GeneratedRegex("<text class=\"figure-(?<role>[a-z]+)\"[^>]*>(?<body>.*?)</text>")]
    private static partial Regex TextElement();

    [GeneratedRegex("<tspan[^>]*>([^<]*)</tspan>")]
    private static partial Regex Tspan();

    [RequiresChromiumFact]
    public void The_svg_pdf_and_png_carry_the_title_subtitle_notes_and_sources_and_repeat_byte_for_byte()
    {
        using var repo = new TemporaryRepository();
        var figures = Path.Combine(repo.Root, "figures");
        var sources = Sources("Toy Ministry of Defence");
        var saved = Save(repo, sources);
        Assert.Contains("05-toy.pdf", saved.Files);

        var blocks = TextBlocks(File.ReadAllText(Path.Combine(figures, "05-toy.svg")));
        Assert.Equal(Title, blocks["title"]);
        Assert.Equal(Subtitle, blocks["subtitle"]);
        Assert.Equal(Notes, blocks["notes"]);
        Assert.Equal($"{sources.Text} Figure 05-toy: ForcePosture repository, CC BY 4.0.", blocks["sources"]);

        var pdf = File.ReadAllBytes(Path.Combine(figures, "05-toy.pdf"));
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(text, @"/Type\s*/Page[^s]"));
        Assert.DoesNotContain("/CreationDate", text, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);   // the font is embedded, not referred to

        // The PNG is the same composition: taller than the chart by the text above and below it.
        var png = File.ReadAllBytes(Path.Combine(figures, "05-toy.png"));
        var pngHeight = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(figures, "05-toy.json")))!;
        Assert.True(pngHeight > metadata["chart_height_px"]!.GetValue<int>() * metadata["png_scale"]!.GetValue<double>(), $"PNG height {pngHeight}");
        Assert.Equal(Title, metadata["title"]!.GetValue<string>());
        Assert.Equal(Notes, metadata["notes"]!.GetValue<string>());

        var before = Directory.GetFiles(figures).Order().Select(f => (f, FigureManifest.HashFile(f))).ToList();
        Save(repo, sources);
        Assert.Equal(before, Directory.GetFiles(figures).Order().Select(f => (f, FigureManifest.HashFile(f))).ToList());
    }

    [RequiresChromiumFact]
    public void Each_preset_gives_its_printed_size_to_the_png_svg_and_pdf_and_a_slide_is_16_by_9_with_its_text()
    {
        foreach (var size in new[] { FigureSize.Column, FigureSize.Page, FigureSize.Slide })
        {
            using var repo = new TemporaryRepository();
            var figures = Path.Combine(repo.Root, "figures");
            FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
                Figure.Save(Chart(), name: "05-toy", title: Title, subtitle: Subtitle, caption: "c", altText: "a", sources: Sources("Toy Ministry"), data: Rows, notes: Notes, size: size));
            var d = FigureDimensions.For(size);
            var png = File.ReadAllBytes(Path.Combine(figures, "05-toy.png"));
            var (width, height) = ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
            Assert.Equal(d.PrintPixels(d.Width), width);
            if (size == FigureSize.Slide) Assert.Equal(d.PrintPixels(d.Height), height);   // the whole image is 16:9
            else Assert.True(height > d.PrintPixels(d.Height), $"{size}: the image grows by its text");
            Assert.Equal((uint)Math.Round(width / (d.PrintWidthCm / 100)), PngFile.PixelsPerMetre(png));

            var svg = File.ReadAllText(Path.Combine(figures, "05-toy.svg"));
            var imageHeight = (int)Math.Round(height / d.PrintScale);   // CSS px: the PNG's height is its image's times the scale, rounded
            Assert.Equal(height, d.PrintPixels(imageHeight));
            Assert.StartsWith($"<svg height=\"{Math.Round(d.PrintHeightCm(imageHeight), 3, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}cm\" viewBox=\"0 0 {d.Width} {imageHeight}\" width=\"{d.PrintWidthCm.ToString(CultureInfo.InvariantCulture)}cm\"", svg, StringComparison.Ordinal);

            var mediaBox = Regex.Match(Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(figures, "05-toy.pdf"))), @"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]");
            Assert.True(mediaBox.Success, size.ToString());
            var pageWidthCm = double.Parse(mediaBox.Groups[1].Value, CultureInfo.InvariantCulture) / 72 * 2.54;
            Assert.True(Math.Abs(pageWidthCm - d.PrintWidthCm) < 0.1, $"{size}: PDF page {pageWidthCm:0.00} cm wide");
        }
    }

    [RequiresChromiumFact]
    public void A_bar_chart_s_hatching_stays_vector_in_the_pdf()
    {
        using var repo = new TemporaryRepository();
        var figures = Path.Combine(repo.Root, "figures");
        // Two bar series: the theme gives the second a fill pattern (hatching), which Chromium would print as raster images.
        var bars = Plotly.NET.CSharp.Chart.Combine([
            Plotly.NET.CSharp.Chart.Column<double, int, string>(Rows.Select(r => r.Value), Keys: Rows.Select(r => r.Year).ToArray(), Name: "solid"),
            Plotly.NET.CSharp.Chart.Column<double, int, string>(Rows.Select(r => r.Value / 2), Keys: Rows.Select(r => r.Year).ToArray(), Name: "hatched"),
        ]);
        Save(repo, Sources("Toy Ministry"), chart: bars);
        Assert.Contains("<pattern", File.ReadAllText(Path.Combine(figures, "05-toy.svg")), StringComparison.Ordinal);
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(figures, "05-toy.pdf")));
        Assert.DoesNotMatch(@"/Subtype\s*/Image", pdf);
        Assert.DoesNotMatch(@"/PatternType", pdf);
    }

    [RequiresChromiumFact]
    public void Sources_too_long_for_three_lines_are_summarised_in_the_image_and_kept_in_full_on_the_page()
    {
        using var repo = new TemporaryRepository();
        var figures = Path.Combine(repo.Root, "figures");
        var publishers = Enumerable.Range(0, 30).Select(i => i < 12 ? "Toy Foreign Ministry" : i < 20 ? "Toy Gazette" : $"Toy Press {i}").ToArray();
        var sources = Sources(publishers);
        Save(repo, sources);

        var shown = TextBlocks(File.ReadAllText(Path.Combine(figures, "05-toy.svg")))["sources"];
        Assert.StartsWith("Sources: 30 public documents, from Toy Foreign Ministry (12); Toy Gazette (8); Toy Press 20 (1) and 9 other publishers; all are listed in figures/05-toy.json.", shown, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(figures, "05-toy.html"));
        Assert.Contains(WebUtility.HtmlEncode(sources.Text), html, StringComparison.Ordinal);
        Assert.Equal(sources.Text, JsonNode.Parse(File.ReadAllText(Path.Combine(figures, "05-toy.json")))!["sources"]!.GetValue<string>());
    }

    [RequiresChromiumFact]
    public void Text_taller_than_the_chart_fails_the_figure_by_name()
    {
        using var repo = new TemporaryRepository();
        var notes = string.Join(" ", Enumerable.Repeat("A very long note that no figure should carry.", 120));
        repo.AddTranslation(notes, string.Join(" ", Enumerable.Repeat("어떤 그림에도 없어야 할 아주 긴 주석.", 120)));
        var error = Assert.ThrowsAny<Exception>(() => Save(repo, Sources("Toy Ministry"), notes: notes));
        Assert.Contains("05-toy", error.Message, StringComparison.Ordinal);
        Assert.Contains("shorten them", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_shows_the_title_subtitle_notes_and_sources_as_text()
    {
        using var repo = new TemporaryRepository();
        var sources = Sources("Toy Ministry");
        Save(repo, sources);
        var html = File.ReadAllText(Path.Combine(repo.Root, "figures", "05-toy.html"));
        Assert.Contains($"<title>{WebUtility.HtmlEncode(Title)}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 class=\"title\">{WebUtility.HtmlEncode(Title)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"subtitle\">{WebUtility.HtmlEncode(Subtitle)}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"notes\">{WebUtility.HtmlEncode(Notes)}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"sources\">{WebUtility.HtmlEncode(sources.Text)} Figure 05-toy: ForcePosture repository, CC BY 4.0.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_with_its_own_title_or_a_figure_without_title_or_subtitle_is_refused()
    {
        using var repo = new TemporaryRepository();
        var titled = Plotly.NET.Chart.withTitle("Inside the chart", null).Invoke(Chart());
        var error = Assert.Throws<ArgumentException>(() => Save(repo, Sources("Toy Ministry"), chart: titled));
        Assert.Contains("05-toy", error.Message, StringComparison.Ordinal);
        Assert.Contains("own title", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(Chart(), name: "05-toy", title: " ", subtitle: Subtitle, caption: "c", altText: "a", sources: Sources("Toy Ministry"), data: Rows)));
        Assert.Throws<ArgumentException>(() => FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(Chart(), name: "05-toy", title: Title, subtitle: "", caption: "c", altText: "a", sources: Sources("Toy Ministry"), data: Rows)));
    }
}
