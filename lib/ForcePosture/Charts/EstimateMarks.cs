using Plotly.NET;

namespace ForcePosture.Charts;

/// <summary>The repository's one mark for a value that rests on an estimate: an open black circle drawn around the point, as
/// its own legend entry, so that it reads in black and white and over any series' colour.</summary>
public static class EstimateMarks
{
    /// <summary>A trace of open black circles (11 px) at the points.</summary>
    /// <param name="name">The legend entry ("SIPRI estimate or uncertain"); the figure's notes say what it means.</param>
    /// <param name="points">The estimated values by year, in the series' own units.</param>
    public static GenericChart Around<TValue>(string name, IEnumerable<(int Year, TValue Value)> points)
        where TValue : IConvertible
    {
        var marker = new Plotly.NET.TraceObjects.Marker();
        marker.SetProperty("symbol", "circle-open"); marker.SetProperty("size", 11); marker.SetProperty("color", "#000000");
        marker.SetProperty("line", new Dictionary<string, object> { ["width"] = 1 });
        var list = points.ToList();
        return Plotly.NET.CSharp.Chart.Point<int, TValue, string>(list.Select(p => p.Year), list.Select(p => p.Value), Name: name, Marker: marker);
    }
}
