using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Charts;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Charts;

/// <summary>Map layers and the map's frame: where the frame lies in the chart, and the legend placed in its corner.</summary>
public sealed class GeoMapTests
{
    private static readonly GeoPoint Tokyo = new("JPN", 35.7, 139.7, "Tokyo", "Tokyo");

    [Property]
    public Property The_frame_keeps_the_maps_shape_touches_two_sides_of_the_chart_and_is_centred() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 360)), Arb.From(Gen.Choose(1, 180)), Arb.From(Gen.Elements(FigureSize.Column, FigureSize.Page)), (lon, lat, size) =>
        {
            var (left, bottom) = GeoMap.FrameCorner(lon, lat, size);
            var d = FigureDimensions.For(size);
            double width = d.Width - 2 * GeoMap.Margin, height = d.Height - 2 * GeoMap.Margin;
            var frameWidth = (1 - 2 * left) * width;
            var frameHeight = (1 - 2 * bottom) * height;
            // Corners are rounded to 1/10,000 of the chart: the frame's sides are right to within a tenth of a pixel.
            var keepsShape = left == 0
                ? Math.Abs(frameHeight - width * lat / lon) <= 0.11
                : Math.Abs(frameWidth - height * lon / lat) <= 0.11;
            return left >= 0 && bottom >= 0 && left < 0.5 && bottom < 0.5 && (left == 0 || bottom == 0) && keepsShape;
        });

    [Fact]
    public void A_wide_map_leaves_bands_above_and_below_and_its_legend_sits_in_the_frames_corner()
    {
        // 285 by 110 degrees in a page chart of 944 by 524 px: the frame is 944 px wide and 364 px high, 80 px from the bottom.
        var (left, bottom) = GeoMap.FrameCorner(285, 110, FigureSize.Page);
        Assert.Equal(0, left);
        Assert.Equal(Math.Round((524 - 944 * 110.0 / 285) / 2 / 524, 4), bottom);
        var layout = PlotlyFigure.FromChart(GeoMap.Layer("Tokyo", [Tokyo], "circle", "#000000", 8)
            .WithMapFrame(-125, 160, -45, 65, 25, 110, FigureSize.Page))["layout"]!;
        Assert.Equal(0.005, layout["legend"]!["x"]!.GetValue<double>());
        Assert.Equal(Math.Round(bottom + 0.01, 4), layout["legend"]!["y"]!.GetValue<double>());
        Assert.Equal([-125.0, 160.0], layout["geo"]!["lonaxis"]!["range"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal(110, layout["geo"]!["resolution"]!.GetValue<int>());
    }

    [Fact]
    public void A_legend_in_the_charts_corner_ignores_the_frame()
    {
        var layout = PlotlyFigure.FromChart(GeoMap.Layer("Tokyo", [Tokyo], "circle", "#000000", 8)
            .WithMapFrame(60, 185, -48, 52, 122.5, 50, FigureSize.Page, MapLegendPlacement.ChartBottomLeft))["layout"]!;
        Assert.Equal((0.005, 0.01), (layout["legend"]!["x"]!.GetValue<double>(), layout["legend"]!["y"]!.GetValue<double>()));
    }

    [Fact]
    public void Reversed_ranges_and_slides_are_refused()
    {
        var layer = GeoMap.Layer("Tokyo", [Tokyo], "circle", "#000000", 8);
        Assert.Throws<ArgumentException>(() => layer.WithMapFrame(160, -125, -45, 65, 25, 110, FigureSize.Page));
        Assert.Throws<ArgumentException>(() => layer.WithMapFrame(-125, 160, 65, -45, 25, 110, FigureSize.Page));
        var slide = Assert.Throws<ArgumentException>(() => layer.WithMapFrame(-125, 160, -45, 65, 25, 110, FigureSize.Slide));
        Assert.Contains("Slide", slide.Message, StringComparison.Ordinal);
    }

    private static JsonObject Trace(Plotly.NET.GenericChart chart) => (JsonObject)PlotlyFigure.FromChart(chart)["data"]!.AsArray().Single()!;

    [Fact]
    public void A_layer_is_placed_by_coordinates_or_by_country()
    {
        var sites = Trace(GeoMap.Layer("Sites", [Tokyo, new GeoPoint("AUS", -12.4, 130.8, "Darwin")], "star", "#009E73", 12, "top left"));
        Assert.Equal([35.7, -12.4], sites["lat"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Null(sites["locations"]);
        Assert.Equal("markers+text", sites["mode"]!.GetValue<string>());
        Assert.Equal(["Tokyo", ""], sites["text"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("top left", sites["textposition"]!.GetValue<string>());

        var hosts = Trace(GeoMap.Layer("Hosts", [new GeoPoint("PHL", null, null, "Philippines: 2")], "diamond", "#E69F00", 11));
        Assert.Equal(["PHL"], hosts["locations"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("ISO-3", hosts["locationmode"]!.GetValue<string>());
        Assert.Null(hosts["lat"]);
        Assert.Equal("markers", hosts["mode"]!.GetValue<string>());
    }

    [Fact]
    public void A_layer_mixing_placements_or_without_a_place_is_refused_naming_it()
    {
        var mixed = Assert.Throws<ArgumentException>(() => GeoMap.Layer("Mixed", [Tokyo, new GeoPoint("PHL", null, null, "Philippines")], "circle", "#000000", 8));
        Assert.Contains("\"Mixed\"", mixed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GeoMap.Layer("Half", [new GeoPoint("PHL", 14.6, null, "Manila")], "circle", "#000000", 8));
        Assert.Throws<ArgumentException>(() => GeoMap.Layer("Nowhere", [new GeoPoint(null, null, null, "?")], "circle", "#000000", 8));
    }
}
