using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ForcePosture.Charts;
using ForcePosture.Figures;
using ForcePosture.Tests.Notebooks;
using Plotly.NET.CSharp;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Figures;

/// <summary>Every figure is also written in Korean (name.ko.html, .ko.png, .ko.svg, .ko.pdf) from the repository's translation
/// table; a string without a translation fails the figure by name and writes nothing (shares the runner's collection: the
/// process-wide figure session and browser).</summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed partial class KoreanFigureTests
{
    private sealed record Row(int Year, double Value);

    private static readonly Row[] Rows = [new(2020, 1.5), new(2021, 2), new(2022, 2.5)];

    private static Plotly.NET.GenericChart Chart(string name = "Army") =>
        Plotly.NET.CSharp.Chart.Line<int, double, string>(Rows.Select(r => r.Year), Rows.Select(r => r.Value), Name: name)
            .WithXAxisStyle<int, int, int>(TitleText: "Year");

    private static SavedFigure Save(TemporaryRepository repo, Plotly.NET.GenericChart chart, string title = "US troops in Japan, 2020-2022", string? notes = "2022 is an estimate.") =>
        FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(chart, name: "05-toy", title: title, subtitle: "Toy units", caption: "A toy caption.", altText: "A toy line.",
                sources: ForcePosture.Figures.SourceLine.Uncited("None (test data)."), data: Rows, notes: notes));

    private static TemporaryRepository Repository()
    {
        var repo = new TemporaryRepository();
        File.WriteAllText(Path.Combine(repo.Root, "data", "countries.csv"), "iso3,name_en,name_ko\nJPN,Japan,일본\n");
        repo.AddTranslation("Army", "육군");
        repo.AddTranslation("Year", "연도");
        repo.AddTranslation("US troops in Japan, {0}-{1}", "일본 주둔 미군, {0}-{1}");
        repo.AddTranslation("{0} is an estimate.", "{0}년은 추정치다.");
        return repo;
    }

    [GeneratedRegex("<text class=\"figure-(?<role>[a-z]+)\"[^>]*>(?<body>.*?)</text>")]
    private static partial Regex TextElement();

    [Fact]
    public void The_korean_page_shows_the_translated_text_with_the_english_caption_marked_as_english()
    {
        using var repo = Repository();
        var saved = Save(repo, Chart());
        Assert.Contains("05-toy.ko.html", saved.Files);
        var page = File.ReadAllText(Path.Combine(repo.Root, "figures", "05-toy.ko.html"));
        Assert.Contains("<html lang=\"ko\">", page, StringComparison.Ordinal);
        // The title's words come from the row, its numbers from the title.
        Assert.Contains("<h1 class=\"title\">일본 주둔 미군, 2020-2022</h1>", page, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"육군\"", page, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"연도\"", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notes\">2022년은 추정치다.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">A toy caption.</span>", page, StringComparison.Ordinal);
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Root, "figures", "05-toy.json")))!;
        Assert.Equal("2022년은 추정치다.", metadata["ko"]!["notes"]!.GetValue<string>());
        Assert.Equal("US troops in Japan, 2020-2022", metadata["title"]!.GetValue<string>());   // the English stays English
    }

    [Fact]
    public void A_string_without_a_korean_translation_fails_the_figure_by_name_and_writes_nothing()
    {
        using var repo = Repository();
        var error = Assert.Throws<MissingTranslationException>(() => Save(repo, Chart("Navy"), title: "Marines in Japan, 2020-2022"));
        Assert.Equal("05-toy", error.Figure);
        Assert.Equal(["\"Marines in Japan, {0}-{1}\" (title)", "\"Navy\" (trace name)"], error.Missing);
        Assert.StartsWith("figure 05-toy: no Korean translation for 2 strings: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("notebooks/translations/ko.csv", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "figures")) && Directory.EnumerateFiles(Path.Combine(repo.Root, "figures"), "05-toy*").Any());
    }

    [Fact]
    public void A_repository_without_a_translation_table_gets_an_error_naming_the_file()
    {
        using var repo = Repository();
        File.Delete(Path.Combine(repo.Root, "notebooks", "translations", "ko.csv"));
        var error = Assert.Throws<InvalidOperationException>(() => Save(repo, Chart()));
        Assert.StartsWith("figure 05-toy: notebooks/translations/ko.csv: no Korean translation table", error.Message, StringComparison.Ordinal);
    }

    [RequiresChromiumFact]
    public void The_korean_images_carry_the_korean_text_in_the_korean_font()
    {
        using var repo = Repository();
        var saved = Save(repo, Chart());
        var figures = Path.Combine(repo.Root, "figures");
        foreach (var file in (string[])["05-toy.ko.png", "05-toy.ko.svg", "05-toy.ko.pdf"]) Assert.Contains(file, saved.Files);
        var svg = File.ReadAllText(Path.Combine(figures, "05-toy.ko.svg"));
        var blocks = TextElement().Matches(svg).ToDictionary(m => m.Groups["role"].Value, m => m.Groups["body"].Value);
        Assert.Contains("일본 주둔 미군, 2020-2022", blocks["title"], StringComparison.Ordinal);
        Assert.Contains("없음(시험 자료). 그림 05-toy: ForcePosture 저장소, CC BY 4.0.", blocks["sources"], StringComparison.Ordinal);
        Assert.Contains($"font-family=\"'{KoreanFigure.FontFamily}', sans-serif\"", svg, StringComparison.Ordinal);
        Assert.Contains(">연도<", svg, StringComparison.Ordinal);   // the axis title
        // The PDF embeds the Korean font (as a subset), so it prints without the font installed.
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(figures, "05-toy.ko.pdf")));
        Assert.Matches(@"/FontName\s*/[A-Z]{6}\+NanumGothic", pdf);
        // The English files are untouched by the translation.
        Assert.Contains(">Year<", File.ReadAllText(Path.Combine(figures, "05-toy.svg")), StringComparison.Ordinal);
        var outputs = FigureManifest.Read(Path.Combine(figures, FigureManifest.FileName))["figures"]!["05-toy"]!["outputs"]!.AsObject();
        Assert.Equal(FigureManifest.HashFile(Path.Combine(figures, "05-toy.ko.png")), outputs["05-toy.ko.png"]!.GetValue<string>());
        Assert.Empty(FigureManifest.FindStale(repo.Root));
    }

    [RequiresChromiumFact]
    public void A_korean_version_that_breaks_the_layout_rules_fails_saying_it_is_the_korean_one()
    {
        using var repo = Repository();
        repo.AddTranslation("short", "영어보다 훨씬 더 길어서 그림의 오른쪽 가장자리를 넘어가는 주석");
        var note = new Plotly.NET.LayoutObjects.Annotation();
        foreach (var (key, value) in (ValueTuple<string, object>[])[("x", 0.9), ("y", 0.5), ("xref", "paper"), ("yref", "paper"), ("text", "short"), ("showarrow", false), ("xanchor", "left")])
            note.SetProperty(key, value);
        var chart = Plotly.NET.Chart.withAnnotations(new[] { note }, null).Invoke(Chart());
        var error = Assert.ThrowsAny<InvalidOperationException>(() => Save(repo, chart));
        Assert.Contains("figure 05-toy: its layout breaks the publication rules: in Korean: text outside the image", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo.Root, "figures", "05-toy.png")));
    }

    [RequiresChromiumFact]
    public async Task A_font_the_browser_lacks_is_named()
    {
        var (renderer, unavailable) = await ChromiumRenderer.TryStartAsync(PlotlyFigure.PlotlyJs());
        Assert.True(renderer is not null, unavailable);
        await using (renderer)
        {
            var figure = new JsonObject { ["data"] = new JsonArray(), ["layout"] = new JsonObject() };
            var text = new FigureText("t", "u", null, "s", "s");
            var error = await Assert.ThrowsAsync<FontMissingException>(() => renderer.RenderAsync(figure, text, FigureDimensions.For(FigureSize.Column), fontFamily: "No Such Font 7f3c"));
            Assert.Equal("No Such Font 7f3c", error.Family);
            // The Korean font is there (.ci/run installs fonts-nanum): the same check passes for it.
            await renderer.RenderAsync(figure, text, FigureDimensions.For(FigureSize.Column), fontFamily: KoreanFigure.FontFamily, preview: false);
        }
    }
}
