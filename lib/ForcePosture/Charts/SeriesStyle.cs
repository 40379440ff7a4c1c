using Plotly.NET;

namespace ForcePosture.Charts;

/// <summary>The colour, line dash and marker of one series, set on each of its traces so that a series drawn as several
/// traces (its <see cref="YearRuns"/>) looks the same in every one. <see cref="Of"/> takes them from the publication theme by
/// the series' position, as <see cref="PublicationTheme"/> does for charts with one trace per series.</summary>
/// <param name="Colour">Line and marker colour.</param>
/// <param name="Dash">Line dash.</param>
/// <param name="Marker">Marker symbol.</param>
public sealed record SeriesStyle(Color Colour, StyleParam.DrawingStyle Dash, StyleParam.MarkerSymbol Marker)
{
    /// <summary>The theme's dashes (<see cref="PublicationTheme.LineDashes"/>) as Plotly.NET values, in the same order.</summary>
    public static IReadOnlyList<StyleParam.DrawingStyle> Dashes { get; } =
    [
        StyleParam.DrawingStyle.Solid, StyleParam.DrawingStyle.Dash, StyleParam.DrawingStyle.Dot,
        StyleParam.DrawingStyle.DashDot, StyleParam.DrawingStyle.LongDash, StyleParam.DrawingStyle.LongDashDot,
    ];

    /// <summary>The theme's marker symbols (<see cref="PublicationTheme.MarkerSymbols"/>) as Plotly.NET values, in the same order.</summary>
    public static IReadOnlyList<StyleParam.MarkerSymbol> Markers { get; } =
    [
        StyleParam.MarkerSymbol.Circle, StyleParam.MarkerSymbol.Square, StyleParam.MarkerSymbol.Diamond, StyleParam.MarkerSymbol.TriangleUp,
        StyleParam.MarkerSymbol.X, StyleParam.MarkerSymbol.Cross, StyleParam.MarkerSymbol.TriangleDown, StyleParam.MarkerSymbol.Star,
    ];

    /// <summary>The theme's colour, dash and marker of the series at <paramref name="position"/> (0 for the first), each list
    /// taken in turn.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    public static SeriesStyle Of(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return new SeriesStyle(Color.fromHex(PublicationTheme.Palette[position % PublicationTheme.Palette.Count]),
            Dashes[position % Dashes.Count], Markers[position % Markers.Count]);
    }
}
