using ForcePosture.Notebooks;
using ForcePosture.Notebooks.Reproduction;

namespace ForcePosture.Tests.Notebooks;

[Collection(nameof(NotebookRunnerCollection))]
public sealed class ReproducerTests
{
    [Fact]
    public async Task Every_notebook_runs_a_failing_one_is_reported_and_the_gallery_links_figures_to_their_notebooks()
    {
        using var repo = new TemporaryRepository();
        var version = TemporaryRepository.LibraryVersion;
        repo.Notebook("01-good.ipynb",
        [
            "#r \"nuget: ForcePosture, " + version + "\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nusing ForcePosture.Figures;\nusing Plotly.NET.CSharp;\nrecord Row(int Year, int Value);\nvar rows = new[] { new Row(2020, 1), new Row(2021, 2) };",
            "Figure.Save(Chart.Line<int, int, string>(rows.Select(r => r.Year), rows.Select(r => r.Value)), name: \"01-toy\", title: \"A toy title\", subtitle: \"Toy units\", caption: \"First sentence. Second sentence.\", altText: \"A toy line.\", sources: SourceLine.Uncited(\"None (test).\"), data: rows)",
        ]);
        var broken = repo.Notebook("02-broken.ipynb", ["var x = 1;", "throw new Exception(\"broken on purpose\");"]);
        var brokenBefore = File.ReadAllBytes(broken);

        var result = await new Reproducer(new EngineOptions()).RunAsync(repo.Root);

        Assert.False(result.Succeeded);
        Assert.Equal(["notebooks/01-good.ipynb", "notebooks/02-broken.ipynb"], result.Notebooks.Select(n => n.Notebook));
        Assert.True(result.Notebooks[0].Succeeded);
        Assert.Equal(3, result.Notebooks[1].Failure!.CellNumber);
        Assert.Equal(brokenBefore, File.ReadAllBytes(broken));
        var gallery = File.ReadAllText(Path.Combine(repo.Root, "figures", "README.md"));
        Assert.Contains("## 01-toy", gallery, StringComparison.Ordinal);
        Assert.Contains("First sentence. Made by [notebooks/01-good.ipynb](../notebooks/01-good.ipynb).", gallery, StringComparison.Ordinal);
        Assert.DoesNotContain("Second sentence", gallery, StringComparison.Ordinal);
        Assert.Contains("[data (CSV)](01-toy.csv)", gallery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("One. Two.", "One.")]
    [InlineData("US troops in 2.5 thousand bases. More.", "US troops in 2.5 thousand bases.")]
    [InlineData("No full stop", "No full stop")]
    public void The_gallery_takes_the_first_sentence_of_a_caption(string caption, string expected) =>
        Assert.Equal(expected, Gallery.FirstSentence(caption));
}
