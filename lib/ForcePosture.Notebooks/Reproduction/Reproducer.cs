using System.Diagnostics;
using ForcePosture.Figures;
using ForcePosture.Notebooks.Documents;

namespace ForcePosture.Notebooks.Reproduction;

/// <summary>The outcome of <see cref="Reproducer.RunAsync"/>: every notebook's result, in order, the total time and the
/// most memory the process held resident (bytes) by the end.</summary>
public sealed record ReproductionResult(IReadOnlyList<NotebookRunResult> Notebooks, IReadOnlyList<string> Errors, TimeSpan Elapsed, long PeakMemoryBytes)
{
    public bool Succeeded => Errors.Count == 0 && Notebooks.All(n => n.Succeeded);
}

/// <summary>Runs every notebooks/*.ipynb of the repository in one process (a fresh session per notebook, one browser for all
/// figures), then writes the gallery figures/README.md. A failing notebook is reported and the others still run; its own
/// notebook file and figures are left as they were. Between notebooks the memory the finished one freed is given back
/// (<see cref="ProcessMemory.Release"/>), so the process's peak is about that of its largest notebook plus what stays loaded.</summary>
public sealed class Reproducer(EngineOptions engine, IRunProgress? progress = null)
{
    public async Task<ReproductionResult> RunAsync(string repositoryRoot, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var notebooks = Directory.EnumerateFiles(Path.Combine(repositoryRoot, "notebooks"), "*.ipynb")
            .Order(StringComparer.Ordinal).ToList();
        var browser = Figure.PrepareAsync();   // the browser starts while the first notebook compiles; Save waits for it
        var runner = new NotebookRunner(engine, progress);
        var results = new List<NotebookRunResult>();
        var errors = new List<string>();
        // Each notebook's cells run while the previous notebook's last figures are still being drawn; the notebooks are
        // completed (written, their figures committed) in order.
        Task<NotebookRunResult>? completing = null;
        async Task CollectAsync(Task<NotebookRunResult>? completion)
        {
            if (completion is null) return;
            try
            {
                results.Add(await completion.ConfigureAwait(false));
            }
            // InvalidOperationException: a figure's SVG or PNG could not be rendered (the notebook was not written).
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                errors.Add(e.Message);
            }
        }
        foreach (var notebook in notebooks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task<NotebookRunResult>? started = null;
            try
            {
                started = await runner.StartAsync(new RunRequest(notebook, new Dictionary<string, string>(), null), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NotebookFormatException or ArgumentException or InvalidDataException or InvalidOperationException)
            {
                errors.Add(e.Message);
            }
            await CollectAsync(completing).ConfigureAwait(false);
            completing = started;
            ProcessMemory.Release();
        }
        await CollectAsync(completing).ConfigureAwait(false);
        await browser.ConfigureAwait(false);
        Gallery.Write(repositoryRoot);
        return new ReproductionResult(results, errors, stopwatch.Elapsed, ProcessMemory.PeakBytes());
    }
}
