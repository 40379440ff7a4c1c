using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ForcePosture.Figures;
using ForcePosture.Site;

namespace ForcePosture.Cli.Commands;

/// <summary>
/// <c>site [--output DIR]</c>: builds the tracker website (<c>site/</c>) from <c>data/</c>, <c>figures/</c> and
/// <c>CITATION.cff</c>. Only a package that <c>validate</c> accepts is built; otherwise its problems are printed and the exit
/// code is 1 (nothing is written). <c>reproduce</c> ends with the same build.
/// </summary>
public static class SiteCommand
{
    /// <summary>The command, for registration on the root command.</summary>
    public static Command Create()
    {
        var outputOption = new Option<string?>("--output")
        {
            Description = "Where to write the site. Default: site/ in the repository.",
            HelpName = "DIR",
        };
        var command = new Command("site", "Build the tracker website, site/, from data/ and figures/ (only when the data package validates).") { outputOption };
        command.SetAction(async (parseResult, _) =>
        {
            string root;
            try
            {
                root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            return await RunAsync(root, parseResult.GetValue(outputOption), Console.Out);
        });
        return command;
    }

    /// <summary>Validates the package of <paramref name="root"/> and builds the site; returns the exit code.</summary>
    public static async Task<int> RunAsync(string root, string? outputDirectory, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();
        var data = ForcePostureData.Load(Path.Combine(root, "data"));
        if (!data.IsValid)
        {
            foreach (var diagnostic in data.Diagnostics) output.WriteLine(diagnostic.ToString());
            output.WriteLine($"site not built: the data package has {data.Diagnostics.Count} problem(s) (listed above); the site is built only from a package that `validate` accepts.");
            return 1;
        }

        SiteBuildResult result;
        try
        {
            result = await SiteBuilder.BuildAsync(data, root, outputDirectory);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or InvalidPackageException)
        {
            output.WriteLine($"site not built: {e.Message}");
            return 1;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Site: {result.Files.Count} files in {Path.GetRelativePath(root, Path.GetFullPath(outputDirectory ?? Path.Combine(root, SiteBuilder.Folder)))}/, {result.Written.Count} written, {result.Removed.Count} removed, in {stopwatch.Elapsed.TotalSeconds:0.00} s."));
        return 0;
    }
}
