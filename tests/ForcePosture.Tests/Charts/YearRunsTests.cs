using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Charts;
using ForcePosture.Figures;
using Plotly.NET;

namespace ForcePosture.Tests.Charts;

/// <summary>Lines drawn in runs of consecutive years, and the series styles they share.</summary>
public sealed class YearRunsTests
{
    private static Gen<int[]> DistinctYears => Gen.ListOf(Gen.Choose(1950, 2030)).Select(ys => ys.Distinct().ToArray());

    [Property]
    public Property Runs_hold_every_year_once_in_order_consecutive_inside_and_apart_between() =>
        Prop.ForAll(Arb.From(DistinctYears), years =>
        {
            var runs = YearRuns.Split(years, y => y);
            var consecutiveInside = runs.All(r => r.Zip(r.Skip(1)).All(p => p.Second == p.First + 1));
            var apartBetween = runs.Zip(runs.Skip(1)).All(p => p.Second[0] > p.First[^1] + 1);
            return runs.SelectMany(r => r).SequenceEqual(years.Order()) && runs.All(r => r.Count > 0) && consecutiveInside && apartBetween;
        });

    [Fact]
    public void Two_points_in_one_year_are_refused_naming_the_year()
    {
        var error = Assert.Throws<ArgumentException>(() => YearRuns.Split(new[] { 2001, 2003, 2001 }, y => y));
        Assert.Contains("2001", error.Message, StringComparison.Ordinal);
    }

    private static JsonArray Traces(IEnumerable<GenericChart> charts) =>
        (JsonArray)PlotlyFigure.FromChart(Plotly.NET.CSharp.Chart.Combine(charts))["data"]!;

    [Fact]
    public void A_gap_splits_the_line_a_single_year_is_a_marker_and_the_legend_names_the_first_line()
    {
        // Japan in DMDC's reports: 1950, then no report for 1951-52, then 1953-1955.
        (int Year, int Troops)[] points = [(1955, 3), (1950, 1), (1953, 2), (1954, 4)];
        var traces = Traces(YearRuns.Lines(points, p => p.Year, p => p.Troops, "Japan", SeriesStyle.Of(1)));

        Assert.Equal(2, traces.Count);
        Assert.Equal("markers", traces[0]!["mode"]!.GetValue<string>());
        Assert.Equal([1950], traces[0]!["x"]!.AsArray().Select(x => x!.GetValue<int>()));
        Assert.Equal("lines", traces[1]!["mode"]!.GetValue<string>());
        Assert.Equal([1953, 1954, 1955], traces[1]!["x"]!.AsArray().Select(x => x!.GetValue<int>()));
        Assert.Equal([2, 4, 3], traces[1]!["y"]!.AsArray().Select(x => x!.GetValue<int>()));
        Assert.Equal([false, true], traces.Select(t => t!["showlegend"]!.GetValue<bool>()));
        Assert.All(traces, t => Assert.Equal("Japan", t!["name"]!.GetValue<string>()));
        // One look for every run: the second series' colour and dash of the theme.
        var colours = traces.Select(t => (t!["line"]!["color"]!.GetValue<string>(), t["marker"]!["color"]!.GetValue<string>())).Distinct().ToList();
        Assert.Single(colours);
        Assert.All(traces, t => Assert.Equal(PublicationTheme.LineDashes[1], t!["line"]!["dash"]!.GetValue<string>()));
    }

    [Fact]
    public void Markers_on_every_point_when_asked_and_the_legend_on_the_first_run_of_two_years()
    {
        (int Year, double Amount)[] points = [(2015, 1.5), (2018, 2.5), (2019, 3.5)];
        var traces = Traces(YearRuns.Lines(points, p => p.Year, p => p.Amount, "Japan", SeriesStyle.Of(0), RunMarkers.Always));
        Assert.All(traces, t => Assert.Equal("lines+markers", t!["mode"]!.GetValue<string>()));
        Assert.Equal([false, true], traces.Select(t => t!["showlegend"]!.GetValue<bool>()));
    }

    [Fact]
    public void A_series_of_single_years_names_itself_on_its_first_point()
    {
        var traces = Traces(YearRuns.Lines(new[] { 2000, 2002 }, y => y, y => y, "Sparse", SeriesStyle.Of(0)));
        Assert.Equal([true, false], traces.Select(t => t!["showlegend"]!.GetValue<bool>()));
    }

    [Fact]
    public void The_series_styles_are_the_themes_dashes_and_markers_in_its_order()
    {
        // Plotly.NET writes a marker symbol as plotly.js's number: circle 0, square 1, diamond 2, cross 3, x 4,
        // triangle-up 5, triangle-down 6, star 17 (plotly.js src/components/drawing/symbol_defs.js, in that order).
        var plotlyNumber = new Dictionary<string, string>
        {
            ["circle"] = "0", ["square"] = "1", ["diamond"] = "2", ["cross"] = "3", ["x"] = "4", ["triangle-up"] = "5", ["triangle-down"] = "6", ["star"] = "17",
        };
        for (var i = 0; i < 8; i++)
        {
            var trace = Traces(YearRuns.Lines(new[] { 2000, 2001 }, y => y, y => y, "s", SeriesStyle.Of(i), RunMarkers.Always))[0]!;
            Assert.Equal(PublicationTheme.LineDashes[i % PublicationTheme.LineDashes.Count], trace["line"]!["dash"]!.GetValue<string>());
            Assert.Equal(plotlyNumber[PublicationTheme.MarkerSymbols[i]], trace["marker"]!["symbol"]!.GetValue<string>());
            var hex = PublicationTheme.Palette[i];
            var rgba = $"rgba({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)}, 1.0)";
            Assert.Equal(rgba, trace["line"]!["color"]!.GetValue<string>());
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesStyle.Of(-1));
    }
}
