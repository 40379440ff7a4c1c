using System.Text.RegularExpressions;
using ForcePosture.Figures;
using ForcePosture.Tests.Notebooks;

namespace ForcePosture.Tests.Figures;

/// <summary>What the figure tests share: the pattern of a page reference to a network host, and saving a figure the way a
/// notebook run does (inside a figure session that commits on success).</summary>
internal static partial class FigureTesting
{
    /// <summary>A <c>src</c> or <c>href</c> that points at a network host (http, https or protocol-relative).</summary>
    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//""", RegexOptions.IgnoreCase)]
    public static partial Regex NetworkReference();

    /// <summary>Saves a figure from a notebook of <paramref name="repo"/>, as a notebook run does.</summary>
    public static SavedFigure SaveInSession(TemporaryRepository repo, string notebook, Func<SavedFigure> save)
    {
        var session = FigureSession.Begin(repo.Root, repo.Notebook(notebook, ["var a = 1;"]));
        try
        {
            var saved = save();
            session.Commit();
            return saved;
        }
        finally
        {
            session.End();
        }
    }
}
