using System.Text.RegularExpressions;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Figures;

/// <summary>Checks on the figures committed in this repository.</summary>
public sealed partial class CommittedFiguresTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    [Fact]
    public void Every_committed_figure_is_current_with_its_inputs()
    {
        var problems = FigureManifest.FindStale(Root);
        Assert.True(problems.Count == 0,
            "Figures are stale; regenerate them with `dotnet run --project lib/ForcePosture.Cli -- reproduce` and commit the result:\n" + string.Join('\n', problems));
    }

    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkReference();

    [Fact]
    public void No_figure_page_fetches_anything_from_a_network_host()
    {
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Root, "figures"), "*.html"))
            Assert.False(NetworkReference().IsMatch(File.ReadAllText(page)), $"{page} refers to a network host");
    }

    [Fact]
    public void Every_notebook_is_valid_according_to_jupyter_s_validator()
    {
        foreach (var notebook in Directory.EnumerateFiles(Path.Combine(Root, "notebooks"), "*.ipynb"))
            Notebooks.NbformatValidator.AssertValid(notebook);
    }
}
