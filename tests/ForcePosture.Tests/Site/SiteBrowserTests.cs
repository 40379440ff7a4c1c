using System.Text.Json;
using ForcePosture.Figures;
using ForcePosture.Tests.Analyses;
using ForcePosture.Tests.OutsideTools;
using Microsoft.Playwright;

namespace ForcePosture.Tests.Site;

/// <summary>One Chromium (Debian's, as the figures use) for the tracker's browser tests; every request that is not for a local
/// file is recorded and refused.</summary>
public sealed class SiteBrowser : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Requests for anything but a local file, from any page of any test.</summary>
    public List<string> NetworkRequests { get; } = [];

    public static string SiteFolder { get; } = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "site");

    public async Task InitializeAsync()
    {
        if (!Tools.ChromiumAvailable) return;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumRenderer.ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page of the committed site (path relative to <c>site/</c>, with its query), loaded.</summary>
    public async Task<IPage> OpenAsync(string pathAndQuery)
    {
        var page = await Browser.NewPageAsync();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (NetworkRequests) NetworkRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var (path, query) = pathAndQuery.Split('?', 2) is [var p, var q] ? (p, "?" + q) : (pathAndQuery, "");
        await page.GotoAsync(new Uri(Path.Combine(SiteFolder, path)).AbsoluteUri + query);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

/// <summary>
/// The tracker in a real browser, opened from the file system: filters and search give the rows the CSV files give, a URL
/// with filters restores them, the timeline follows the same filters, the Korean pages speak Korean, no request leaves the
/// machine, and axe-core finds no serious or critical WCAG 2.1 A/AA violation.
/// </summary>
[Collection(RepositoryCsvCollection.Name)]
public sealed class SiteBrowserTests(RepositoryCsv repo, SiteBrowser browser) : IClassFixture<SiteBrowser>
{
    private const string VisibleRows = "rows => rows.map(r => r.id.slice(2))";

    private static async Task<string[]> VisibleIdsAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#arrangements tbody tr:not([hidden])", VisibleRows);

    /// <summary>The agreements of the CSV files that a filter keeps, derived without the library.</summary>
    private List<string> Expected(Func<IReadOnlyDictionary<string, string>, IReadOnlyList<string>, bool> keep)
    {
        var parties = repo.Rows("agreement-parties.csv").ToLookup(p => p["agreement_id"], p => p["iso3"]);
        return repo.Rows("agreements.csv").Where(a => keep(a, parties[a["agreement_id"]].ToList())).Select(a => a["agreement_id"]).Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<int> Years(IReadOnlyDictionary<string, string> a) =>
        new[] { "announced", "signed", "in_force", "ended" }.Where(k => a[k].Length >= 4).Select(k => int.Parse(a[k][..4]));

    private string Names(IReadOnlyList<string> iso3s)
    {
        var countries = repo.Rows("countries.csv").ToDictionary(c => c["iso3"]);
        return string.Join(" ", iso3s.SelectMany(i => new[] { countries[i]["name_en"], countries[i]["name_ko"] })).ToLowerInvariant();
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "type=reciprocal-access-agreement", "type" },
        { "country=KOR", "country" },
        { "status=under-negotiation", "status" },
        { "from=2024&to=2025", "years" },
        { "q=jakarta", "text" },
        { "q=%ED%95%84%EB%A6%AC%ED%95%80", "korean text" },
        { "qfp=1&country=PHL&from=2019", "combined" },
    };

    [RequiresChromiumTheory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_in_the_url_shows_the_rows_the_csv_gives(string query, string what)
    {
        var expected = what switch
        {
            "type" => Expected((a, _) => a["instrument_type"] == "reciprocal-access-agreement"),
            "country" => Expected((_, p) => p.Contains("KOR")),
            "status" => Expected((a, _) => a["status"] == "under-negotiation"),
            "years" => Expected((a, _) => Years(a).Any(y => y is >= 2024 and <= 2025)),
            "text" => Expected((a, p) => $"{a["agreement_id"]} {a["name"]} {a["description"]} {Names(p)}".ToLowerInvariant().Contains("jakarta")),
            "korean text" => Expected((_, p) => Names(p).Contains("필리핀")),
            "combined" => Expected((a, p) => a["quasi_force_posture"] == "true" && p.Contains("PHL") && Years(a).Any(y => y >= 2019)),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };
        Assert.NotEmpty(expected);
        var page = await browser.OpenAsync("arrangements.html?" + query);
        var shown = await VisibleIdsAsync(page);
        Assert.Equal(expected, shown.Order(StringComparer.Ordinal).ToList());
        Assert.Equal($"Showing {expected.Count} of {repo.Rows("agreements.csv").Count}", await page.TextContentAsync("#count"));
        await page.CloseAsync();
    }

    [RequiresChromiumFact]
    public async Task Filters_set_in_the_form_go_into_the_url_and_that_url_restores_them()
    {
        var page = await browser.OpenAsync("arrangements.html");
        await page.SelectOptionAsync("#f-type", "visiting-forces-agreement");
        await page.FillAsync("#f-from", "2000");
        await page.CheckAsync("#f-view-timeline");
        var link = await page.GetAttributeAsync("#view-link", "href");
        Assert.Equal("arrangements.html?type=visiting-forces-agreement&from=2000&view=timeline", link);
        Assert.EndsWith("arrangements.html?type=visiting-forces-agreement&from=2000&view=timeline", page.Url, StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#table-view"));
        var events = await page.EvalOnSelectorAllAsync<string[]>("#timeline li[data-id]:not([hidden])", "es => es.map(e => e.dataset.id)");

        var restored = await browser.OpenAsync(link!);
        Assert.Equal("visiting-forces-agreement", await restored.InputValueAsync("#f-type"));
        Assert.Equal("2000", await restored.InputValueAsync("#f-from"));
        Assert.True(await restored.IsCheckedAsync("#f-view-timeline"));
        Assert.Equal(events, await restored.EvalOnSelectorAllAsync<string[]>("#timeline li[data-id]:not([hidden])", "es => es.map(e => e.dataset.id)"));

        // The timeline lists each visiting forces agreement's dates from 2000 on: one entry per date.
        var expected = repo.Rows("agreements.csv").Where(a => a["instrument_type"] == "visiting-forces-agreement")
            .SelectMany(a => Years(a).Where(y => y >= 2000).Select(_ => a["agreement_id"])).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, events.Order(StringComparer.Ordinal).ToList());
        await page.CloseAsync();
        await restored.CloseAsync();
    }

    [RequiresChromiumFact]
    public async Task Sorting_by_name_orders_the_rows_by_their_names()
    {
        var page = await browser.OpenAsync("arrangements.html?sort=name");
        var expected = repo.Rows("agreements.csv").OrderBy(a => a["name"], StringComparer.Ordinal).ThenBy(a => "a-" + a["agreement_id"], StringComparer.Ordinal)
            .Select(a => a["agreement_id"]).ToList();
        Assert.Equal(expected, await VisibleIdsAsync(page));
        await page.CloseAsync();
    }

    [RequiresChromiumFact]
    public async Task Korean_pages_name_countries_in_korean()
    {
        var page = await browser.OpenAsync("ko/arrangements.html?country=JPN");
        var countries = repo.Rows("countries.csv").ToDictionary(c => c["iso3"]);
        Assert.Equal(countries["JPN"]["name_ko"], (await page.EvalOnSelectorAsync<string>("#f-country", "s => s.selectedOptions[0].textContent"))!.Trim());
        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        var korea = await browser.OpenAsync("ko/countries/kor.html");
        Assert.Equal(countries["KOR"]["name_ko"], await korea.TextContentAsync("h1"));
        await page.CloseAsync();
        await korea.CloseAsync();
    }

    [RequiresChromiumFact]
    public async Task The_map_draws_from_local_files_and_every_page_requests_nothing_from_the_network()
    {
        var map = await browser.OpenAsync("map.html");
        await map.WaitForSelectorAsync("#map .geo", new() { Timeout = 20000 });
        // Every row is a point: at its coordinates, or (deployments, rows without coordinates) at its host country.
        var atCoordinates = await map.EvaluateAsync<int>("() => document.getElementById('map').data.reduce((n, t) => n + (t.lat ? t.lat.length : 0), 0)");
        var atHost = await map.EvaluateAsync<int>("() => document.getElementById('map').data.reduce((n, t) => n + (t.locations ? t.locations.length : 0), 0)");
        var rows = new[] { "us-bases.csv", "access-sites.csv", "industrial-facilities.csv" }.SelectMany(f => repo.Rows(f)).ToList();
        var deployments = repo.Rows("rotational-deployments.csv").Select(d => (d["deployment_id"], d["host_iso3"])).Distinct().Count();
        Assert.Equal(rows.Count(r => r["lat"] != "" && r["lon"] != ""), atCoordinates);
        Assert.Equal(rows.Count(r => r["lat"] == "" || r["lon"] == "") + deployments, atHost);
        await map.CloseAsync();
        foreach (var path in new[] { "index.html", "arrangements.html", "countries/index.html", "countries/kor.html", "downloads.html", "ko/index.html", "ko/map.html", "ko/downloads.html" })
            await (await browser.OpenAsync(path)).CloseAsync();
        Assert.Empty(browser.NetworkRequests);
    }

    public static TheoryData<string> AccessibilityPages => new()
    {
        "index.html", "arrangements.html", "countries/index.html", "countries/kor.html", "map.html", "downloads.html",
        "countries/fra.html", "ko/index.html", "ko/arrangements.html", "ko/countries/kor.html", "ko/countries/fra.html", "ko/downloads.html",
    };

    [RequiresAxeTheory]
    [MemberData(nameof(AccessibilityPages))]
    public async Task Axe_finds_no_serious_accessibility_violation(string path)
    {
        Assert.True(File.Exists(RequiresAxeFactAttribute.AxePath), $"axe-core is not installed: cd tests/accessibility && npm ci ({RequiresAxeFactAttribute.AxePath})");
        var page = await browser.OpenAsync(path);
        await page.AddScriptTagAsync(new() { Path = RequiresAxeFactAttribute.AxePath });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return { passes: r.passes.length, serious: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes, e.g. ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') + ')') };
            }
            """);
        Assert.True(result.GetProperty("passes").GetInt32() > 5, "axe ran almost no rules");
        var serious = result.GetProperty("serious").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(serious.Count == 0, $"{path}: " + string.Join("\n", serious));
        await page.CloseAsync();
    }
}
