namespace ForcePosture.Notebooks.Execution;

/// <summary>The globals object every cell sees: <c>display(value)</c> and the cell's <c>CancellationToken</c>.
/// Members are lower-case where .NET Interactive's are, so cells read the same in both.</summary>
public sealed class CellGlobals
{
    private readonly Func<object?, Task> show;
    private CancellationToken cancellationToken;

    internal CellGlobals(Func<object?, Task> show) => this.show = show;

    /// <summary>The running cell's cancellation token: interrupting the cell cancels it.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    internal void BeginCell(CancellationToken token) => cancellationToken = token;

    /// <summary>Shows a value as an output of the cell (formatted as a MIME bundle: text, HTML table, chart ...).</summary>
#pragma warning disable IDE1006 // lower-case as in .NET Interactive
    public void display(object? value) => show.Invoke(value).GetAwaiter().GetResult();
#pragma warning restore IDE1006
}
