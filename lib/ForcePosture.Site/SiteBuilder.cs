using System.Text;
using ForcePosture.Files;
using ForcePosture.Site.Model;
using ForcePosture.Site.Pages;
using ForcePosture.Site.Rendering;
using ForcePosture.Translations;
using Microsoft.AspNetCore.Components;

namespace ForcePosture.Site;

/// <summary>What a build wrote.</summary>
/// <param name="Files">Every file of the site, relative to its folder, in ordinal order.</param>
/// <param name="Written">The files whose content changed (or were new).</param>
/// <param name="Removed">Files of an earlier build that this one no longer makes.</param>
public sealed record SiteBuildResult(IReadOnlyList<string> Files, IReadOnlyList<string> Written, IReadOnlyList<string> Removed);

/// <summary>The package has problems, so no site was built.</summary>
public sealed class InvalidPackageException(string message) : Exception(message);

/// <summary>
/// Builds the tracker, <c>site/</c>: static HTML pages in English (at the root) and Korean (<c>ko/</c>) from a data package that
/// validates, the figures' metadata and <c>CITATION.cff</c>, with one style sheet and two small scripts. Every link is relative
/// and nothing is requested from a network host. The output depends only on its inputs (two builds are byte-identical).
/// </summary>
/// <example><code>
/// var data = ForcePostureData.Load(Path.Combine(root, "data"));
/// var result = await SiteBuilder.BuildAsync(data, root);   // writes root/site/
/// </code></example>
public static class SiteBuilder
{
    /// <summary>The site's folder, relative to the repository root.</summary>
    public const string Folder = "site";

    private static readonly string[] Assets = ["site.css", "tracker.js", "map.js"];

    /// <summary>Renders every file of the site in memory, keyed by its path relative to the site's folder.</summary>
    /// <exception cref="InvalidPackageException">The package has problems (the message names how many and the first).</exception>
    public static async Task<SortedDictionary<string, byte[]>> RenderAsync(Dataset data, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.IsValid)
            throw new InvalidPackageException($"site not built: {data.DataDirectory} has {data.Diagnostics.Count} problem(s), first {data.Diagnostics[0]}; run `validate` for all of them");
        var content = SiteContent.From(data, repositoryRoot);
        var translations = TranslationTable.ForRepository(repositoryRoot);
        if (Vocabulary.Untranslated(translations) is { Count: > 0 } untranslated)
            throw new InvalidOperationException($"{TranslationTable.RelativePath}: no Korean for {string.Join(", ", untranslated.Select(u => $"\"{u}\""))}, which the site's Korean pages need; add a row (english,korean) for each");
        var citationPath = Path.Combine(repositoryRoot, "CITATION.cff");
        var citation = File.Exists(citationPath) ? await File.ReadAllTextAsync(citationPath).ConfigureAwait(false) : "";
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        await using var renderer = new PageRenderer();
        foreach (var language in SiteLanguages.All)
        {
            var vocabulary = new Vocabulary(translations, language);
            PageContext Page(string path) => new(content, language, vocabulary, path);
            async Task Add<TPage>(string path, Dictionary<string, object?> parameters)
                where TPage : IComponent
            {
                parameters["Page"] = Page(path);
                files[language.Folder() + path] = Encoding.UTF8.GetBytes(await renderer.RenderAsync<TPage>(parameters).ConfigureAwait(false));
            }

            await Add<HomePage>("index.html", []).ConfigureAwait(false);
            await Add<ArrangementsPage>("arrangements.html", []).ConfigureAwait(false);
            await Add<CountryIndexPage>("countries/index.html", []).ConfigureAwait(false);
            foreach (var country in content.Countries)
                await Add<CountryPage>(SiteContent.CountryPage(country.Iso3), new() { ["Country"] = country }).ConfigureAwait(false);
            await Add<MapPage>("map.html", []).ConfigureAwait(false);
            await Add<DownloadsPage>("downloads.html", new() { ["Citation"] = citation }).ConfigureAwait(false);
        }

        foreach (var asset in Assets)
            files["assets/" + asset] = ReadAsset(asset);
        return files;
    }

    /// <summary>Builds the site into <c>site/</c> of the repository (or <paramref name="outputDirectory"/>): each file written
    /// atomically and only when its content changed, files an earlier build left and this one does not make removed.</summary>
    /// <exception cref="InvalidPackageException">The package has problems; nothing is written.</exception>
    public static async Task<SiteBuildResult> BuildAsync(Dataset data, string repositoryRoot, string? outputDirectory = null)
    {
        var files = await RenderAsync(data, repositoryRoot).ConfigureAwait(false);
        var folder = Path.GetFullPath(outputDirectory ?? Path.Combine(repositoryRoot, Folder));
        var written = new List<string>();
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(folder, path);
            if (AtomicFile.HasContent(full, bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteAllBytes(full, bytes);
            written.Add(path);
        }

        var removed = new List<string>();
        if (Directory.Exists(folder))
        {
            foreach (var full in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var path = Path.GetRelativePath(folder, full).Replace('\\', '/');
                if (files.ContainsKey(path)) continue;
                File.Delete(full);
                removed.Add(path);
            }

            foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
                if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }

        return new SiteBuildResult(files.Keys.ToList(), written, removed);
    }

    private static byte[] ReadAsset(string name)
    {
        using var stream = typeof(SiteBuilder).Assembly.GetManifestResourceStream("ForcePosture.Site.Assets." + name)
            ?? throw new InvalidOperationException($"the site's asset {name} is not embedded in {typeof(SiteBuilder).Assembly.GetName().Name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
