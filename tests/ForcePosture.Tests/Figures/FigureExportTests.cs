using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ForcePosture.Figures;
using ForcePosture.Tests.Notebooks;
using Plotly.NET.CSharp;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Figures;

/// <summary>Figure export (shares the runner's collection: both use the process-wide figure session and browser).</summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed partial class FigureExportTests
{
    private sealed record Row(int Year, string Series, double Value);

    private static readonly Row[] Rows = [new(2020, "A", 1.5), new(2021, "A", 2), new(2020, "B, with comma", 3)];

    private static Plotly.NET.GenericChart Chart() =>
        Plotly.NET.CSharp.Chart.Line<int, double, string>(Rows.Select(r => r.Year), Rows.Select(r => r.Value), Name: "toy");

    private static SavedFigure Save(TemporaryRepository repo, string notebook = "05-figs.ipynb", string name = "05-toy") =>
        FigureTesting.SaveInSession(repo, notebook, () =>
            Figure.Save(Chart(), name: name, title: "A toy title", subtitle: "Toy units", caption: "A toy caption.", altText: "A toy line.", sources: SourceLine.Uncited("None (test data)."), data: Rows));

    [Fact]
    public void Save_writes_offline_html_exact_csv_metadata_and_a_manifest_and_is_byte_identical_when_repeated()
    {
        using var repo = new TemporaryRepository();
        var figures = Path.Combine(repo.Root, "figures");
        Save(repo);
        var html = File.ReadAllText(Path.Combine(figures, "05-toy.html"));
        Assert.DoesNotMatch(FigureTesting.NetworkReference(), html);
        Assert.Contains("<script src=\"plotly.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(figures, "plotly.min.js")));
        Assert.Equal("Year,Series,Value\n2020,A,1.5\n2021,A,2\n2020,\"B, with comma\",3\n", File.ReadAllText(Path.Combine(figures, "05-toy.csv")));
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(figures, "05-toy.json")))!;
        Assert.Equal("A toy line.", metadata["alt_text"]!.GetValue<string>());
        Assert.Equal("notebooks/05-figs.ipynb", metadata["notebook"]!.GetValue<string>());
        var entry = FigureManifest.Read(Path.Combine(figures, FigureManifest.FileName))["figures"]!["05-toy"]!;
        Assert.Equal(FigureManifest.HashFile(Path.Combine(figures, "05-toy.csv")), entry["outputs"]!["05-toy.csv"]!.GetValue<string>());
        Assert.Empty(FigureManifest.FindStale(repo.Root));

        var before = Directory.GetFiles(figures).Order().Select(f => (f, FigureManifest.HashFile(f))).ToList();
        Save(repo);
        Assert.Equal(before, Directory.GetFiles(figures).Order().Select(f => (f, FigureManifest.HashFile(f))).ToList());
    }

    [RequiresChromiumFact]
    public void Save_draws_the_png_and_svg_and_records_the_print_png_in_the_manifest()
    {
        using var repo = new TemporaryRepository();
        var figures = Path.Combine(repo.Root, "figures");
        var saved = Save(repo);
        Assert.Null(saved.SkippedStatic);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(figures, "05-toy.png"))[..4]);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(figures, "05-toy.svg")), StringComparison.Ordinal);
        // The print PNG is encoded in the background; the commit waited for it and recorded the file it wrote.
        var entry = FigureManifest.Read(Path.Combine(figures, FigureManifest.FileName))["figures"]!["05-toy"]!;
        Assert.Equal(FigureManifest.HashFile(Path.Combine(figures, "05-toy.png")), entry["outputs"]!["05-toy.png"]!.GetValue<string>());
        Assert.Contains("05-toy.png", saved.Files);
        Assert.Empty(FigureManifest.FindStale(repo.Root));
    }

    [Fact]
    public void A_print_png_that_fails_in_the_background_fails_the_commit_and_leaves_the_committed_figures_alone()
    {
        using var repo = new TemporaryRepository();
        Save(repo);
        var figures = Path.Combine(repo.Root, "figures");
        var before = Directory.GetFiles(figures).Order().Select(f => (f, FigureManifest.HashFile(f))).ToList();

        var session = FigureSession.Begin(repo.Root, repo.Notebook("05-figs.ipynb", ["var a = 1;"]));
        try
        {
            var failing = Task.FromException<FigureRecord>(new InvalidOperationException("figure 05-late: the print PNG could not be rendered: test"));
            session.Add(new FigureRecord("05-late", "Late.", new Dictionary<string, string>(), TimeSpan.Zero, null), failing);
            var error = Assert.Throws<InvalidOperationException>(() => session.Commit());
            Assert.Contains("05-late", error.Message, StringComparison.Ordinal);
            session.Discard();
        }
        finally
        {
            session.End();
        }
        Assert.Equal(before, Directory.GetFiles(figures).Order().Select(f => (f, FigureManifest.HashFile(f))).ToList());
        Assert.False(Directory.Exists(Path.Combine(figures, ".staging")));
    }

    [Fact]
    public async Task Commit_waits_for_a_print_png_still_being_rendered()
    {
        using var repo = new TemporaryRepository();
        var session = FigureSession.Begin(repo.Root, repo.Notebook("05-figs.ipynb", ["var a = 1;"]));
        try
        {
            var rendering = new TaskCompletionSource<FigureRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
            var first = new FigureRecord("05-slow", "Slow.", new Dictionary<string, string>(), TimeSpan.Zero, null);
            session.Add(first, rendering.Task);
            var commit = Task.Run(session.Commit);
            Assert.NotSame(commit, await Task.WhenAny(commit, Task.Delay(TimeSpan.FromMilliseconds(200))));
            rendering.SetResult(first with { PrintPng = TimeSpan.FromMilliseconds(5) });
            var committed = Assert.Single(await commit);
            Assert.Equal(TimeSpan.FromMilliseconds(5), committed.PrintPng);
        }
        finally
        {
            session.End();
        }
    }

    [Fact]
    public void Outside_a_notebook_run_a_figure_records_the_one_notebook_its_number_names()
    {
        using var repo = new TemporaryRepository();
        var notebook = repo.Notebook("05-figs.ipynb", ["var a = 1;"]);
        var session = FigureSession.Direct(repo.Root);
        Assert.Equal(Path.GetFullPath(notebook), session.NotebookFor("05-toy"));
        Assert.Null(session.NotebookFor("07-toy"));
        repo.Notebook("05-other.ipynb", ["var b = 2;"]);
        Assert.Null(session.NotebookFor("05-toy"));
        var run = FigureSession.Begin(repo.Root, notebook);
        try { Assert.Equal(Path.GetFullPath(notebook), run.NotebookFor("05-toy")); }
        finally { run.End(); }
    }

    [Fact]
    public void The_staleness_check_fails_when_a_data_file_the_notebook_or_an_output_changes()
    {
        using var repo = new TemporaryRepository();
        Save(repo);
        File.AppendAllText(Path.Combine(repo.Root, "data", "toy.csv"), "2021,2\n");
        Assert.Contains("05-toy: input data/toy.csv changed since the figure was made", FigureManifest.FindStale(repo.Root));

        Save(repo);
        File.WriteAllText(Path.Combine(repo.Root, "data", "new.csv"), "a\n1\n");
        Assert.Contains("05-toy: input data/new.csv is new since the figure was made", FigureManifest.FindStale(repo.Root));

        Save(repo);
        File.AppendAllText(Path.Combine(repo.Root, "figures", "05-toy.csv"), "edited by hand\n");
        Assert.Contains("05-toy: output figures/05-toy.csv differs from what the manifest records", FigureManifest.FindStale(repo.Root));
    }

    [Fact]
    public void Reads_reported_by_loaders_replace_the_all_data_files_rule()
    {
        using var repo = new TemporaryRepository();
        var notebookPath = repo.Notebook("06-reads.ipynb", ["var a = 1;"]);
        var session = FigureSession.Begin(repo.Root, notebookPath);
        try
        {
            FigureInputs.Record(Path.Combine(repo.Root, "data", "toy.csv"));
            Figure.Save(Chart(), name: "06-toy", title: "A toy title", subtitle: "Toy units", caption: "c", altText: "a", sources: SourceLine.Uncited("s"), data: Rows);
            session.Commit();
        }
        finally
        {
            session.End();
        }
        var entry = FigureManifest.Read(Path.Combine(repo.Root, "figures", FigureManifest.FileName))["figures"]!["06-toy"]!;
        Assert.Equal(FigureManifest.ReportedReads, entry["inputs_basis"]!.GetValue<string>());
        Assert.Equal(["data/toy.csv", "notebooks/06-reads.ipynb", "notebooks/translations/ko.csv"], entry["inputs"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Names_captions_alt_text_and_sources_are_required()
    {
        using var repo = new TemporaryRepository();
        Assert.Throws<ArgumentException>(() => Save(repo, name: "Toy Figure"));
        var wrongNumber = Assert.Throws<ArgumentException>(() => Save(repo, name: "07-toy"));
        Assert.Contains("must start with \"05-\"", wrongNumber.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Figure.Save(Chart(), "05-x", title: "t", subtitle: "u", caption: "c", altText: " ", sources: SourceLine.Uncited("s"), data: Rows));
    }

    [Fact]
    public async Task Without_chromium_html_and_csv_are_still_written_and_the_message_says_how_to_get_png_and_svg()
    {
        using var repo = new TemporaryRepository();
        await Figure.ShutdownRendererAsync();
        Environment.SetEnvironmentVariable("FORCEPOSTURE_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var saved = Save(repo);
            Assert.Contains("apt-get install -y chromium", saved.SkippedStatic, StringComparison.Ordinal);
            Assert.Equal(["05-toy.csv", "05-toy.html", "05-toy.json", "05-toy.ko.html"], saved.Files);
            Assert.False(File.Exists(Path.Combine(repo.Root, "figures", "05-toy.png")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("FORCEPOSTURE_CHROMIUM", null);
            await Figure.ShutdownRendererAsync();
        }
    }
}

[Collection(nameof(NotebookRunnerCollection))]
public sealed class LeftoverFigureFilesTests
{
    [Fact]
    public void Files_the_last_run_did_not_make_are_reported()
    {
        using var repo = new TemporaryRepository();
        Directory.CreateDirectory(Path.Combine(repo.Root, "figures"));
        File.WriteAllText(Path.Combine(repo.Root, "figures", "03-old.csv"), "a\n");
        Assert.Contains(FigureManifest.FindStale(repo.Root), p => p.StartsWith("figures/03-old.csv: no figure 03-old in the manifest", StringComparison.Ordinal));
    }
}
