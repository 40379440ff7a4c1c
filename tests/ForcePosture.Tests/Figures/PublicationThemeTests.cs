using System.Text.Json.Nodes;
using ForcePosture.Charts;

namespace ForcePosture.Tests.Figures;

public sealed class PublicationThemeTests
{
    private static JsonObject Figure(params JsonObject[] traces) => new() { ["data"] = new JsonArray(traces), ["layout"] = new JsonObject() };

    private static JsonObject Trace(string type, JsonArray x, string? mode = null)
    {
        var trace = new JsonObject { ["type"] = type, ["x"] = x, ["y"] = new JsonArray(1, 2) };
        if (mode is not null) trace["mode"] = mode;
        return trace;
    }

    [Fact]
    public void The_palette_is_okabe_ito()
    {
        // Okabe & Ito (2008), Color Universal Design: the eight colours of the palette, in any order.
        string[] okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];
        Assert.Equal(okabeIto.Order(), PublicationTheme.Palette.Order());
    }

    [Fact]
    public void Whole_number_years_get_integer_ticks_and_other_axes_do_not()
    {
        var years = Figure(Trace("scatter", new JsonArray(2020, 2021)));
        PublicationTheme.Apply(years, FigureSize.Column);
        Assert.Equal("d", years["layout"]!["xaxis"]!["tickformat"]!.GetValue<string>());
        Assert.Null(years["layout"]!["yaxis"]!["tickformat"]);

        var fractions = Figure(Trace("scatter", new JsonArray(2020, 2020.5)));
        PublicationTheme.Apply(fractions, FigureSize.Column);
        Assert.Null(fractions["layout"]!["xaxis"]!["tickformat"]);
    }

    [Fact]
    public void Series_differ_by_dash_and_marker_and_bars_by_pattern_so_charts_read_in_black_and_white()
    {
        var lines = Figure(Trace("scatter", new JsonArray(1, 2), "lines+markers"), Trace("scatter", new JsonArray(1, 2), "lines+markers"));
        PublicationTheme.Apply(lines, FigureSize.Page);
        var data = lines["data"]!.AsArray();
        Assert.NotEqual(data[0]!["line"]!["dash"]!.GetValue<string>(), data[1]!["line"]!["dash"]!.GetValue<string>());
        Assert.NotEqual(data[0]!["marker"]!["symbol"]!.GetValue<string>(), data[1]!["marker"]!["symbol"]!.GetValue<string>());
        Assert.Equal(960, lines["layout"]!["width"]!.GetValue<int>());

        var bars = Figure(Trace("bar", new JsonArray("a", "b")), Trace("bar", new JsonArray("a", "b")));
        PublicationTheme.Apply(bars, FigureSize.Column);
        Assert.NotEqual(bars["data"]![0]!["marker"]!["pattern"]!["shape"]!.GetValue<string>(), bars["data"]![1]!["marker"]!["pattern"]!["shape"]!.GetValue<string>());
    }

    [Fact]
    public void Axes_widen_their_margin_for_long_labels()
    {
        var figure = Figure(Trace("bar", new JsonArray("Philippines", "Papua New Guinea")));
        PublicationTheme.Apply(figure, FigureSize.Column);
        Assert.True(figure["layout"]!["xaxis"]!["automargin"]!.GetValue<bool>());
        Assert.True(figure["layout"]!["yaxis"]!["automargin"]!.GetValue<bool>());
    }

    [Fact]
    public void What_a_chart_sets_itself_is_kept()
    {
        var figure = Figure(Trace("scatter", new JsonArray(1, 2), "lines"));
        figure["data"]![0]!["line"] = new JsonObject { ["dash"] = "dot" };
        figure["layout"]!["font"] = new JsonObject { ["size"] = 20 };
        PublicationTheme.Apply(figure, FigureSize.Column);
        Assert.Equal("dot", figure["data"]![0]!["line"]!["dash"]!.GetValue<string>());
        Assert.Equal(20, figure["layout"]!["font"]!["size"]!.GetValue<int>());
    }

    [Fact]
    public void Static_images_have_no_mode_bar()
    {
        Assert.False(PublicationTheme.Config(forStaticImage: true)["displayModeBar"]!.GetValue<bool>());
    }
}
