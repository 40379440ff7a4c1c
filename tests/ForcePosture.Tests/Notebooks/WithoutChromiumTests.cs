using System.Text.Json.Nodes;
using ForcePosture.Figures;
using ForcePosture.Notebooks;
using ForcePosture.Notebooks.Documents;

namespace ForcePosture.Tests.Notebooks;

/// <summary>
/// A newcomer without Chromium must not degrade the repository: a figure that did not change keeps its committed PNG, SVG and
/// notebook preview byte for byte; only a figure that changed loses them (and is reported). The committed state a Chromium
/// run leaves is set up by hand here (images, their hashes in the manifest, the preview in the notebook), so the test needs no
/// browser and runs everywhere.
/// </summary>
[Collection(nameof(NotebookRunnerCollection))]
public sealed class WithoutChromiumTests
{
    private static readonly NotebookRunner Runner = new(new EngineOptions());
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Preview = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 8, 7];
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private static async Task<NotebookRunResult> RunWithoutChromium(string path)
    {
        var before = Environment.GetEnvironmentVariable("FORCEPOSTURE_CHROMIUM");
        Environment.SetEnvironmentVariable("FORCEPOSTURE_CHROMIUM", "/nonexistent/chromium");
        await Figure.ShutdownRendererAsync();
        try
        {
            var result = await Runner.RunAsync(new RunRequest(path, new Dictionary<string, string>(), null));
            Assert.True(result.Succeeded, result.Failure?.Describe());
            return result;
        }
        finally
        {
            Environment.SetEnvironmentVariable("FORCEPOSTURE_CHROMIUM", before);
            await Figure.ShutdownRendererAsync();
        }
    }

    private static string ToyNotebook(TemporaryRepository repo) => repo.Notebook("02-toy.ipynb",
    [
        "#r \"nuget: ForcePosture, " + TemporaryRepository.LibraryVersion + "\"\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nusing ForcePosture.Figures;\nusing Plotly.NET.CSharp;\nrecord Row(int Year, int Value);\nvar rows = new[] { new Row(2020, 1), new Row(2021, 2) };",
        "Figure.Save(Chart.Line<int, int, string>(rows.Select(r => r.Year), rows.Select(r => r.Value)), name: \"02-toy\", title: \"A toy title\", subtitle: \"Toy units\", caption: \"Toy.\", altText: \"A toy line.\", sources: SourceLine.Uncited(\"None (test).\"), data: rows)",
    ]);

    /// <summary>What a run with Chromium leaves: the three images, their hashes in the manifest, the preview in the notebook.</summary>
    private static void AddDrawnImages(TemporaryRepository repo, string notebookPath)
    {
        var figures = Path.Combine(repo.Root, "figures");
        var manifestPath = Path.Combine(figures, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var outputs = manifest["figures"]!["02-toy"]!["outputs"]!.AsObject();
        foreach (var stem in (string[])["02-toy", "02-toy.ko"])
        {
            File.WriteAllBytes(Path.Combine(figures, stem + ".png"), Png);
            File.WriteAllText(Path.Combine(figures, stem + ".svg"), Svg);
            File.WriteAllBytes(Path.Combine(figures, stem + ".pdf"), Pdf);
            outputs[stem + ".png"] = FigureManifest.Hash(Png);
            outputs[stem + ".svg"] = FigureManifest.HashFile(Path.Combine(figures, stem + ".svg"));
            outputs[stem + ".pdf"] = FigureManifest.Hash(Pdf);
        }
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var notebook = JsonNode.Parse(File.ReadAllText(notebookPath))!;
        var cell = notebook["cells"]![2]!.AsObject();
        var result = cell["outputs"]!.AsArray().Single(o => o!["output_type"]!.GetValue<string>() == "execute_result")!;
        result["data"]!["image/png"] = Convert.ToBase64String(Preview);
        cell["outputs"] = new JsonArray(result.DeepClone());
        File.WriteAllText(notebookPath, notebook.ToJsonString());
    }

    private static JsonObject FigureOutput(string notebookPath) =>
        JsonNode.Parse(File.ReadAllText(notebookPath))!["cells"]![2]!["outputs"]!.AsArray()
            .Single(o => o!["output_type"]!.GetValue<string>() == "execute_result")!.AsObject();

    [Fact]
    public async Task An_unchanged_figure_keeps_its_images_and_preview_and_a_changed_one_loses_them()
    {
        using var repo = new TemporaryRepository();
        var path = ToyNotebook(repo);
        var first = await RunWithoutChromium(path);
        Assert.NotNull(first.Figures.Single().SkippedStatic);   // nothing drawn yet, nothing to keep
        AddDrawnImages(repo, path);
        var figures = Path.Combine(repo.Root, "figures");
        var manifestPath = Path.Combine(figures, "manifest.json");

        // Unchanged: the images, their hashes and the preview stay; a second run changes no byte.
        var kept = (await RunWithoutChromium(path)).Figures.Single();
        Assert.True(kept.KeptStatic);
        // The reason, with the install commands, outlives the browser's shutdown, so the run's summary can print it.
        Assert.StartsWith("Chromium not found at /nonexistent/chromium", Figure.RendererUnavailable, StringComparison.Ordinal);
        Assert.Contains(ChromiumRenderer.InstallHint, Figure.RendererUnavailable, StringComparison.Ordinal);
        Assert.Null(kept.SkippedStatic);
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(figures, "02-toy.png")));
        Assert.Equal(Svg, File.ReadAllText(Path.Combine(figures, "02-toy.svg")));
        Assert.Equal(Pdf, File.ReadAllBytes(Path.Combine(figures, "02-toy.pdf")));
        var entry = JsonNode.Parse(File.ReadAllText(manifestPath))!["figures"]!["02-toy"]!["outputs"]!;
        Assert.Equal(FigureManifest.Hash(Png), entry["02-toy.png"]!.GetValue<string>());
        Assert.NotNull(entry["02-toy.svg"]);
        Assert.Equal(FigureManifest.Hash(Pdf), entry["02-toy.pdf"]!.GetValue<string>());
        var output = FigureOutput(path);
        var png = output["data"]!["image/png"]!;
        Assert.Equal(Preview, Convert.FromBase64String(png is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : png.GetValue<string>()));
        Assert.Single(JsonNode.Parse(File.ReadAllText(path))!["cells"]![2]!["outputs"]!.AsArray());   // no warning on stderr
        var notebookBytes = File.ReadAllBytes(path);
        var manifestBytes = File.ReadAllBytes(manifestPath);
        Assert.False((await RunWithoutChromium(path)).Changed);
        Assert.Equal(notebookBytes, File.ReadAllBytes(path));
        Assert.Equal(manifestBytes, File.ReadAllBytes(manifestPath));

        // Changed: the old images no longer show the figure, so they go, and the run says why.
        var notebook = JsonNode.Parse(File.ReadAllText(path))!;
        notebook["cells"]![1]!["source"] = NotebookDocument.Source(notebook["cells"]![1]!.AsObject()).Replace("new Row(2021, 2)", "new Row(2021, 5)");
        File.WriteAllText(path, notebook.ToJsonString());
        var stale = (await RunWithoutChromium(path)).Figures.Single();
        Assert.False(stale.KeptStatic);
        Assert.Contains("Chromium not found", stale.SkippedStatic);
        Assert.False(File.Exists(Path.Combine(figures, "02-toy.png")));
        Assert.False(File.Exists(Path.Combine(figures, "02-toy.svg")));
        Assert.False(File.Exists(Path.Combine(figures, "02-toy.pdf")));
        foreach (var korean in (string[])["02-toy.ko.png", "02-toy.ko.svg", "02-toy.ko.pdf"]) Assert.False(File.Exists(Path.Combine(figures, korean)), korean);
        entry = JsonNode.Parse(File.ReadAllText(manifestPath))!["figures"]!["02-toy"]!["outputs"]!;
        Assert.Null(entry["02-toy.png"]);
        Assert.Null(FigureOutput(path)["data"]!["image/png"]);
    }
}
