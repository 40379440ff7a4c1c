using System.CommandLine;
using System.Globalization;
using ForcePosture.Figures;
using ForcePosture.Notebooks;
using ForcePosture.Notebooks.Documents;
using ForcePosture.Notebooks.Reproduction;
using Spectre.Console;

namespace ForcePosture.Cli.Commands;

/// <summary><c>reproduce</c>: runs every notebook, regenerates every figure and the gallery, and ends with a summary of
/// notebooks, figures and timings. Live progress on a terminal; plain lines when CI=true or output is redirected.
/// Exit code 0 when everything ran, 1 otherwise.</summary>
public static class ReproduceCommand
{
    public static Command Create()
    {
        var command = new Command("reproduce", "Run every notebook in notebooks/ and regenerate every figure in figures/ (the README's first command).");
        command.SetAction(async (_, cancellationToken) =>
        {
            string root;
            try
            {
                root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
                if (!Directory.Exists(Path.Combine(root, "notebooks"))) throw new InvalidOperationException($"{root}: no notebooks/ folder.");
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            var plain = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || Console.IsOutputRedirected;
            var console = plain
                ? AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(Console.Out) })
                : AnsiConsole.Console;
            if (plain) console.Profile.Width = 120;
            ReproductionResult result;
            try
            {
                if (plain)
                {
                    result = await new Reproducer(new EngineOptions(), new PlainProgress(Console.Out)).RunAsync(root, cancellationToken);
                }
                else
                {
                    result = await console.Status().StartAsync("Starting", async context =>
                        await new Reproducer(new EngineOptions(), new StatusProgress(context, console)).RunAsync(root, cancellationToken));
                }
            }
            finally
            {
                await Figure.ShutdownRendererAsync();
            }
            var stale = Summarise(console, result);
            if (!result.Succeeded) return 1;
            // The tracker is built from what the notebooks left (figures/) and the package, as the `site` command builds it.
            if (await SiteCommand.RunAsync(root, null, Console.Out) != 0) return 1;
            if (stale > 0 && IsContinuousIntegration())
            {
                console.WriteLine($"error: CI=true and {stale} figure(s) changed without PDF, PNG and SVG; CI must draw every figure.");
                return 1;
            }
            return 0;
        });
        return command;
    }

    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { } ci && ci.Length > 0 && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    /// <summary>Prints the run's tables and warnings; returns the number of figures that changed but could not be drawn.</summary>
    private static int Summarise(IAnsiConsole console, ReproductionResult result)
    {
        var notebooks = new Table().Title("Notebooks").AddColumns("Notebook", "Cells", "First cell (ms)", "Figures", "Time (s)", "Result");
        foreach (var n in result.Notebooks)
        {
            notebooks.AddRow(
                Markup.Escape(n.Notebook),
                n.Cells.Count.ToString(CultureInfo.InvariantCulture),
                n.Cells.Count == 0 ? "-" : n.Cells[0].Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                n.Figures.Count.ToString(CultureInfo.InvariantCulture),
                n.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                n.Failure is null ? (n.Changed ? "updated" : "unchanged") : $"FAILED at cell {n.Failure.CellNumber}");
        }
        console.Write(notebooks);
        var figures = new Table().Title("Figures").AddColumns("Figure", "Notebook", "Save (ms)", "of which chart to JSON", "Chromium: SVG and preview (ms)", "then PDF and print PNG (ms)", "Static images");
        foreach (var n in result.Notebooks)
            foreach (var f in n.Figures)
                figures.AddRow(Markup.Escape(f.Name), Markup.Escape(n.Notebook), f.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                    f.Serialising.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), f.Rendering.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                    f.SkippedStatic is null ? f.PrintPng.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) : "-", StaticImages(f));
        console.Write(figures);
        console.WriteLine("Save: what the notebook waited for. Chromium draws each figure's SVG and preview, then its worker encodes the print PNG, while the notebook's next cells run; a notebook is written when its figures are done.");
        foreach (var n in result.Notebooks.Where(n => n.Failure is not null))
            console.WriteLine(n.Failure!.Describe());
        foreach (var error in result.Errors) console.WriteLine(error);
        var staleFigures = result.Notebooks.SelectMany(n => n.Figures).Where(f => f.SkippedStatic is not null).Select(f => f.Name).ToList();
        var keptFigures = result.Notebooks.SelectMany(n => n.Figures).Count(f => f.KeptStatic);
        if (keptFigures > 0)
            console.WriteLine($"No Chromium: {keptFigures} unchanged figure(s) kept their committed PDF, PNG, SVG and notebook preview.");
        if (staleFigures.Count > 0)
            console.WriteLine($"warning: {staleFigures.Count} figure(s) changed and could not be drawn, so they have no PDF, PNG, SVG or notebook preview until a run with Chromium: {string.Join(", ", staleFigures)}.");
        // Why there was no browser, with the install commands: also when every figure could keep its committed images.
        if ((keptFigures > 0 || staleFigures.Count > 0) && Figure.RendererUnavailable is { } why)
            console.WriteLine("warning: " + why);
        if (Figure.RendererStartTime is { } start)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Browser start: {start.TotalMilliseconds:0} ms (once per run, beside the first notebook's cells; not counted in figure times)."));
        var figureCount = result.Notebooks.Sum(n => n.Figures.Count);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Notebooks.Count} notebooks, {figureCount} figures in {result.Elapsed.TotalSeconds:0.00} s, peak memory {result.PeakMemoryBytes / 1e6:0} MB: {(!result.Succeeded ? "FAILED" : staleFigures.Count > 0 ? $"reproduced, {staleFigures.Count} without static images" : "all reproduced")}."));
        return staleFigures.Count;
    }

    private static string StaticImages(FigureRecord figure) =>
        figure.KeptStatic ? "kept (no Chromium)" : figure.SkippedStatic is null ? "PDF, PNG, SVG" : "STALE: not drawn";

    /// <summary>Live status line on a terminal: notebook, cell and elapsed time; one line printed per finished notebook cell.</summary>
    private sealed class StatusProgress(StatusContext context, IAnsiConsole console) : IRunProgress
    {
        public void NotebookStarted(string notebook, int codeCells) =>
            console.MarkupLine($"[bold]{Markup.Escape(notebook)}[/]: {codeCells} code cells");

        public void CellStarted(string notebook, int cellNumber, int codeCellIndex, int codeCells) =>
            context.Status($"{Markup.Escape(notebook)}: cell {cellNumber} ({codeCellIndex}/{codeCells})");

        public void CellFinished(string notebook, int cellNumber, TimeSpan elapsed, bool succeeded) =>
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"  cell {cellNumber} {(succeeded ? "[green]ok[/]" : "[red]FAILED[/]")} {elapsed.TotalMilliseconds:0} ms"));
    }
}
