using System.Text.RegularExpressions;
using ForcePosture.Figures;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Figures;

/// <summary>Checks on the figures committed in this repository.</summary>
public sealed partial class CommittedFiguresTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    [Fact]
    public void Every_committed_figure_is_current_with_its_inputs()
    {
        var problems = FigureManifest.FindStale(Root);
        Assert.True(problems.Count == 0,
            "Figures are stale; regenerate them with `dotnet run --project lib/ForcePosture.Cli -- reproduce` and commit the result:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_committed_figure_has_its_korean_files_with_korean_title_subtitle_and_sources()
    {
        var figures = FigureManifest.Read(Path.Combine(Root, "figures", FigureManifest.FileName))["figures"]!.AsObject();
        Assert.True(figures.Count > 20, $"only {figures.Count} figures in the manifest");
        foreach (var (name, entry) in figures)
        {
            var outputs = entry!["outputs"]!.AsObject();
            foreach (var extension in (string[])[".html", ".png", ".svg", ".pdf"])
                Assert.True(outputs.ContainsKey($"{name}.ko{extension}"), $"{name}: no {name}.ko{extension} in the manifest");
            var metadata = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "figures", name + ".json")))!;
            foreach (var field in (string[])["title", "subtitle", "sources"])
                Assert.Matches(Hangul(), metadata["ko"]![field]!.GetValue<string>());
            var svg = File.ReadAllText(Path.Combine(Root, "figures", name + ".ko.svg"));
            var title = Regex.Match(svg, "<text class=\"figure-title\"[^>]*>(.*?)</text>").Groups[1].Value;
            Assert.Matches(Hangul(), title);
            Assert.DoesNotContain("Open Sans", svg, StringComparison.Ordinal);   // every text in the Korean font
        }
    }

    [GeneratedRegex(@"\p{IsHangulSyllables}")]
    private static partial Regex Hangul();

    [Fact]
    public void No_figure_page_fetches_anything_from_a_network_host()
    {
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Root, "figures"), "*.html"))
            Assert.False(FigureTesting.NetworkReference().IsMatch(File.ReadAllText(page)), $"{page} refers to a network host");
    }

    [RequiresNbformatFact]
    public void Every_notebook_is_valid_according_to_jupyter_s_validator()
    {
        foreach (var notebook in Directory.EnumerateFiles(Path.Combine(Root, "notebooks"), "*.ipynb"))
            Notebooks.NbformatValidator.AssertValid(notebook);
    }
}

/// <summary>Opens every committed figure page in Chromium from disk: the chart must draw, and every request must be for a local file.</summary>
[Collection(nameof(Notebooks.NotebookRunnerCollection))]
public sealed class FigurePagesInBrowserTests
{
    [RequiresChromiumFact]
    public async Task Every_figure_page_draws_offline_requesting_only_local_files()
    {
        Assert.True(Tools.Chromium());
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new Microsoft.Playwright.BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumRenderer.ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "figures"), "*.html"))
        {
            var page = await browser.NewPageAsync();
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            await page.WaitForSelectorAsync("#figure .main-svg", new() { Timeout = 15000 });
            Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
            Assert.Contains(requests, url => url.EndsWith("/plotly.min.js", StringComparison.Ordinal));
            await page.CloseAsync();
        }
    }
}
