using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Figures;
using ForcePosture.Files;

namespace ForcePosture.Notebooks.Documents;

/// <summary>What the runner reports while it works (the command line shows it as progress).</summary>
public interface IRunProgress
{
    void NotebookStarted(string notebook, int codeCells);
    void CellStarted(string notebook, int cellNumber, int codeCellIndex, int codeCells);
    void CellFinished(string notebook, int cellNumber, TimeSpan elapsed, bool succeeded);
}

/// <summary>How to run one notebook.</summary>
/// <param name="Parameters">Overrides for the parameters cell (name → text).</param>
/// <param name="OutputPath">Where the executed copy goes; null to update the notebook itself.</param>
public sealed record RunRequest(string NotebookPath, IReadOnlyDictionary<string, string> Parameters, string? OutputPath);

/// <summary>Where a run failed: the notebook, the 1-based cell number (counting every cell, as editors show them), the cell's
/// line and the error.</summary>
public sealed record CellFailure(string Notebook, int CellNumber, int? Line, string? SourceLine, CellError Error)
{
    public string Describe()
    {
        var where = Line is null ? $"{Notebook}: cell {CellNumber}" : $"{Notebook}: cell {CellNumber}, line {Line}";
        var source = SourceLine is null ? "" : $"\n    {SourceLine.Trim()}";
        return $"{where}: {Error.Name}: {Error.Value}{source}";
    }
}

public sealed record CellTiming(int CellNumber, TimeSpan Elapsed);

