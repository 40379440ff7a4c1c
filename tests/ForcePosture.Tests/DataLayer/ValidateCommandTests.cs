using System.CommandLine;
using System.Diagnostics;
using ForcePosture.Cli.Commands;

namespace ForcePosture.Tests.DataLayer;

public class ValidateCommandTests
{
    private static (int ExitCode, string Output) Invoke(params string[] args)
    {
        var root = new RootCommand { ValidateCommand.Create() };
        using var output = new StringWriter();
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (exitCode, output.ToString());
    }

    [Fact]
    public void Valid_package_exits_0_with_a_summary_per_table()
    {
        var (exitCode, output) = Invoke("validate", "--data", FixturePackage.ValidDirectory);
        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("table                       rows      years  countries  sources  problems", lines[1]);
        Assert.Equal("us-troops.csv                  5  2020-2021          3        2         0", lines[4]);
        Assert.Equal("agreements.csv                 6  1947-2023          0        3         0", lines[9]);
        Assert.Equal("european-forces.csv            2  2020-2020          3        3         0", lines[13]);
        Assert.Equal("OK: 15 table(s) valid.", lines[^1]);
        Assert.Equal(18, lines.Length);
    }

    [Fact]
    public void Corrupted_package_exits_1_and_prints_every_problem_as_file_line_column()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("population.csv", 3, "XYZ,2021,1000,fixture-a,Test fixture: toy values")
            .ReplaceLine("us-troops.csv", 2, "JPN,2020,2020-09,september-report,true,100,-5,40,30,20,0,0,,false,fixture-a,Test fixture: toy values")
            .Delete("us-bases.csv");
        var (exitCode, output) = Invoke("validate", "--data", p.Directory);
        Assert.Equal(1, exitCode);
        Assert.Contains("\nus-troops.csv:2:7: army -5 is below the minimum 0\n", output);
        Assert.Contains("\npopulation.csv:3:1: unknown countries.iso3 'XYZ': no such row in countries.csv\n", output);
        Assert.Contains("\nus-bases.csv: file not found: the data package lists this resource, so the file must exist\n", output);
        Assert.Matches(@"\nus-bases\.csv +missing +- +- +- +1\n", output);
        Assert.EndsWith("FAILED: 3 problem(s).\n", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public void Missing_directory_and_malformed_descriptor_exit_1_without_a_stack_trace()
    {
        using var p = FixturePackage.Copy().WriteText("datapackage.json", "{ \"resources\": [ ");
        var (exitCode, output) = Invoke("validate", "--data", p.Directory);
        Assert.Equal(1, exitCode);
        Assert.Contains("datapackage.json:1:18: malformed JSON: ", output);
        Assert.DoesNotContain("   at ", output);

        var missing = Path.Combine(p.Directory, "nope");
        (exitCode, output) = Invoke("validate", "--data", missing);
        Assert.Equal(1, exitCode);
        Assert.Contains($"datapackage.json: data directory not found: {missing}", output);
    }

    [Fact]
    public void Terminal_rendering_draws_a_table_and_still_prints_the_problems()
    {
        using var p = FixturePackage.Copy().ReplaceLine("population.csv", 3, "XYZ,2021,1000,fixture-a,Test fixture: toy values");
        using var output = new StringWriter();
        var exitCode = ValidateCommand.Run(p.Directory, output, plain: false);
        Assert.Equal(1, exitCode);
        Assert.Contains("│ population.csv ", output.ToString());
        Assert.Contains("population.csv:3:1: unknown countries.iso3 'XYZ': no such row in countries.csv", output.ToString());
    }

    [Fact]
    public void The_built_command_line_registers_validate_and_exits_1_on_bad_input()
    {
        // End to end through Program.cs: the CLI assembly sits in the test output (project reference).
        using var p = FixturePackage.Copy().ReplaceLine("gdp.csv", 2, "JPN,2020,current_usd,5000000,fixture-z,Test fixture: toy values");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ForcePosture.Cli.dll"), "validate", "--data", p.Directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("\ngdp.csv:2:5: unknown sources.source_id 'fixture-z': no such row in sources.csv\n", output);
        Assert.Equal("", error);
    }
}
