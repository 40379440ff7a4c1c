using System.Text.Json.Nodes;
using Plotly.NET;

namespace ForcePosture.Figures;

/// <summary>A chart as plotly.js figure JSON ({"data": [...], "layout": {...}}), the form that is rendered, exported and embedded.</summary>
internal static class PlotlyFigure
{
    private static readonly Newtonsoft.Json.JsonSerializerSettings Serialisation = new()
    {
        ReferenceLoopHandling = Newtonsoft.Json.ReferenceLoopHandling.Serialize,
    };

    /// <summary>The chart's figure JSON: its traces and layout as Plotly.NET serialises them, without Plotly.NET's default
    /// template. The publication theme replaces that template, which was about 97% of each figure's JSON (8.5 KB) and nearly
    /// all of the time Plotly.NET spent serialising it.</summary>
    public static JsonObject FromChart(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        var withoutTemplate = new Layout();
        foreach (var property in layout.GetProperties(true))
            if (property.Key != "template") withoutTemplate.SetProperty(property.Key, property.Value);
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { data = GenericChart.getTraces(chart), layout = withoutTemplate }, Serialisation);
        return JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidOperationException("Plotly.NET returned figure JSON that is not an object.");
    }

    /// <summary>The plotly.js that Plotly.NET embeds (the version its charts are made for), as text.</summary>
    public static string PlotlyJs() => System.Text.Encoding.UTF8.GetString(PlotlyJsBytes());

    /// <summary>The embedded plotly.js file, byte for byte.</summary>
    public static byte[] PlotlyJsBytes()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{PlotlyJsVersion()}.min.js";
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The plotly.js version Plotly.NET embeds, e.g. "2.28.0".</summary>
    public static string PlotlyJsVersion() =>
        typeof(GenericChart).Assembly.GetManifestResourceNames()
            .Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ["Plotly.NET.plotly-".Length..^".min.js".Length];
}
