using Plotly.NET;

namespace ForcePosture.Charts;

/// <summary>A point of a map layer: at its coordinates, or (when both are missing) at the centre of its country.</summary>
/// <param name="Iso3">The country, for a point placed by country (and otherwise only carried along).</param>
/// <param name="Latitude">Degrees north, or null for a point placed by country.</param>
/// <param name="Longitude">Degrees east, or null for a point placed by country.</param>
/// <param name="Hover">The text shown when the pointer is over the point (interactive HTML).</param>
/// <param name="Label">The text printed beside the point, or null for none.</param>
public sealed record GeoPoint(string? Iso3, double? Latitude, double? Longitude, string Hover, string? Label = null);

/// <summary>Where a map's legend goes.</summary>
public enum MapLegendPlacement
{
    /// <summary>Inside the map's frame, in its bottom-left corner, on a white box: where the map's ranges leave the frame
    /// narrower or lower than the chart, the corner is the frame's, not the chart's.</summary>
    FrameBottomLeft,

    /// <summary>In the chart's bottom-left corner, whatever the frame: for a legend wider than the margin a narrow frame leaves.</summary>
    ChartBottomLeft,
}

/// <summary>Maps drawn with plotly's scattergeo: a layer of points with its own marker, and the map's frame (equirectangular
/// projection, Natural Earth base map, land and borders in greys, a legend on a white box).</summary>
public static class GeoMap
{
    /// <summary>The frame's side margins in CSS px: the map takes the whole chart but for these.</summary>
    public const int Margin = 8;

    /// <summary>One scattergeo trace: the points with one marker shape, colour and size, outlined in dark grey, and their
    /// labels (when any point has one) at <paramref name="labelPosition"/>.</summary>
    /// <param name="name">The layer's legend entry.</param>
    /// <param name="points">Either all placed by coordinates or all by country.</param>
    /// <param name="symbol">A plotly marker symbol ("circle-open", "star", "hexagon").</param>
    /// <param name="colour">The marker's fill colour.</param>
    /// <param name="size">The marker's size in CSS px.</param>
    /// <param name="labelPosition">A plotly text position ("middle right", "top center").</param>
    /// <exception cref="ArgumentException">Some points have coordinates and others not, or a point has only one of the two,
    /// or a point placed by country has no country.</exception>
    public static GenericChart Layer(string name, IReadOnlyList<GeoPoint> points, string symbol, string colour, int size, string labelPosition = "middle right")
    {
        ArgumentNullException.ThrowIfNull(points);
        var byCountry = points.All(p => p.Latitude is null && p.Longitude is null);
        if (!byCountry && points.Any(p => p.Latitude is null || p.Longitude is null))
            throw new ArgumentException($"The layer \"{name}\" mixes points with and without coordinates; a layer is placed either by coordinates or by country.", nameof(points));
        if (byCountry && points.Any(p => string.IsNullOrEmpty(p.Iso3)))
            throw new ArgumentException($"The layer \"{name}\" has a point with neither coordinates nor a country.", nameof(points));

        var trace = new TraceGeo("scattergeo");
        if (byCountry) { trace.SetProperty("locations", points.Select(p => p.Iso3!).ToArray()); trace.SetProperty("locationmode", "ISO-3"); }
        else { trace.SetProperty("lat", points.Select(p => p.Latitude!.Value).ToArray()); trace.SetProperty("lon", points.Select(p => p.Longitude!.Value).ToArray()); }
        var withLabels = points.Any(p => p.Label is not null);
        trace.SetProperty("mode", withLabels ? "markers+text" : "markers");
        if (withLabels)
        {
            trace.SetProperty("text", points.Select(p => p.Label ?? "").ToArray());
            trace.SetProperty("textposition", labelPosition);
            trace.SetProperty("textfont", new Dictionary<string, object> { ["size"] = 11 });
        }
        trace.SetProperty("hovertext", points.Select(p => p.Hover).ToArray());
        trace.SetProperty("hoverinfo", "text");
        trace.SetProperty("name", name);
        trace.SetProperty("marker", new Dictionary<string, object>
        {
            ["symbol"] = symbol, ["size"] = size, ["color"] = colour,
            ["line"] = new Dictionary<string, object> { ["width"] = 1, ["color"] = "#222222" },
        });
        return GenericChart.ofTraceObject(true, trace);
    }

