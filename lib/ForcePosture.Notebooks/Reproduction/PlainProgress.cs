using System.Globalization;
using ForcePosture.Notebooks.Documents;

namespace ForcePosture.Notebooks.Reproduction;

/// <summary>Progress as plain lines (for CI, redirected output and the run command): one line per finished cell.</summary>
public sealed class PlainProgress(TextWriter writer) : IRunProgress
{
    public void NotebookStarted(string notebook, int codeCells) =>
        writer.WriteLine($"{notebook}: {codeCells} code cells");

    public void CellStarted(string notebook, int cellNumber, int codeCellIndex, int codeCells)
    {
    }

    public void CellFinished(string notebook, int cellNumber, TimeSpan elapsed, bool succeeded) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{notebook}: cell {cellNumber} {(succeeded ? "ok" : "FAILED")} {elapsed.TotalMilliseconds:0} ms"));
}
