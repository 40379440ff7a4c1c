using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ForcePosture.Figures;
using ForcePosture.Site;
using ForcePosture.Tests.Analyses;
using ForcePosture.Tests.DataLayer;

namespace ForcePosture.Tests.Site;

/// <summary>
/// The tracker as files: the committed <c>site/</c> is what a build makes now (so it is never stale), two builds are
/// byte-identical, every internal link resolves, every arrangement row links all its sources, the Korean pages name countries
/// in Korean, and a package with problems builds nothing. Expected values are read from the CSV files directly.
/// </summary>
[Collection(RepositoryCsvCollection.Name)]
public partial class SiteBuildTests(RepositoryCsv repo)
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    private static readonly Lazy<Task<SortedDictionary<string, byte[]>>> Built = new(() =>
        SiteBuilder.RenderAsync(ForcePostureData.Load(RepositoryCsv.DataDirectory), Root));

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("""<(?:script|img|link|iframe|source)\b[^>]*(?:src|href)="(?:https?:)?//""")]
    private static partial Regex NetworkLoad();

    [Fact]
    public async Task The_committed_site_is_what_a_build_makes_now()
    {
        var built = await Built.Value;
        var folder = Path.Combine(Root, SiteBuilder.Folder);
        var committed = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToHashSet()
            : [];
        var missing = built.Keys.Where(k => !committed.Contains(k)).ToList();
        var extra = committed.Where(k => !built.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var differ = built.Where(kv => committed.Contains(kv.Key) && !File.ReadAllBytes(Path.Combine(folder, kv.Key)).AsSpan().SequenceEqual(kv.Value)).Select(kv => kv.Key).ToList();
        Assert.True(missing.Count + extra.Count + differ.Count == 0,
            "site/ is stale: run `dotnet run --project lib/ForcePosture.Cli -- site` (or `reproduce`) and commit it. " +
            $"Missing: {string.Join(", ", missing.Take(5))}; not built any more: {string.Join(", ", extra.Take(5))}; different: {string.Join(", ", differ.Take(5))}");
    }

    [Fact]
    public async Task Two_builds_are_byte_identical()
    {
        var first = await Built.Value;
        var second = await SiteBuilder.RenderAsync(ForcePostureData.Load(RepositoryCsv.DataDirectory), Root);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(second[kv.Key]), $"{kv.Key} differs between two builds"));
    }

    [Fact]
    public async Task Every_internal_link_and_anchor_resolves_and_nothing_is_loaded_from_a_network_host()
    {
        var built = await Built.Value;
        var pages = built.Where(kv => kv.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetString(kv.Value));
        var ids = pages.ToDictionary(p => p.Key, p => Regex.Matches(p.Value, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet());
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (page, html) in pages)
        {
            Assert.DoesNotMatch(NetworkLoad(), html);
            foreach (var link in Reference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct())
            {
                if (link.StartsWith("http://", StringComparison.Ordinal) || link.StartsWith("https://", StringComparison.Ordinal)) continue;
                checkedLinks++;
                var (target, anchor) = link.Split('#') is [var t, var a] ? (t, a) : (link, null);
                target = target.Split('?')[0];
                var sitePath = target.Length == 0 ? page : Normalise(Path.GetDirectoryName(page)!, target);
                bool exists = sitePath.StartsWith("../", StringComparison.Ordinal)
                    ? File.Exists(Path.Combine(Root, sitePath[3..])) || Directory.Exists(Path.Combine(Root, sitePath[3..]))
                    : built.ContainsKey(sitePath);
                if (!exists) broken.Add($"{page}: {link} (no file)");
                else if (anchor is { Length: > 0 } && !(ids.TryGetValue(sitePath, out var targetIds) && targetIds.Contains(anchor)))
                    broken.Add($"{page}: {link} (no id \"{anchor}\")");
            }
        }

        Assert.True(checkedLinks > 5000, $"only {checkedLinks} internal links checked");
        Assert.True(broken.Count == 0, $"{broken.Count} broken links, e.g.\n" + string.Join("\n", broken.Take(20)));
    }

    /// <summary>A path relative to the site's folder ("../x" when it leaves the site for the repository).</summary>
    private static string Normalise(string directory, string relative)
    {
        var parts = new List<string>(directory.Length == 0 ? [] : directory.Split('/'));
        foreach (var part in relative.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1); else parts.Add(".."); }
            else if (part != "." && part.Length > 0) parts.Add(part);
        }

        return string.Join('/', parts);
    }

    [Fact]
    public async Task Every_arrangement_row_links_each_of_its_sources_from_the_csv()
    {
        var built = await Built.Value;
        var urls = repo.Rows("sources.csv").ToDictionary(s => s["source_id"], s => s["url"]);
        foreach (var language in new[] { "", "ko/" })
        {
            var html = Encoding.UTF8.GetString(built[language + "arrangements.html"]);
            var agreements = repo.Rows("agreements.csv");
            Assert.Equal(agreements.Count, Regex.Matches(html, "<tr id=\"a-").Count);
            foreach (var a in agreements)
            {
                var start = html.IndexOf($"<tr id=\"a-{a["agreement_id"]}\"", StringComparison.Ordinal);
                Assert.True(start >= 0, $"no row for {a["agreement_id"]}");
                var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
                var hrefs = Reference().Matches(row).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();
                var ids = new[] { a["source_id"] }.Concat(a["other_source_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                Assert.All(ids, id => Assert.True(hrefs.Contains(urls[id]), $"{language}arrangements.html: row {a["agreement_id"]} has no link to {id} ({urls[id]})"));
            }
        }
    }

    [Fact]
    public async Task Every_garrison_is_listed_on_its_senders_and_its_hosts_page_with_its_figure_and_sources_from_the_csv()
    {
        var built = await Built.Value;
        var urls = repo.Rows("sources.csv").ToDictionary(s => s["source_id"], s => s["url"]);
        var garrisons = repo.Rows("european-forces.csv");
        Assert.NotEmpty(garrisons);
        foreach (var language in new[] { "", "ko/" })
            foreach (var g in garrisons)
                foreach (var iso3 in new[] { g["sender_iso3"], g["host_iso3"] })
                {
                    var page = $"{language}countries/{iso3.ToLowerInvariant()}.html";
                    Assert.True(built.ContainsKey(page), $"no page {page} for {g["force_id"]}");
                    var html = Encoding.UTF8.GetString(built[page]);
                    var start = html.IndexOf($"<tr id=\"garrison-{g["force_id"]}\"", StringComparison.Ordinal);
                    Assert.True(start >= 0, $"{page}: no row for {g["force_id"]}");
                    var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
                    var text = WebUtility.HtmlDecode(Regex.Replace(row, "<[^>]+>", " "));
                    Assert.Contains(g["main_base"], text, StringComparison.Ordinal);
                    if (g["personnel"] is { Length: > 0 } personnel)
                        Assert.Contains(int.Parse(personnel, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
                    if (g["figure_date"] is { Length: > 0 } date) Assert.Contains(date, text, StringComparison.Ordinal);
                    var hrefs = Reference().Matches(row).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();
                    var ids = new[] { g["source_id"] }.Concat(g["other_source_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    Assert.All(ids, id => Assert.True(hrefs.Contains(urls[id]), $"{page}: garrison {g["force_id"]} has no link to {id} ({urls[id]})"));
                }
    }

    [Fact]
    public async Task Korean_country_pages_are_headed_with_the_korean_name_and_english_ones_with_the_english_name()
    {
        var built = await Built.Value;
        var countries = repo.Rows("countries.csv").ToDictionary(c => c["iso3"]);
        var pages = built.Keys.Where(k => k.StartsWith("countries/", StringComparison.Ordinal) && k != "countries/index.html").ToList();
        var parties = repo.Rows("agreement-parties.csv").Select(p => p["iso3"]).Distinct().ToList();
        Assert.All(parties, iso3 => Assert.Contains($"countries/{iso3.ToLowerInvariant()}.html", pages));
        foreach (var page in pages)
        {
            var c = countries[Path.GetFileNameWithoutExtension(page).ToUpperInvariant()];
            string Heading(string path) => WebUtility.HtmlDecode(Regex.Match(Encoding.UTF8.GetString(built[path]), "<h1>(.*?)</h1>").Groups[1].Value);
            Assert.Equal(c["name_en"], Heading(page));
            Assert.Equal(c["name_ko"] is { Length: > 0 } ko ? ko : c["name_en"], Heading("ko/" + page));
            Assert.Contains("<html lang=\"ko\">", Encoding.UTF8.GetString(built["ko/" + page]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task South_Koreas_page_counts_each_kind_as_the_csv_gives_it()
    {
        // Quasi-force posture initiatives concluded 2000 to the as-of year (signed, else in force; rows only announced are not
        // concluded), the country in any role.
        var built = await Built.Value;
        var html = Encoding.UTF8.GetString(built["countries/kor.html"]);
        var kinds = new Dictionary<string, string[]>
        {
            ["New security treaties"] = ["security-treaty-or-pact", "mutual-defence-treaty"],
            ["Reciprocal access (RAA, VFA, SOFA)"] = ["reciprocal-access-agreement", "visiting-forces-agreement", "status-of-forces-agreement"],
            ["Land leasing"] = ["land-lease"],
        };
        var asOfYear = repo.Data.AsOf("agreements").Year;
        var parties = repo.Rows("agreement-parties.csv");
        foreach (var (kind, types) in kinds)
        {
            var row = Regex.Match(html, $"<tr><th scope=\"row\">{Regex.Escape(kind)}</th>(.*?)</tr>").Groups[1].Value;
            Assert.NotEmpty(row);
            var counts = Regex.Matches(row, "<span class=\"count\">(\\d+)</span>").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            var expected = new[] { "KOR", "JPN", "AUS", "PHL", "USA" }.Select(c => repo.Rows("agreements.csv").Count(a =>
                a["quasi_force_posture"] == "true" && types.Contains(a["instrument_type"])
                && (a["signed"] is { Length: > 0 } s ? s : a["in_force"]) is { Length: >= 4 } d
                && int.Parse(d[..4]) is >= 2000 and var y && y <= asOfYear
                && parties.Any(p => p["agreement_id"] == a["agreement_id"] && p["iso3"] == c))).ToList();
            Assert.Equal(expected, counts);
        }
    }

    [Fact]
    public async Task A_package_with_problems_builds_nothing_and_says_why()
    {
        using var fixture = FixturePackage.Copy();
        fixture.ReplaceLine("agreements.csv", 2, "broken,row");
        var data = ForcePostureData.Load(fixture.Directory);
        Assert.False(data.IsValid);
        var e = await Assert.ThrowsAsync<InvalidPackageException>(() => SiteBuilder.RenderAsync(data, Root));
        Assert.Contains("site not built", e.Message, StringComparison.Ordinal);
        Assert.Contains("agreements.csv", e.Message, StringComparison.Ordinal);

        var output = Path.Combine(fixture.Directory, "site-out");
        var writer = new StringWriter();
        var code = await ForcePosture.Cli.Commands.SiteCommand.RunAsync(CopyOfRepositoryWith(fixture.Directory), output, writer);
        Assert.Equal(1, code);
        Assert.Contains("site not built: the data package has", writer.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>A repository whose data/ is the fixture (the figures and translations are the real ones').</summary>
    private static string CopyOfRepositoryWith(string dataDirectory)
    {
        var root = Path.Combine(Path.GetDirectoryName(dataDirectory)!, Path.GetFileName(dataDirectory) + "-repo");
        Directory.CreateDirectory(root);
        var data = Path.Combine(root, "data");
        if (!Directory.Exists(data)) Directory.CreateSymbolicLink(data, dataDirectory);
        return root;
    }
}
