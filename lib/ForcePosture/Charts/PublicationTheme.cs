using System.Text.Json.Nodes;

namespace ForcePosture.Charts;

/// <summary>The sizes a figure is designed for: the column widths journals and think-tank reports print at, and a slide.
/// <see cref="Column"/> is the default of <c>Figure.Save</c>.</summary>
public enum FigureSize
{
    /// <summary>Single column of a two-column page: 8.5 cm wide (the chart 480 × 360 CSS px), the default.</summary>
    Column,

    /// <summary>Double column, the full text width of a page: 17.5 cm wide (the chart 960 × 540 CSS px).</summary>
    Page,

    /// <summary>A 16:9 slide: the whole image, text included, 1024 × 576 CSS px, 25.4 cm (10 in) wide, with a larger font.</summary>
    Slide,
}

/// <summary>Layout size in CSS pixels, base font size, the scale of the print PNG and the printed width. Column and page
/// figures print their 14 px base font at about 7 pt (14 px of 480 px over 8.5 cm, of 960 px over 17.5 cm); the slide's 18 px
/// at about 13 pt over 25.4 cm. Every print PNG has at least 300 pixels per printed inch (323, 313 and 307): print resolution,
/// and no more, since every extra pixel is rasterised and encoded twice (English and Korean) on every run.</summary>
/// <param name="Width">Layout width in CSS pixels.</param>
/// <param name="Height">Layout height in CSS pixels: of the chart, or, when <paramref name="HeightIncludesText"/>, of the whole image.</param>
/// <param name="FontSize">Base font size in CSS pixels.</param>
/// <param name="PrintScale">Device scale factor of the print PNG (2.25: 1,080 px wide for a column figure).</param>
/// <param name="PrintWidthCm">The printed width: written into the PNG (its pixel density), the SVG and the PDF page, so a
/// word processor or layout program places the figure at that width.</param>
/// <param name="HeightIncludesText">True when the image keeps <paramref name="Height"/> and the chart gets what its title,
/// subtitle, notes and sources leave (a slide); false when the image grows by its text (columns).</param>
public sealed record FigureDimensions(int Width, int Height, int FontSize, double PrintScale, double PrintWidthCm, bool HeightIncludesText = false)
{
    /// <summary>The dimensions of a size preset.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not a defined preset.</exception>
    public static FigureDimensions For(FigureSize size) => size switch
    {
        FigureSize.Column => new FigureDimensions(480, 360, 14, 2.25, 8.5),
        FigureSize.Page => new FigureDimensions(960, 540, 14, 2.25, 17.5),
        FigureSize.Slide => new FigureDimensions(1024, 576, 18, 3, 25.4, HeightIncludesText: true),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "unknown figure size"),
    };

    /// <summary>The print PNG's width or height in pixels for <paramref name="cssPixels"/> of the image (rounded as the browser's canvas is).</summary>
    public int PrintPixels(int cssPixels) => (int)Math.Round(cssPixels * PrintScale, MidpointRounding.AwayFromZero);

    /// <summary>The printed height of an image of <paramref name="imageHeight"/> CSS px (the chart's plus its text), at this width.</summary>
    public double PrintHeightCm(int imageHeight) => PrintWidthCm * imageHeight / Width;
}

/// <summary>The repository's one publication theme, applied to a figure's plotly JSON: Open Sans (fonts-open-sans), the
/// Okabe-Ito colour-blind-safe palette, and per-series dash, marker and bar-fill patterns so a chart still reads in black and
/// white; integer ticks for year axes; plain white background with outside ticks. Properties the chart already sets are kept,
/// except width and height, which the chosen <see cref="FigureSize"/> decides.</summary>
public static class PublicationTheme
{
    /// <summary>The font of every text in a figure (Debian's fonts-open-sans; .ci/run installs it).</summary>
    public const string FontFamily = "Open Sans";

    /// <summary>Okabe &amp; Ito (2008), "Color Universal Design", ordered so the first colours contrast most on white; yellow last.</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#000000", "#F0E442"];

    /// <summary>Plotly line dashes, one per series in order, so lines differ in black and white.</summary>
    public static IReadOnlyList<string> LineDashes { get; } = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"];

    /// <summary>Plotly marker symbols, one per series in order.</summary>
    public static IReadOnlyList<string> MarkerSymbols { get; } =
        ["circle", "square", "diamond", "triangle-up", "x", "cross", "triangle-down", "star"];

