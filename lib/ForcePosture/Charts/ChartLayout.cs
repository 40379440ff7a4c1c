using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace ForcePosture.Charts;

/// <summary>The layout choices a figure makes beyond the <see cref="PublicationTheme"/>'s defaults, as extension methods on a
/// chart: its margins, a legend beside the plot, text notes at data or paper coordinates, a horizontal reference line, a log
/// y axis with chosen ticks, and hidden axes for drawings (networks) rather than plots. Each returns the chart with the change,
/// so that they chain: <c>chart.WithMargin(150, 40, 90, 56).WithNotes(ChartLayout.Note(2020, 1, "parity"))</c>.</summary>
public static class ChartLayout
{
    /// <summary>The chart with these margins (CSS px) in place of the theme's (64, 16, 32, 56): a wider left margin for long
    /// category names, or room above for panel titles.</summary>
    public static GenericChart WithMargin(this GenericChart chart, int left, int right, int top, int bottom)
    {
        var layout = new Layout();
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = left, ["r"] = right, ["t"] = top, ["b"] = bottom });
        return Chart.withLayout(layout).Invoke(chart);
    }

    /// <summary>The chart with its legend in one column to the right of the plot, top-aligned, instead of the theme's row above
    /// it: for charts with many series, so that the plot keeps its height.</summary>
    public static GenericChart WithSideLegend(this GenericChart chart)
    {
        var layout = new Layout();
        layout.SetProperty("legend", new Dictionary<string, object> { ["orientation"] = "v", ["x"] = 1.02, ["xanchor"] = "left", ["y"] = 1, ["yanchor"] = "top" });
        return Chart.withLayout(layout).Invoke(chart);
    }

    /// <summary>A text note without an arrow, left-aligned, at (<paramref name="x"/>, <paramref name="y"/>) in the coordinates
    /// <paramref name="xref"/> and <paramref name="yref"/> name ("x"/"y" for data, "paper" for the plot area from 0 to 1).
    /// On a log axis, <paramref name="y"/> is the base-10 logarithm of the value (plotly's convention).</summary>
    public static Annotation Note(object x, object y, string text, string xref = "x", string yref = "y", string xanchor = "left", string yanchor = "middle")
    {
        var note = new Annotation();
        note.SetProperty("x", x); note.SetProperty("y", y); note.SetProperty("text", text); note.SetProperty("showarrow", false);
        note.SetProperty("xref", xref); note.SetProperty("yref", yref); note.SetProperty("xanchor", xanchor); note.SetProperty("yanchor", yanchor);
        note.SetProperty("align", "left");
        return note;
    }

    /// <summary>The chart with these notes (see <see cref="Note"/>).</summary>
    public static GenericChart WithNotes(this GenericChart chart, params Annotation[] notes) => Chart.withAnnotations(notes, null).Invoke(chart);

    /// <summary>The chart with a thin dotted grey line across the whole plot at <paramref name="y"/> (a ratio's parity, a
    /// threshold).</summary>
    public static GenericChart WithReferenceLine(this GenericChart chart, double y)
    {
        var line = new Shape();
        line.SetProperty("type", "line"); line.SetProperty("xref", "paper"); line.SetProperty("x0", 0); line.SetProperty("x1", 1);
        line.SetProperty("y0", y); line.SetProperty("y1", y);
        line.SetProperty("line", new Dictionary<string, object> { ["color"] = "#444444", ["width"] = 1, ["dash"] = "dot" });
        return Chart.withShapes(new[] { line }, null).Invoke(chart);
    }

    /// <summary>The chart with a logarithmic y axis titled <paramref name="title"/>, ticked at <paramref name="ticks"/> (plotly's
    /// own log ticks are powers of ten and their multiples, too few for an index that moves between 25 and 1,200).</summary>
    public static GenericChart WithLogYAxis(this GenericChart chart, string title, int[] ticks)
    {
        var axis = new LinearAxis();
        axis.SetProperty("type", "log");
        axis.SetProperty("title", new Dictionary<string, object> { ["text"] = title });
        axis.SetProperty("tickvals", ticks);
        return Chart.withYAxis(axis, null).Invoke(chart);
    }

    /// <summary>The chart with both axes hidden, spanning these ranges, and one unit of y as long as one unit of x: for
    /// drawings placed by coordinates (a network's nodes and ties), where axes would mean nothing and circles must stay round.</summary>
    public static GenericChart WithDrawingAxes(this GenericChart chart, double[] xRange, double[] yRange)
    {
        var xAxis = new LinearAxis(); xAxis.SetProperty("visible", false); xAxis.SetProperty("range", xRange);
        var yAxis = new LinearAxis(); yAxis.SetProperty("visible", false); yAxis.SetProperty("range", yRange);
        yAxis.SetProperty("scaleanchor", "x");
        chart = Chart.withXAxis(xAxis, null).Invoke(chart);
        return Chart.withYAxis(yAxis, null).Invoke(chart);
    }
}
