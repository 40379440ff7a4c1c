using System.CommandLine;
using System.Globalization;
using ForcePosture.Validation;
using Spectre.Console;

namespace ForcePosture.Cli.Commands;

/// <summary>
/// <c>validate [--data DIR]</c>: loads every table of the data package, prints a summary per table and every problem as
/// <c>file:line:column: message</c> (file relative to the data directory), and exits 1 when anything is wrong, 0 otherwise.
/// Bad input (a missing directory, a missing or malformed <c>datapackage.json</c>, a missing CSV) is reported, never thrown.
/// </summary>
public static class ValidateCommand
{
    /// <summary>The command, for registration on the root command.</summary>
    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "The data directory (holding datapackage.json). Default: data/ in the current directory or the nearest parent that has one.",
            HelpName = "DIR",
        };
        var command = new Command("validate", "Validate every table of the data package against data/datapackage.json and the cross-table rules.") { data };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var plain = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected || IsContinuousIntegration();
            return Run(parseResult.GetValue(data), output, plain);
        });
        return command;
    }

    /// <summary>Validates and reports; returns the exit code (0 valid, 1 anything wrong).</summary>
    /// <param name="dataDirectory">The data directory, or null to search from the current directory.</param>
    /// <param name="output">Where to write the report.</param>
    /// <param name="plain">Plain text (for pipes, logs and CI) instead of a Spectre.Console table.</param>
    public static int Run(string? dataDirectory, TextWriter output, bool plain)
    {
        try
        {
            var dataset = dataDirectory is null ? ForcePostureData.Load() : ForcePostureData.Load(dataDirectory);
            output.WriteLine($"Data package: {dataset.DataDirectory}");
            if (dataset.Summaries.Count > 0)
            {
                if (plain)
                {
                    WritePlainSummary(dataset.Summaries, output);
                }
                else
                {
                    WriteTableSummary(dataset.Summaries, output);
                }
            }

            foreach (var diagnostic in dataset.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            output.WriteLine(dataset.IsValid
                ? $"OK: {dataset.Summaries.Count} table(s) valid."
                : $"FAILED: {dataset.Diagnostics.Count} problem(s).");
            return dataset.IsValid ? 0 : 1;
        }
        catch (Exception e)
        {
            // The loaders report bad data as diagnostics; reaching this is a defect of the tool, still reported without a stack trace.
            output.WriteLine($"validate: internal error ({e.GetType().Name}): {e.Message}");
            return 1;
        }
    }

    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { } ci && ci.Length > 0 && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    private static string Years(TableSummary s) => s.FirstYear is { } first ? $"{first}-{s.LastYear}" : "-";

    private static string[] Cells(TableSummary s) => s.Found
        ?
        [
            s.File, s.Rows.ToString(CultureInfo.InvariantCulture), Years(s), s.Countries.ToString(CultureInfo.InvariantCulture),
            s.Sources.ToString(CultureInfo.InvariantCulture), s.Problems.ToString(CultureInfo.InvariantCulture),
        ]
        : [s.File, "missing", "-", "-", "-", s.Problems.ToString(CultureInfo.InvariantCulture)];

    private static readonly string[] Headings = ["table", "rows", "years", "countries", "sources", "problems"];

    private static void WritePlainSummary(IReadOnlyList<TableSummary> summaries, TextWriter output)
    {
        var rows = summaries.Select(Cells).Prepend(Headings).ToList();
        var widths = Enumerable.Range(0, Headings.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }

    private static void WriteTableSummary(IReadOnlyList<TableSummary> summaries, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(Headings[0]);
        foreach (var heading in Headings.Skip(1))
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var summary in summaries)
        {
            var cells = Cells(summary).Select(Markup.Escape).ToArray();
            if (summary.Problems > 0)
            {
                cells[^1] = $"[red]{cells[^1]}[/]";
            }

            table.AddRow(cells);
        }

        console.Write(table);
    }
}
