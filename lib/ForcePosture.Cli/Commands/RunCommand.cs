using System.CommandLine;
using ForcePosture.Figures;
using ForcePosture.Notebooks;
using ForcePosture.Notebooks.Documents;
using ForcePosture.Notebooks.Reproduction;

namespace ForcePosture.Cli.Commands;

/// <summary><c>run NOTEBOOK... [-p name=value]... [--output PATH]</c>: executes notebooks headlessly and writes their outputs
/// back (or to --output). Exit code 0 when every notebook ran, 1 when a cell failed, 2 for bad input.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("NOTEBOOK") { Arity = ArgumentArity.OneOrMore, Description = "Notebooks (.ipynb) to run, in order." };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Override a variable of the notebook's cell tagged \"parameters\": -p firstYear=2010 (arrays: -p countries=JPN,AUS).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the executed copy here instead of updating the notebook (one notebook only); its figures go to a figures/ folder beside it." };
        var command = new Command("run", "Run notebooks headlessly: execute every code cell in order and write the outputs back.") { notebooks, parameters, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(notebooks) ?? [];
            var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var text in parse.GetValue(parameters) ?? [])
            {
                var equals = text.IndexOf('=');
                if (equals <= 0)
                {
                    Console.Error.WriteLine($"-p {text}: expected name=value");
                    return 2;
                }
                overrides[text[..equals].Trim()] = text[(equals + 1)..];
            }
            var outputPath = parse.GetValue(output);
            if (outputPath is not null && paths.Length != 1)
            {
                Console.Error.WriteLine("--output takes one notebook.");
                return 2;
            }
            var runner = new NotebookRunner(new EngineOptions(), new PlainProgress(Console.Error));
            var staleCount = 0;
            try
            {
                foreach (var path in paths)
                {
                    var result = await runner.RunAsync(new RunRequest(path, overrides, outputPath), cancellationToken);
                    if (result.Failure is { } failure)
                    {
                        Console.Error.WriteLine(failure.Describe());
                        Console.Error.WriteLine($"{failure.Notebook}: not written; its committed outputs and figures are unchanged.");
                        return 1;
                    }
                    Console.Error.WriteLine($"{result.Notebook}: {(result.Changed ? "written to " + result.WrittenTo : "unchanged")}, {result.Figures.Count} figures, {result.Elapsed.TotalSeconds:0.0} s");
                    var kept = result.Figures.Count(f => f.KeptStatic);
                    if (kept > 0) Console.Error.WriteLine($"No Chromium: {kept} unchanged figure(s) kept their committed PDF, PNG, SVG and notebook preview.");
                    var stale = result.Figures.Where(f => f.SkippedStatic is not null).Select(f => f.Name).ToList();
                    if (stale.Count > 0)
                    {
                        Console.Error.WriteLine($"warning: {stale.Count} figure(s) changed and could not be drawn, so they have no PDF, PNG, SVG or notebook preview: {string.Join(", ", stale)}.");
                        staleCount += stale.Count;
                    }
                    // Why there was no browser, with the install commands: also when every figure could keep its committed images.
                    if ((kept > 0 || stale.Count > 0) && Figure.RendererUnavailable is { } why)
                        Console.Error.WriteLine($"warning: {why}");
                }
                if (staleCount > 0 && Environment.GetEnvironmentVariable("CI") is { } ci && ci.Length > 0 && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0")
                {
                    Console.Error.WriteLine($"error: CI=true and {staleCount} figure(s) changed without PDF, PNG and SVG; CI must draw every figure.");
                    return 1;
                }
                return 0;
            }
            catch (Exception e) when (e is NotebookFormatException or ArgumentException or InvalidOperationException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            finally
            {
                await Figure.ShutdownRendererAsync();
            }
        });
        return command;
    }
}
