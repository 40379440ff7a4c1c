using System.Text.Json.Nodes;
using ForcePosture.Charts;
using ForcePosture.Figures;
using Plotly.NET;

namespace ForcePosture.Tests.Charts;

/// <summary>The layout additions a figure makes beyond the theme, and that the theme keeps them.</summary>
public sealed class ChartLayoutTests
{
    private static GenericChart Toy() => Plotly.NET.CSharp.Chart.Line<int, double, string>([2020, 2021], [1.0, 2.0], Name: "toy");

    private static JsonObject Layout(GenericChart chart) => (JsonObject)PlotlyFigure.FromChart(chart)["layout"]!;

    [Fact]
    public void A_margin_replaces_the_themes_and_the_theme_keeps_it()
    {
        var figure = PlotlyFigure.FromChart(Toy().WithMargin(left: 150, right: 40, top: 90, bottom: 56));
        PublicationTheme.Apply(figure, FigureSize.Column);
        var margin = figure["layout"]!["margin"]!;
        Assert.Equal([150, 40, 90, 56], new[] { "l", "r", "t", "b" }.Select(k => margin[k]!.GetValue<int>()));
    }

    [Fact]
    public void A_side_legend_is_one_column_right_of_the_plot_and_the_theme_keeps_it()
    {
        var figure = PlotlyFigure.FromChart(Toy().WithSideLegend());
        PublicationTheme.Apply(figure, FigureSize.Page);
        var legend = figure["layout"]!["legend"]!;
        Assert.Equal("v", legend["orientation"]!.GetValue<string>());
        Assert.True(legend["x"]!.GetValue<double>() > 1);
        Assert.Equal("top", legend["yanchor"]!.GetValue<string>());
    }

    [Fact]
    public void Notes_are_written_where_asked_without_arrows()
    {
        var layout = Layout(Toy().WithNotes(ChartLayout.Note(2020, 1, "parity", yanchor: "bottom"), ChartLayout.Note(0.5, 1.1, "title", "paper", "paper")));
        var notes = layout["annotations"]!.AsArray();
        Assert.Equal(2, notes.Count);
        Assert.Equal(("parity", 2020, "x", "bottom", false), (notes[0]!["text"]!.GetValue<string>(), notes[0]!["x"]!.GetValue<int>(),
            notes[0]!["xref"]!.GetValue<string>(), notes[0]!["yanchor"]!.GetValue<string>(), notes[0]!["showarrow"]!.GetValue<bool>()));
        Assert.Equal("paper", notes[1]!["yref"]!.GetValue<string>());
    }

    [Fact]
    public void A_reference_line_crosses_the_whole_plot_at_its_value()
    {
        var shape = Layout(Toy().WithReferenceLine(1.5))["shapes"]!.AsArray().Single()!;
        Assert.Equal(("line", "paper", 0, 1, 1.5, 1.5), (shape["type"]!.GetValue<string>(), shape["xref"]!.GetValue<string>(),
            shape["x0"]!.GetValue<int>(), shape["x1"]!.GetValue<int>(), shape["y0"]!.GetValue<double>(), shape["y1"]!.GetValue<double>()));
    }

    [Fact]
    public void A_log_axis_has_the_chosen_ticks_and_title()
    {
        var axis = Layout(Toy().WithLogYAxis("Index (log scale)", [25, 100, 400]))["yaxis"]!;
        Assert.Equal("log", axis["type"]!.GetValue<string>());
        Assert.Equal([25, 100, 400], axis["tickvals"]!.AsArray().Select(t => t!.GetValue<int>()));
        Assert.Equal("Index (log scale)", axis["title"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Drawing_axes_are_hidden_span_their_ranges_and_keep_one_scale()
    {
        var layout = Layout(Toy().WithDrawingAxes([-1.2, 6.4], [-1.2, 1.65]));
        Assert.False(layout["xaxis"]!["visible"]!.GetValue<bool>());
        Assert.False(layout["yaxis"]!["visible"]!.GetValue<bool>());
        Assert.Equal([-1.2, 6.4], layout["xaxis"]!["range"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("x", layout["yaxis"]!["scaleanchor"]!.GetValue<string>());
    }

    [Fact]
    public void Estimates_are_open_black_circles_at_their_points_under_their_own_name()
    {
        var trace = PlotlyFigure.FromChart(EstimateMarks.Around("SIPRI estimate or uncertain", new[] { (1990, 2.5), (2004, 3.0) }))["data"]!.AsArray().Single()!;
        Assert.Equal("SIPRI estimate or uncertain", trace["name"]!.GetValue<string>());
        Assert.Equal([1990, 2004], trace["x"]!.AsArray().Select(v => v!.GetValue<int>()));
        Assert.Equal([2.5, 3.0], trace["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal(("circle-open", "#000000"), (trace["marker"]!["symbol"]!.GetValue<string>(), trace["marker"]!["color"]!.GetValue<string>()));
        Assert.Equal("markers", trace["mode"]!.GetValue<string>());
    }
}