    /// <summary>The chart as a map from <paramref name="west"/> eastwards to <paramref name="east"/> (past 180 when the map
    /// crosses the date line) and from <paramref name="south"/> to <paramref name="north"/>, centred on
    /// <paramref name="centreLongitude"/>, with the Natural Earth base map at <paramref name="resolution"/> (50 or 110: 1:50m or
    /// 1:110m), framed, and with the legend placed as <paramref name="legend"/> says.</summary>
    /// <param name="chart">The layers (<see cref="Layer"/>), combined.</param>
    /// <param name="west">The frame's west edge, degrees east.</param>
    /// <param name="east">The frame's east edge, degrees east (above 180 past the date line).</param>
    /// <param name="south">The frame's south edge, degrees north.</param>
    /// <param name="north">The frame's north edge, degrees north.</param>
    /// <param name="centreLongitude">The projection's central meridian.</param>
    /// <param name="resolution">The base map's scale: 50 (1:50m) or 110 (1:110m).</param>
    /// <param name="legend">Where the legend goes.</param>
    /// <param name="size">The size the figure is saved at: it decides the chart's shape, and so where the frame lies in it
    /// (plotly fits the map's ranges into the chart without stretching them).</param>
    /// <exception cref="ArgumentException">A range is empty or reversed, or <paramref name="size"/> is one whose chart height
    /// depends on the figure's text (a slide), so the frame's place is not known when the chart is built.</exception>
    public static GenericChart WithMapFrame(this GenericChart chart, double west, double east, double south, double north, double centreLongitude,
        int resolution, FigureSize size, MapLegendPlacement legend = MapLegendPlacement.FrameBottomLeft)
    {
        if (!(east > west)) throw new ArgumentException($"The map's east edge ({east}) must lie east of its west edge ({west}).", nameof(east));
        if (!(north > south)) throw new ArgumentException($"The map's north edge ({north}) must lie north of its south edge ({south}).", nameof(north));
        var (frameLeft, frameBottom) = FrameCorner(east - west, north - south, size);

        var geo = new Plotly.NET.LayoutObjects.Geo();
        geo.SetProperty("resolution", resolution);
        geo.SetProperty("showland", true); geo.SetProperty("landcolor", "#eeeeee");
        geo.SetProperty("showcountries", true); geo.SetProperty("countrycolor", "#aaaaaa");
        geo.SetProperty("coastlinecolor", "#666666"); geo.SetProperty("showframe", true);
        geo.SetProperty("projection", new Dictionary<string, object> { ["type"] = "equirectangular", ["rotation"] = new Dictionary<string, object> { ["lon"] = centreLongitude } });
        geo.SetProperty("lonaxis", new Dictionary<string, object> { ["range"] = new[] { west, east } });
        geo.SetProperty("lataxis", new Dictionary<string, object> { ["range"] = new[] { south, north } });
        geo.SetProperty("domain", new Dictionary<string, object> { ["x"] = new[] { 0.0, 1.0 }, ["y"] = new[] { 0.0, 1.0 } });
        var withMap = Chart.withGeo(geo, null).Invoke(chart);

        var layout = GenericChart.getLayout(withMap);
        var (x, y) = legend == MapLegendPlacement.FrameBottomLeft ? (Math.Round(frameLeft + 0.005, 4), Math.Round(frameBottom + 0.01, 4)) : (0.005, 0.01);
        layout.SetProperty("legend", new Dictionary<string, object>
        {
            ["orientation"] = "v", ["x"] = x, ["y"] = y, ["xanchor"] = "left", ["yanchor"] = "bottom",
            ["bgcolor"] = "rgba(255,255,255,0.9)", ["bordercolor"] = "#666666", ["borderwidth"] = 1, ["font"] = new Dictionary<string, object> { ["size"] = 11 },
        });
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = Margin, ["r"] = Margin, ["t"] = Margin, ["b"] = Margin });
        return GenericChart.setLayout(layout, withMap);
    }

    /// <summary>The frame's bottom-left corner as fractions of the chart's plot area (plotly's "paper" coordinates): a map of
    /// <paramref name="lonSpan"/> by <paramref name="latSpan"/> degrees (equirectangular: a degree is as long either way) fitted
    /// into the plot area and centred in it, as plotly does.</summary>
    /// <exception cref="ArgumentException"><paramref name="size"/>'s chart height depends on the figure's text.</exception>
    public static (double Left, double Bottom) FrameCorner(double lonSpan, double latSpan, FigureSize size)
    {
        var dimensions = FigureDimensions.For(size);
        if (dimensions.HeightIncludesText)
            throw new ArgumentException($"A map's frame is placed for a chart of known height; {size} figures give the chart what their text leaves. Save maps at {FigureSize.Column} or {FigureSize.Page} size.", nameof(size));
        double width = dimensions.Width - 2 * Margin, height = dimensions.Height - 2 * Margin;
        var frameWidth = Math.Min(width, height * lonSpan / latSpan);
        var frameHeight = Math.Min(height, width * latSpan / lonSpan);
        return (Math.Round((width - frameWidth) / 2 / width, 4), Math.Round((height - frameHeight) / 2 / height, 4));
    }
}
