namespace ForcePosture.Prose;

/// <summary>
/// Prose that a notebook writes from values it has just computed, so that no number in a notebook's text is typed in by hand.
/// Displayed (or left as a cell's value) it becomes a Jupyter <c>text/markdown</c> output, which VS Code, JupyterLab and GitHub
/// render as ordinary text.
/// </summary>
/// <example><code>
/// display(new Markdown($"In {latest.Year}, {latest.Total:N0} US active-duty personnel were stationed in Japan."));
/// </code></example>
/// <param name="Text">CommonMark text.</param>
public sealed record Markdown(string Text)
{
    /// <summary>The Markdown text itself.</summary>
    public override string ToString() => Text;
}
