using System.Diagnostics;
using System.Text.Json.Nodes;
using ForcePosture.Notebooks;
using ForcePosture.Notebooks.Documents;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Notebooks;

[CollectionDefinition(nameof(NotebookRunnerCollection), DisableParallelization = true)]
public sealed class NotebookRunnerCollection;

/// <summary>The runner changes the process's current directory while a notebook runs (as a kernel started in the notebook's
/// folder would have it), so these tests run alone.</summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed class NotebookRunnerTests
{
    private static readonly NotebookRunner Runner = new(new EngineOptions());

    private static Task<NotebookRunResult> Run(string path, Dictionary<string, string>? parameters = null, string? output = null) =>
        Runner.RunAsync(new RunRequest(path, parameters ?? [], output));

    [Fact]
    public async Task Outputs_are_written_as_jupyter_outputs_and_a_rerun_gives_identical_bytes()
    {
        using var repo = new TemporaryRepository();
        var path = repo.Notebook("01-outputs.ipynb",
        [
            "Console.WriteLine(\"to stdout\");\nConsole.Error.WriteLine(\"to stderr\");",
            "display(\"shown\");\n6 * 7",
        ]);
        var result = await Run(path);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        var first = File.ReadAllBytes(path);
        var notebook = JsonNode.Parse(first)!;
        var cells = notebook["cells"]!.AsArray();
        Assert.Equal("kept", cells[0]!["metadata"]!["custom"]!.GetValue<string>());
        Assert.Equal("someone", notebook["metadata"]!["authors"]![0]!.GetValue<string>());
        Assert.Equal("forceposture-csharp", notebook["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        var streams = cells[1]!["outputs"]!.AsArray();
        Assert.Equal("stdout", streams[0]!["name"]!.GetValue<string>());
        Assert.Equal("to stdout\n", streams[0]!["text"]![0]!.GetValue<string>());
        Assert.Equal("stderr", streams[1]!["name"]!.GetValue<string>());
        var second = cells[2]!["outputs"]!.AsArray();
        Assert.Equal("display_data", second[0]!["output_type"]!.GetValue<string>());
        Assert.Equal("execute_result", second[1]!["output_type"]!.GetValue<string>());
        Assert.Equal(2, second[1]!["execution_count"]!.GetValue<int>());
        Assert.Equal("42", second[1]!["data"]!["text/plain"]![0]!.GetValue<string>());

        var again = await Run(path);
        Assert.False(again.Changed);
        Assert.Equal(first, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_notebook_cannot_change_the_data_the_next_notebook_of_the_run_sees()
    {
        using var repo = new TemporaryRepository();
        using var package = ForcePosture.Tests.DataLayer.FixturePackage.Copy();
        var load = $"var d = ForcePosture.ForcePostureData.Load(@\"{package.Directory}\");";
        var first = repo.Notebook("01-tries-to-change.ipynb",
        [
            load + "\nstring outcome;\ntry { ((IList<ForcePosture.Tables.Country>)d.Countries).Clear(); outcome = \"changed\"; }\n" +
            "catch (NotSupportedException) { outcome = \"refused\"; }\noutcome",
        ]);
        var second = repo.Notebook("02-reads.ipynb", [load + "\nd.Countries.Count"]);

        var firstRun = await Run(first);
        Assert.True(firstRun.Succeeded, firstRun.Failure?.Describe());
        var secondRun = await Run(second);
        Assert.True(secondRun.Succeeded, secondRun.Failure?.Describe());
        string Result(string path) => JsonNode.Parse(File.ReadAllText(path))!["cells"]![1]!["outputs"]![0]!["data"]!["text/plain"]![0]!.GetValue<string>();
        Assert.Equal("refused", Result(first));
        Assert.Equal(File.ReadAllLines(package.PathOf("countries.csv")).Length - 1, int.Parse(Result(second)));
    }

    [Fact]
    public void A_value_still_being_drawn_is_taken_when_the_outputs_are_written()
    {
        var drawn = false;
        var outputs = new CellOutputs();
        outputs.Result(new MimeBundle(new Dictionary<string, object>
        {
            ["image/png"] = new Lazy<string>(() => { drawn = true; return "iVBORw0KGgo="; }),
            ["text/plain"] = "Figure",
        }, new Dictionary<string, object>()), 3);
        Assert.False(drawn);
        var json = outputs.ToJson();
        Assert.True(drawn);
        Assert.Equal("iVBORw0KGgo=", json[0]!["data"]!["image/png"]!.GetValue<string>());
        Assert.Equal(json.ToJsonString(), outputs.ToJson().ToJsonString());
    }

    /// <summary>A three-cell notebook (setup, a figure, a plain cell) in a temporary repository.</summary>
    private static string ToyFigureNotebook(TemporaryRepository repo) => repo.Notebook("02-broken.ipynb",
    [
        "#r \"nuget: ForcePosture, " + TemporaryRepository.LibraryVersion + "\"\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nusing ForcePosture.Figures;\nusing Plotly.NET.CSharp;\nrecord Row(int Year, int Value);\nvar rows = new[] { new Row(2020, 1), new Row(2021, 2) };",
        "Figure.Save(Chart.Line<int, int, string>(rows.Select(r => r.Year), rows.Select(r => r.Value)), name: \"02-toy\", title: \"A toy title\", subtitle: \"Toy units\", caption: \"Toy.\", altText: \"A toy line.\", sources: SourceLine.Uncited(\"None (test).\"), data: rows)",
        "var fine = 1;",
    ]);

    [RequiresChromiumFact]
    public async Task A_figure_cell_is_written_with_its_png_preview_and_the_static_files_in_place()
    {
        using var repo = new TemporaryRepository();
        var path = ToyFigureNotebook(repo);
        var run = await Run(path);
        Assert.True(run.Succeeded, run.Failure?.Describe());
        // The figure was drawn while the next cell ran; the notebook was written with its preview and the files in place.
        var figureOutput = JsonNode.Parse(File.ReadAllBytes(path))!["cells"]![2]!["outputs"]![0]!;
        var preview = Convert.FromBase64String(figureOutput["data"]!["image/png"]!.GetValue<string>());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], preview[..4]);
        var figures = Path.Combine(repo.Root, "figures");
        Assert.True(File.Exists(Path.Combine(figures, "02-toy.png")));
        Assert.True(File.Exists(Path.Combine(figures, "02-toy.svg")));
    }

    [Fact]
    public async Task A_failing_cell_names_notebook_cell_and_line_and_leaves_notebook_and_figures_untouched()
    {
        using var repo = new TemporaryRepository();
        var path = ToyFigureNotebook(repo);
        var good = await Run(path);
        Assert.True(good.Succeeded, good.Failure?.Describe());
        var figures = Path.Combine(repo.Root, "figures");
        var committed = Directory.GetFiles(figures).Order().Select(f => (f, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList();
        var notebookBefore = File.ReadAllBytes(path);

        // Break the last cell and make the figure different: nothing may change on disk.
        var broken = JsonNode.Parse(notebookBefore)!;
        broken["cells"]![2]!["source"] = NotebookDocument.Source(broken["cells"]![2]!.AsObject()).Replace("new Row(2021, 2)", "new Row(2021, 5)");
        broken["cells"]![3]!["source"] = "var fine = 1;\nvar oops = 1 / int.Parse(\"0\");";
        File.WriteAllText(path, broken.ToJsonString());
        var brokenBytes = File.ReadAllBytes(path);

        var failed = await Run(path);
        Assert.False(failed.Succeeded);
        Assert.Equal(4, failed.Failure!.CellNumber);
        Assert.Equal(2, failed.Failure.Line);
        Assert.Equal("DivideByZeroException", failed.Failure.Error.Name);
        Assert.Contains("notebooks/02-broken.ipynb: cell 4, line 2", failed.Failure.Describe(), StringComparison.Ordinal);
        Assert.Contains("var oops = 1 / int.Parse(\"0\");", failed.Failure.Describe(), StringComparison.Ordinal);
        Assert.Equal(brokenBytes, File.ReadAllBytes(path));
        Assert.Equal(committed, Directory.GetFiles(figures).Order().Select(f => (f, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList());
        Assert.False(Directory.Exists(Path.Combine(figures, ".staging")));
    }

    [Fact]
    public async Task Parameters_are_injected_typed_by_the_original_assignment_into_the_copy()
    {
        using var repo = new TemporaryRepository();
        var path = repo.Notebook("03-params.ipynb",
        [
            "int firstYear = 2000;\nvar countries = new[] { \"JPN\" };\nvar label = \"x\";",
            "$\"{firstYear + 1} {string.Join('+', countries)} {label}\"",
        ], firstIsParameters: true);
        var original = File.ReadAllBytes(path);
        var copy = Path.Combine(repo.Root, "out", "03-params-2010.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);

        await Assert.ThrowsAsync<ArgumentException>(() => Run(path, new() { ["firstYear"] = "2010" }));
        var wrongType = await Assert.ThrowsAsync<ArgumentException>(() => Run(path, new() { ["firstYear"] = "twenty" }, copy));
        Assert.Contains("expected an int", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("int firstYear = 2000;", wrongType.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => Run(path, new() { ["lastYear"] = "1" }, copy));
        Assert.Contains("firstYear, countries, label", unknown.Message, StringComparison.Ordinal);

        var result = await Run(path, new() { ["firstYear"] = "2010", ["countries"] = "AUS,PHL", ["label"] = "a \"quoted\" label" }, copy);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(original, File.ReadAllBytes(path));
        var cells = JsonNode.Parse(File.ReadAllText(copy))!["cells"]!.AsArray();
        Assert.Equal("injected-parameters", cells[2]!["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal("2011 AUS+PHL a \"quoted\" label", cells[3]!["outputs"]![0]!["data"]!["text/plain"]![0]!.GetValue<string>());
    }

    [RequiresNbformatFact]
    public async Task Written_notebooks_and_parameterised_copies_are_valid_according_to_nbformat()
    {
        using var repo = new TemporaryRepository();
        var path = repo.Notebook("01-outputs.ipynb",
        [
            "int firstYear = 2000;",
            "Console.WriteLine(\"to stdout\");\nConsole.Error.WriteLine(\"to stderr\");",
            "display(\"shown\");\nfirstYear + 42",
        ], firstIsParameters: true);
        Assert.True((await Run(path)).Succeeded);
        NbformatValidator.AssertValid(path);
        var copy = Path.Combine(repo.Root, "out", "01-outputs-2010.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        Assert.True((await Run(path, new() { ["firstYear"] = "2010" }, copy)).Succeeded);
        NbformatValidator.AssertValid(copy);
    }
}

/// <summary>Jupyter's own validator, from Debian's python3-nbformat.</summary>
internal static class NbformatValidator
{
    /// <summary>Validates the notebook with Jupyter's nbformat; call it only from a <c>[RequiresNbformatFact]</c> test, which is
    /// reported as skipped (with the install command) where nbformat is missing.</summary>
    public static void AssertValid(string path)
    {
        const string python = "/usr/bin/python3";
        var start = new ProcessStartInfo(python, ["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT))", path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.False(error.Contains("No module named 'nbformat'", StringComparison.Ordinal),
            "python3-nbformat is not installed: .ci/run installs it (apt-get install -y --no-install-recommends python3-nbformat).");
        Assert.True(process.ExitCode == 0, $"{path} is not a valid notebook according to nbformat:\n{error}");
    }
}