    /// <summary>Plotly bar fill patterns ("" for solid), one per series in order.</summary>
    public static IReadOnlyList<string> BarPatterns { get; } = ["", "/", "\\", "x", ".", "-", "|", "+"];

    /// <summary>Applies the theme to figure JSON in place.</summary>
    public static void Apply(JsonObject figure, FigureSize size)
    {
        var dimensions = FigureDimensions.For(size);
        var layout = Child(figure, "layout");
        var data = figure["data"] as JsonArray ?? [];

        layout["width"] = dimensions.Width;
        layout["height"] = dimensions.Height;
        layout["autosize"] = false;
        SetDefault(layout, "font", new JsonObject { ["family"] = FontFamily, ["size"] = dimensions.FontSize, ["color"] = "#222222" });
        SetDefault(layout, "colorway", new JsonArray([.. Palette.Select(c => (JsonNode)c)]));
        SetDefault(layout, "paper_bgcolor", "#ffffff");
        SetDefault(layout, "plot_bgcolor", "#ffffff");
        SetDefault(layout, "margin", new JsonObject { ["l"] = 64, ["r"] = 16, ["t"] = 32, ["b"] = 56 });
        // Legend in one row above the plot (the figure's title is drawn above the whole chart), so the plot keeps the full width.
        SetDefault(layout, "legend", new JsonObject
        {
            ["orientation"] = "h", ["x"] = 0, ["xanchor"] = "left", ["y"] = 1.02, ["yanchor"] = "bottom", ["bgcolor"] = "rgba(255,255,255,0)",
        });
        foreach (var axisName in new[] { "xaxis", "yaxis" })
        {
            var axis = Child(layout, axisName);
            SetDefault(axis, "showline", true);
            SetDefault(axis, "linecolor", "#444444");
            SetDefault(axis, "ticks", "outside");
            SetDefault(axis, "gridcolor", "#e6e6e6");
            SetDefault(axis, "zeroline", false);
            // Long category labels (country names, instrument types) widen the margin instead of being cut off.
            SetDefault(axis, "automargin", true);
            if (IsYearAxis(data, axisName[0].ToString()))
                SetDefault(axis, "tickformat", "d");
        }

        var barCount = data.Count(t => (t?["type"]?.GetValue<string>()) == "bar");
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject trace) continue;
            var type = trace["type"]?.GetValue<string>() ?? "scatter";
            if (type is "scatter" or "scattergl")
            {
                var mode = trace["mode"]?.GetValue<string>() ?? "lines+markers";
                if (mode.Contains("lines", StringComparison.Ordinal)) SetDefault(Child(trace, "line"), "dash", LineDashes[i % LineDashes.Count]);
                if (mode.Contains("markers", StringComparison.Ordinal)) SetDefault(Child(trace, "marker"), "symbol", MarkerSymbols[i % MarkerSymbols.Count]);
            }
            else if (type == "bar" && barCount > 1)
            {
                SetDefault(Child(Child(trace, "marker"), "pattern"), "shape", BarPatterns[i % BarPatterns.Count]);
            }
        }
    }

    /// <summary>The plotly config for static images (no mode bar) and for the interactive HTML (mode bar without the logo).</summary>
    public static JsonObject Config(bool forStaticImage) => forStaticImage
        ? new JsonObject { ["staticPlot"] = true, ["displayModeBar"] = false }
        : new JsonObject { ["displaylogo"] = false, ["responsive"] = true };

    /// <summary>An axis whose values in every trace are whole numbers between 1000 and 2999 (years) gets integer ticks,
    /// so it never shows "2,020.5".</summary>
    internal static bool IsYearAxis(JsonArray data, string letter)
    {
        var any = false;
        foreach (var trace in data.OfType<JsonObject>())
        {
            if (trace[letter] is not JsonArray values) continue;
            foreach (var value in values)
            {
                if (value is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.Number ||
                    !double.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    return false;
                if (number != Math.Floor(number) || number < 1000 || number > 2999) return false;
                any = true;
            }
        }
        return any;
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing) return existing;
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    private static void SetDefault(JsonObject target, string name, JsonNode? value)
    {
        if (target[name] is null) target[name] = value;
    }
}
