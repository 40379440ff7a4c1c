using System.Collections.Concurrent;
using ForcePosture.Notebooks;

namespace ForcePosture.Tests.Kernel;

/// <summary>A scripted IExecutionSession: "fail" fails, "fail slowly" fails after half a second (so requests sent behind it
/// are surely queued when it fails), "wait" waits for cancellation, "print TEXT" streams TEXT,
/// "show TEXT" displays TEXT, anything else returns "value of CODE". It records every cell it was asked to run.</summary>
public sealed class TestDoubleSession : IExecutionSession
{
    public ConcurrentQueue<string> Executed { get; } = new();
    public bool Disposed { get; private set; }

    public async Task<CellResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken)
    {
        Executed.Enqueue(code);
        if (code == "fail slowly") await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        if (code is "fail" or "fail slowly") return new CellResult(null, new CellError("TestFailure", "the cell failed", ["line 1", "line 2"]));
        if (code == "wait")
        {
            try { await Task.Delay(Timeout.Infinite, cancellationToken); }
            catch (OperationCanceledException e) { return new CellResult(null, new CellError(e.GetType().Name, e.Message, [])); }
        }
        if (code.StartsWith("print ", StringComparison.Ordinal)) { sink.Stream("stdout", code[6..]); return new CellResult(null, null); }
        if (code.StartsWith("show ", StringComparison.Ordinal)) { sink.Display(Text(code[5..])); return new CellResult(null, null); }
        return new CellResult(Text($"value of {code}"), null);
    }

    private static MimeBundle Text(string text) =>
        new(new Dictionary<string, object> { ["text/plain"] = text }, new Dictionary<string, object>());

    public string IsComplete(string code) => code.EndsWith('{') ? "incomplete" : "complete";

    public Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken) =>
        Task.FromResult(new CompletionResult([new Completion("Console", "class")], cursorPosition - 3, cursorPosition));

    public Task<MimeBundle?> InspectAsync(string code, int cursorPosition, CancellationToken cancellationToken) =>
        Task.FromResult<MimeBundle?>(null);

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
