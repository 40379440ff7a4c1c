using Plotly.NET;

namespace ForcePosture.Charts;

/// <summary>Where a line chart's series shows markers: only on runs of a single year (a line needs two points), or on every point.</summary>
public enum RunMarkers
{
    /// <summary>Lines only; a run of one year is drawn as a marker.</summary>
    SinglePointRunsOnly,

    /// <summary>Lines with a marker on every point.</summary>
    Always,
}

/// <summary>A yearly series drawn as one line per run of consecutive years, so that no line bridges a year without a value
/// (plotly joins every point of a trace, whatever lies between them).</summary>
/// <example><code>
/// var style = SeriesStyle.Of(0);
/// var traces = YearRuns.Lines(rows, r => r.Year, r => r.Troops, "Japan", style);   // Japan 1950, 1953-2024: two traces
/// var chart = Chart.Combine(traces);
/// </code></example>
public static class YearRuns
{
    /// <summary>The points in year order, split where a year is missing.</summary>
    /// <exception cref="ArgumentException">Two points have the same year.</exception>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IEnumerable<T> points, Func<T, int> year)
    {
        var runs = new List<IReadOnlyList<T>>();
        var run = new List<T>();
        foreach (var point in points.OrderBy(year))
        {
            if (run.Count > 0)
            {
                var previous = year(run[^1]);
                if (year(point) == previous) throw new ArgumentException($"Two points of the series have the year {previous}; a series has one value a year.", nameof(points));
                if (year(point) != previous + 1) { runs.Add(run); run = []; }
            }
            run.Add(point);
        }
        if (run.Count > 0) runs.Add(run);
        return runs;
    }

    /// <summary>One trace per run of the series, all with <paramref name="style"/>; the legend names the series once, on its
    /// first run of more than one year (or its first run, when every run is a single year).</summary>
    /// <param name="points">The series' points, in any order, one per year.</param>
    /// <param name="year">The year of a point (the x value).</param>
    /// <param name="value">The value of a point (the y value).</param>
    /// <param name="name">The series' legend entry.</param>
    /// <param name="style">Colour, dash and marker of every run.</param>
    /// <param name="markers">Whether every point gets a marker or only runs of one year.</param>
    /// <exception cref="ArgumentException">Two points have the same year.</exception>
    public static IReadOnlyList<GenericChart> Lines<T, TValue>(IEnumerable<T> points, Func<T, int> year, Func<T, TValue> value, string name,
        SeriesStyle style, RunMarkers markers = RunMarkers.SinglePointRunsOnly)
        where TValue : IConvertible
    {
        ArgumentNullException.ThrowIfNull(style);
        var runs = Split(points, year);
        var legendRun = Math.Max(0, runs.ToList().FindIndex(r => r.Count > 1));
        return runs.Select((run, i) => Plotly.NET.CSharp.Chart.Scatter<int, TValue, string>(run.Select(year), run.Select(value),
            markers == RunMarkers.Always ? StyleParam.Mode.Lines_Markers : run.Count == 1 ? StyleParam.Mode.Markers : StyleParam.Mode.Lines,
            Name: name, ShowLegend: i == legendRun, LineColor: style.Colour, LineDash: style.Dash,
            MarkerColor: style.Colour, MarkerSymbol: style.Marker)).ToList();
    }
}