public sealed record NotebookRunResult(
    string Notebook,
    string WrittenTo,
    bool Changed,
    IReadOnlyList<CellTiming> Cells,
    IReadOnlyList<FigureRecord> Figures,
    TimeSpan Elapsed,
    CellFailure? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>Runs a notebook's code cells in order in a fresh <see cref="ExecutionSession"/>, writes the outputs back as Jupyter
/// outputs and commits the figures it saved. A failing cell stops the run: the notebook file and the committed figures are
/// left exactly as they were.</summary>
public sealed class NotebookRunner(EngineOptions engine, IRunProgress? progress = null)
{
    public async Task<NotebookRunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        await (await StartAsync(request, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>Runs the notebook's cells. The returned task completes the run: it waits for the figures still being drawn,
    /// writes the notebook and commits its figures (or, after a failing cell, is already complete). <see cref="Reproduction.Reproducer"/>
    /// starts the next notebook's cells while this one's figures are drawn.</summary>
    internal async Task<Task<NotebookRunResult>> StartAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var notebookPath = Path.GetFullPath(request.NotebookPath);
        var root = RepositoryLayout.FindRoot(Path.GetDirectoryName(notebookPath)!);
        var shown = RepositoryLayout.Relative(root, notebookPath);
        var document = NotebookDocument.Load(notebookPath);
        var outputPath = request.OutputPath is null ? notebookPath : Path.GetFullPath(request.OutputPath);
        if (request.Parameters.Count > 0 && outputPath == notebookPath)
            throw new ArgumentException($"{shown}: parameters change the analysis, so the executed copy must go elsewhere: add --output PATH.");
        InjectParameters(document, request.Parameters, shown);

        var figuresDirectory = outputPath == notebookPath ? null : Path.Combine(Path.GetDirectoryName(outputPath)!, "figures");
        var figures = FigureSession.Begin(root, notebookPath, figuresDirectory);
        figures.PreviousPreviews = FigurePreviews(document);
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(notebookPath)!);
        var timings = new List<CellTiming>();
        try
        {
            await using var session = await ExecutionSession.CreateAsync(engine with { WorkingDirectory = Path.GetDirectoryName(notebookPath) }, cancellationToken).ConfigureAwait(false);
            var codeCells = document.Cells.OfType<JsonObject>().Where(c => c["cell_type"]?.GetValue<string>() == "code").ToList();
            progress?.NotebookStarted(shown, codeCells.Count);
            var executionCount = 0;
            var executed = new List<(JsonObject Cell, CellOutputs Outputs)>();
            for (var i = 0; i < document.Cells.Count; i++)
            {
                var cell = (JsonObject)document.Cells[i]!;
                if (cell["cell_type"]?.GetValue<string>() != "code") continue;
                var source = NotebookDocument.Source(cell);
                var cellStopwatch = Stopwatch.StartNew();
                progress?.CellStarted(shown, i + 1, executionCount + 1, codeCells.Count);
                var outputs = new CellOutputs();
                var result = await session.ExecuteAsync(source, outputs, cancellationToken).ConfigureAwait(false);
                executionCount++;
                timings.Add(new CellTiming(i + 1, cellStopwatch.Elapsed));
                progress?.CellFinished(shown, i + 1, cellStopwatch.Elapsed, result.Succeeded);
                if (result.Error is { } error)
                {
                    figures.Discard();
                    figures.End();
                    var line = error.Line is { } n && n >= 1 ? source.Replace("\r\n", "\n").Split('\n').ElementAtOrDefault(n - 1) : null;
                    return Task.FromResult(new NotebookRunResult(shown, RepositoryLayout.Relative(root, outputPath), false, timings, [], stopwatch.Elapsed,
                        new CellFailure(shown, i + 1, error.Line, line, error)));
                }
                if (result.Value is { } value) outputs.Result(value, executionCount);
                cell["execution_count"] = executionCount;
                executed.Add((cell, outputs));
                if (cell["metadata"] is null) cell["metadata"] = new JsonObject();
            }
            // Off the caller's thread, so the next notebook's cells can run meanwhile.
            return Task.Run(() => Complete(figures, executed, document, outputPath, new NotebookRunResult(shown, RepositoryLayout.Relative(root, outputPath), false, timings, [], TimeSpan.Zero, null), stopwatch), CancellationToken.None);
        }
        catch
        {
            figures.Discard();
            figures.End();
            throw;
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    /// <summary>Waits for the figures' SVGs and PNGs, which were drawn beside the later cells (the outputs show their previews),
    /// then writes the notebook and commits the figures; on failure discards them and leaves the notebook as it was.</summary>
    private static NotebookRunResult Complete(FigureSession figures, List<(JsonObject Cell, CellOutputs Outputs)> executed, NotebookDocument document,
        string outputPath, NotebookRunResult cells, Stopwatch stopwatch)
    {
        try
        {
            figures.WaitForPending();
            foreach (var (cell, outputs) in executed) cell["outputs"] = outputs.ToJson();
            document.Normalise();
            var text = document.Serialise();
            var changed = !AtomicFile.HasContent(outputPath, Encoding.UTF8.GetBytes(text));
            if (changed) AtomicFile.WriteAllText(outputPath, text);
            var committed = figures.Commit();
            return cells with { Changed = changed, Figures = committed, Elapsed = stopwatch.Elapsed };
        }
        catch
        {
            figures.Discard();
            throw;
        }
        finally
        {
            figures.End();
        }
    }

    /// <summary>The preview PNG of each figure output in the notebook as it was committed ("Figure NAME: ..." in text/plain
    /// beside an image/png), by figure name.</summary>
    private static Dictionary<string, byte[]> FigurePreviews(NotebookDocument document)
    {
        static string Joined(JsonNode? node) => node switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
            JsonValue value => value.GetValue<string>(),
            _ => "",
        };
        var previews = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var output in document.Cells.OfType<JsonObject>().SelectMany(c => c["outputs"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (output["data"] is not JsonObject data || data["image/png"] is null) continue;
            var text = Joined(data["text/plain"]);
            if (!text.StartsWith("Figure ", StringComparison.Ordinal) || text.IndexOf(':') is var colon && colon < 0) continue;
            try
            {
                previews[text["Figure ".Length..colon]] = Convert.FromBase64String(Joined(data["image/png"]));
            }
            catch (FormatException)
            {
                // Not a preview this runner wrote; the figure is drawn (or reported as not drawn) as if it had none.
            }
        }
        return previews;
    }

    private static void InjectParameters(NotebookDocument document, IReadOnlyDictionary<string, string> overrides, string shown)
    {
        // A previous injected cell (from a copy made with -p) is replaced, never stacked.
        for (var i = document.Cells.Count - 1; i >= 0; i--)
            if (document.Cells[i] is JsonObject c && NotebookDocument.Tags(c).Contains("injected-parameters")) document.Cells.RemoveAt(i);
        if (overrides.Count == 0) return;
        var index = -1;
        for (var i = 0; i < document.Cells.Count; i++)
            if (document.Cells[i] is JsonObject c && c["cell_type"]?.GetValue<string>() == "code" && NotebookDocument.Tags(c).Contains("parameters")) { index = i; break; }
        if (index < 0) throw new ArgumentException($"{shown}: -p was given but no code cell is tagged \"parameters\".");
        var declared = NotebookParameters.Declared(NotebookDocument.Source((JsonObject)document.Cells[index]!));
        var source = NotebookParameters.InjectedSource(declared, overrides, shown);
        var injected = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray("injected-parameters") },
            ["outputs"] = new JsonArray(),
            ["source"] = NotebookDocument.Lines(source),
        };
        if ((document.Root["nbformat_minor"]?.GetValue<int>() ?? 0) >= 5) injected["id"] = "injected-parameters";
        document.Cells.Insert(index + 1, injected);
    }
}
