using System.Text;
using ForcePosture.Notebooks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ForcePosture.Kernel.Hosting;

// STAND-IN, to be removed when the real engine (ForcePosture.Notebooks.ExecutionSession) is merged: a minimal
// IExecutionSession on Roslyn scripting so the kernel runs end to end before then. It evaluates cells in one chained
// script state, captures Console.Out/Console.Error, offers display(object) and CancellationToken to cells, and formats
// values as text/plain only. No #r, no rich formatting, no completion or inspection: the engine provides those.

/// <summary>What a stand-in cell sees besides its own code: <c>display(value)</c> and the cell's <c>CancellationToken</c>.</summary>
public sealed class StandInCellGlobals
{
    internal IOutputSink? Sink { get; set; }

    /// <summary>The running cell's token, cancelled on interrupt.</summary>
    public CancellationToken CancellationToken { get; internal set; }

#pragma warning disable IDE1006 // the notebook dialect's name is lower-case
    public void display(object? value) => Sink?.Display(ScriptingSessionStandIn.Format(value));
#pragma warning restore IDE1006
}

public sealed class ScriptingSessionStandIn : IExecutionSession
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithImports("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks")
        .WithLanguageVersion(LanguageVersion.Latest)
        .AddReferences(
            typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly, typeof(List<>).Assembly,
            typeof(HashSet<>).Assembly, typeof(Task).Assembly, typeof(StringBuilder).Assembly, typeof(File).Assembly,
            System.Reflection.Assembly.Load("System.Runtime"), System.Reflection.Assembly.Load("netstandard"));

    private readonly StandInCellGlobals globals = new();
    private ScriptState<object>? state;

    private ScriptingSessionStandIn() { }

    /// <summary>Creates the session and compiles one throwaway script so the first cell does not pay for loading Roslyn.</summary>
    public static async Task<IExecutionSession> CreateAsync(CancellationToken cancellationToken)
    {
        await CSharpScript.EvaluateAsync<int>("1", Options, cancellationToken: cancellationToken);
        return new ScriptingSessionStandIn();
    }

    public async Task<CellResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken)
    {
        globals.Sink = sink;
        globals.CancellationToken = cancellationToken;
        TextWriter stdout = Console.Out, stderr = Console.Error;
        Console.SetOut(new SinkWriter(sink, "stdout"));
        Console.SetError(new SinkWriter(sink, "stderr"));
        try
        {
            state = state is null
                ? await CSharpScript.Create(code, Options, typeof(StandInCellGlobals)).RunAsync(globals, catchException: _ => true, cancellationToken)
                : await state.ContinueWithAsync(code, Options, catchException: _ => true, cancellationToken);
            if (state.Exception is { } thrown) return Failure(thrown);
            return new CellResult(state.ReturnValue is null ? null : Format(state.ReturnValue), null);
        }
        catch (CompilationErrorException e)
        {
            return new CellResult(null, new CellError("CompilationError", e.Message, e.Diagnostics.Select(d => d.ToString()).ToArray()));
        }
        catch (Exception e)
        {
            return Failure(e);
        }
        finally
        {
            Console.Out.Flush();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            globals.Sink = null;
        }
    }

    public string IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest));
        return SyntaxFactory.IsCompleteSubmission(tree) ? "complete" : "incomplete";
    }

    public Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken) =>
        Task.FromResult(new CompletionResult([], cursorPosition, cursorPosition));

    public Task<MimeBundle?> InspectAsync(string code, int cursorPosition, CancellationToken cancellationToken) =>
        Task.FromResult<MimeBundle?>(null);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal static MimeBundle Format(object? value) =>
        new(new Dictionary<string, object> { ["text/plain"] = value?.ToString() ?? "null" }, new Dictionary<string, object>());

    private static CellResult Failure(Exception e) =>
        new(null, new CellError(e.GetType().Name, e.Message, e.ToString().Split('\n')));

    /// <summary>Forwards Console writes to the sink as stream output.</summary>
    private sealed class SinkWriter(IOutputSink sink, string name) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => sink.Stream(name, value.ToString());
        public override void Write(string? value) { if (!string.IsNullOrEmpty(value)) sink.Stream(name, value); }
        public override void Write(char[] buffer, int index, int count) => sink.Stream(name, new string(buffer, index, count));
    }
}
