using ForcePosture.Figures;
using ForcePosture.Tests.Notebooks;
using ForcePosture.Tests.OutsideTools;
using Plotly.NET.LayoutObjects;

namespace ForcePosture.Tests.Figures;

/// <summary>The publication rules the browser checks after layout, each planted in a toy figure: the figure fails, naming
/// itself and the element, and nothing is written into figures/ (shares the runner's collection: the process-wide figure
/// session and browser).</summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed class LayoutRulesTests
{
    private sealed record Row(int Year, double Value);

    private static readonly Row[] Rows = [new(2020, 1), new(2021, 2), new(2022, 3)];

    private static Plotly.NET.GenericChart Line() =>
        Plotly.NET.CSharp.Chart.Line<int, double, string>(Rows.Select(r => r.Year), Rows.Select(r => r.Value), Name: "toy");

    private static Annotation Note(object x, object y, string text, string reference = "")
    {
        var note = new Annotation();
        note.SetProperty("x", x); note.SetProperty("y", y); note.SetProperty("text", text); note.SetProperty("showarrow", false);
        note.SetProperty("xref", reference == "" ? "x" : reference); note.SetProperty("yref", reference == "" ? "y" : reference);
        return note;
    }

    private static Plotly.NET.GenericChart With(Plotly.NET.GenericChart chart, params Annotation[] notes) =>
        Plotly.NET.Chart.withAnnotations(notes, null).Invoke(chart);

    /// <summary>Saves the chart as a notebook run does and returns the error that failed it.</summary>
    private static string Failure(TemporaryRepository repo, Plotly.NET.GenericChart chart)
    {
        var error = Assert.ThrowsAny<Exception>(() => FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(chart, name: "05-planted", title: "A planted defect", subtitle: "Toy units", caption: "c", altText: "a",
                sources: SourceLine.Uncited("None (test data)."), data: Rows)));
        Assert.False(File.Exists(Path.Combine(repo.Root, "figures", "05-planted.png")));
        Assert.Contains("figure 05-planted: its layout breaks the publication rules", error.Message, StringComparison.Ordinal);
        return error.Message;
    }

    [RequiresChromiumFact]
    public void Text_outside_the_image_is_caught()
    {
        using var repo = new TemporaryRepository();
        var message = Failure(repo, With(Line(), Note(1.4, 0.5, "far to the right", "paper")));
        Assert.Contains("text outside the image: \"far to the right\"", message, StringComparison.Ordinal);
    }

    [RequiresChromiumFact]
    public void An_annotation_over_another_text_is_caught()
    {
        using var repo = new TemporaryRepository();
        var message = Failure(repo, With(Line(), Note(0.1, 0.9, "first note", "paper"), Note(0.1, 0.9, "second note", "paper")));
        Assert.Contains("annotation \"first note\" (annotation-text) overlaps \"second note\"", message, StringComparison.Ordinal);
    }

    [RequiresChromiumFact]
    public void An_annotation_on_a_data_line_is_caught()
    {
        using var repo = new TemporaryRepository();
        var message = Failure(repo, With(Line(), Note(2021, 2, "on the line")));
        Assert.Contains("annotation \"on the line\" (annotation-text) lies on data line 1", message, StringComparison.Ordinal);
    }

    [RequiresChromiumFact]
    public void A_legend_larger_than_a_quarter_of_the_plot_is_caught()
    {
        using var repo = new TemporaryRepository();
        var many = Plotly.NET.CSharp.Chart.Combine(Enumerable.Range(1, 24).Select(i =>
            Plotly.NET.CSharp.Chart.Line<int, double, string>(Rows.Select(r => r.Year), Rows.Select(r => r.Value * i), Name: $"a rather long series name number {i}")));
        var message = Failure(repo, many);
        Assert.Matches(@"the legend takes \d+% of the plot area \(at most 25%\)", message);
    }

    /// <summary>A labelled point near the edge of a map whose frame cuts its label (the range is set so the label runs past it),
    /// and the same map with room for it.</summary>
    private static Plotly.NET.GenericChart MapWithLabel(double westEdge)
    {
        var chart = Plotly.NET.CSharp.Chart.ScatterGeo<double, double, string>(new[] { -98.0 }, new[] { 39.0 }, Plotly.NET.StyleParam.Mode.Markers_Text,
            Name: "toy site", MultiText: new[] { "United States: 1" }, TextPosition: Plotly.NET.StyleParam.TextPosition.TopCenter);
        var geo = new Plotly.NET.LayoutObjects.Geo();
        geo.SetProperty("resolution", 110);
        geo.SetProperty("lonaxis", new Dictionary<string, object> { ["range"] = new[] { westEdge, 160.0 } });
        geo.SetProperty("lataxis", new Dictionary<string, object> { ["range"] = new[] { -45.0, 65.0 } });
        return Plotly.NET.Chart.withGeo(geo, null).Invoke(chart);
    }

    [RequiresChromiumFact]
    public void A_map_label_across_the_map_frame_is_caught_and_one_inside_it_passes()
    {
        using var repo = new TemporaryRepository();
        repo.AddTranslation("toy site", "시험 지점");
        repo.AddTranslation("United States: {0}", "미국: {0}");
        var message = Failure(repo, MapWithLabel(-101));
        Assert.Contains("map label across the map's frame: \"United States: 1\"", message, StringComparison.Ordinal);
        var saved = FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(MapWithLabel(-160), name: "05-fine-map", title: "A figure within the rules", subtitle: "Toy units",
                caption: "c", altText: "a", sources: SourceLine.Uncited("None (test data)."), data: Rows));
        Assert.Null(saved.SkippedStatic);
    }

    [RequiresChromiumFact]
    public void A_figure_that_keeps_the_rules_is_drawn()
    {
        using var repo = new TemporaryRepository();
        var saved = FigureTesting.SaveInSession(repo, "05-figs.ipynb", () =>
            Figure.Save(With(Line(), Note(2020, 2.8, "clear of the line")), name: "05-fine", title: "A figure within the rules", subtitle: "Toy units",
                caption: "c", altText: "a", sources: SourceLine.Uncited("None (test data)."), data: Rows));
        Assert.Null(saved.SkippedStatic);
        Assert.True(File.Exists(Path.Combine(repo.Root, "figures", "05-fine.png")));
    }
}
