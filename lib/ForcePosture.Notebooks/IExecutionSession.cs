namespace ForcePosture.Notebooks;

// The contract between the execution engine and its two front ends (the headless runner and the Jupyter kernel).
// One session = one kernel's worth of state: cells executed in order share variables, usings, types and references.

/// <summary>A Jupyter MIME bundle: "text/plain", "text/html", "application/vnd.plotly.v1+json", "image/png" (base64) ...
/// A value may be deferred as <see cref="Lazy{T}"/> of string (a figure preview still being drawn during a notebook run);
/// whoever writes the bundle out takes it through <see cref="Resolve"/>.</summary>
public sealed record MimeBundle(IReadOnlyDictionary<string, object> Data, IReadOnlyDictionary<string, object> Metadata)
{
    /// <summary>The value to write: a deferred value is taken now (waiting for it if need be); any other value as it is.</summary>
    public static object Resolve(object value) => value is Lazy<string> deferred ? deferred.Value : value;
}

/// <summary>An error raised by a cell, shaped like Jupyter's error output (ename, evalue, traceback).</summary>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback)
{
    /// <summary>The 1-based line of the cell where the error arose, when known (compilation errors, directives, and runtime
    /// exceptions thrown in the cell's own code).</summary>
    public int? Line { get; init; }
}

/// <summary>What a finished cell produced besides what it streamed to the sink.</summary>
/// <param name="Value">The formatted trailing expression, or null when the cell ends in a statement or returns nothing.</param>
/// <param name="Error">Null on success.</param>
public sealed record CellResult(MimeBundle? Value, CellError? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>Receives outputs while a cell runs, in the order they happen.</summary>
public interface IOutputSink
{
    /// <summary>Text written to Console.Out ("stdout") or Console.Error ("stderr").</summary>
    void Stream(string name, string text);

    /// <summary>A call to display(...) in the cell.</summary>
    void Display(MimeBundle bundle);
}

/// <summary>A completion candidate for the kernel's complete_request.</summary>
public sealed record Completion(string Text, string Kind);

/// <summary>Completions for a cursor position: the span [Start, End) of the code that the chosen text replaces.</summary>
public sealed record CompletionResult(IReadOnlyList<Completion> Matches, int Start, int End);

public interface IExecutionSession : IAsyncDisposable
{
    /// <summary>Runs one cell. Never throws for errors in the cell's code: they come back in <see cref="CellResult.Error"/>.
    /// Cancelling the token stops a cell that awaits or observes it (the session stays usable).</summary>
    Task<CellResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken);

    /// <summary>"complete", "incomplete" or "invalid", as Jupyter's is_complete_reply.</summary>
    string IsComplete(string code);

    Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken);

    /// <summary>Documentation or signature of the symbol at the cursor, or null.</summary>
    Task<MimeBundle?> InspectAsync(string code, int cursorPosition, CancellationToken cancellationToken);
}
