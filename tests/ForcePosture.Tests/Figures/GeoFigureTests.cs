using System.Text.RegularExpressions;
using ForcePosture.Figures;
using ForcePosture.Tests.Notebooks;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Figures;

/// <summary>Geo figures take their base map from the vendored figures/topojson/, never from plotly's CDN.</summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed partial class GeoFigureTests
{
    private sealed record Place(string Name, double Longitude, double Latitude);

    private static readonly Place[] Places = [new("Darwin", 130.84, -12.46), new("Okinawa", 127.68, 26.21)];

    private static Plotly.NET.GenericChart GeoChart(int resolution, string? scope = null)
    {
        var chart = Plotly.NET.CSharp.Chart.ScatterGeo<double, double, string>(
            Places.Select(p => p.Longitude), Places.Select(p => p.Latitude), Plotly.NET.StyleParam.Mode.Markers, Name: "toy places");
        var geo = new Plotly.NET.LayoutObjects.Geo();
        geo.SetProperty("resolution", resolution);
        geo.SetProperty("lonaxis", new Dictionary<string, object> { ["range"] = new[] { 90.0, 180.0 } });
        geo.SetProperty("lataxis", new Dictionary<string, object> { ["range"] = new[] { -40.0, 50.0 } });
        if (scope is not null) geo.SetProperty("scope", scope);
        return Plotly.NET.Chart.withGeo(geo, null).Invoke(chart);
    }

    private static SavedFigure Save(TemporaryRepository repo, Plotly.NET.GenericChart chart) =>
        FigureTesting.SaveInSession(repo, "05-map.ipynb", () =>
            Figure.Save(chart, name: "05-toy-map", title: "A toy title", subtitle: "Toy units", caption: "A toy map.", altText: "Two toy points on a map.", sources: SourceLine.Uncited("None (test data)."), data: Places));

    [Fact]
    public void A_geo_figure_page_loads_its_base_map_from_the_local_folder_and_names_no_network_host()
    {
        using var repo = new TemporaryRepository();
        Save(repo, GeoChart(50));
        var figures = Path.Combine(repo.Root, "figures");
        var html = File.ReadAllText(Path.Combine(figures, "05-toy-map.html"));
        Assert.DoesNotMatch(FigureTesting.NetworkReference(), html);
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"topojson/world_50m.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("\"topojsonURL\":\"topojson/\"", html, StringComparison.Ordinal);
        // The written base map is the vendored file, byte for byte.
        var vendored = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "figures", "topojson", "world_50m.json");
        Assert.Equal(File.ReadAllBytes(vendored), File.ReadAllBytes(Path.Combine(figures, "topojson", "world_50m.json")));
        Assert.True(File.Exists(Path.Combine(figures, "topojson", "world_50m.js")));
        Assert.Empty(FigureManifest.FindStale(repo.Root));
    }

    [RequiresChromiumFact]
    public async Task A_geo_figure_is_drawn_with_its_base_map_in_the_svg_and_in_the_page_without_network_requests()
    {
        using var repo = new TemporaryRepository();
        var saved = Save(repo, GeoChart(50));
        var figures = Path.Combine(repo.Root, "figures");
        Assert.Null(saved.SkippedStatic);
        // The static SVG has the base map drawn (plotly draws coastlines as a path in the "coastlines" layer).
        var svg = File.ReadAllText(Path.Combine(figures, "05-toy-map.svg"));
        Assert.Matches(CoastlinePath(), svg);

        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new Microsoft.Playwright.BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumRenderer.ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(Path.Combine(figures, "05-toy-map.html")).AbsoluteUri);
        await page.WaitForSelectorAsync("#figure .coastlines path", new() { Timeout = 15000, State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Assert.Contains(requests, url => url.EndsWith("/topojson/world_50m.js", StringComparison.Ordinal));
    }

    [GeneratedRegex("""class="layer coastlines"><path d="M[0-9]""")]
    private static partial Regex CoastlinePath();

    [Fact]
    public void A_base_map_that_is_not_vendored_is_refused_with_a_message_naming_the_figure()
    {
        using var repo = new TemporaryRepository();
        var error = Assert.Throws<ArgumentException>(() => Save(repo, GeoChart(110, scope: "asia")));
        Assert.Contains("05-toy-map", error.Message, StringComparison.Ordinal);
        Assert.Contains("asia_110m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_without_a_map_are_unchanged_by_the_base_map_support()
    {
        var chart = Plotly.NET.CSharp.Chart.Line<int, double, string>([2020, 2021], [1.0, 2.0], Name: "toy");
        var figure = PlotlyFigure.FromChart(chart);
        Assert.Empty(GeoBaseMap.NamesFor(figure, "05-toy"));
        var html = Figure.Html(figure, FigureText.For("05-toy", "t", "u", null, SourceLine.Uncited("s")), "c", "a", GeoBaseMap.NamesFor(figure, "05-toy"));
        Assert.DoesNotContain("topojson", html, StringComparison.Ordinal);
    }
}
