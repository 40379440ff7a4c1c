using System.Diagnostics;
using System.Reflection;
using System.Text;
using ForcePosture;
using ForcePosture.Notebooks.Execution;
using ForcePosture.Notebooks.Formatting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ForcePosture.Notebooks;

/// <summary>One kernel's worth of C# state on Roslyn scripting: each cell is a submission continuing the previous one, so
/// variables, usings, types, local functions and references carry across cells. Create with
/// <c>await ExecutionSession.CreateAsync(new EngineOptions { WorkingDirectory = notebookFolder })</c>.
/// Cells run one at a time (a second ExecuteAsync waits for the first).</summary>
public sealed class ExecutionSession : IExecutionSession
{
    private static readonly string[] DefaultImports =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks"];

    private readonly PackageCatalog catalog;
    private readonly CellPreprocessor preprocessor;
    private readonly OutputFormatter formatter;
    private readonly CellGlobals globals;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string workingDirectory;
    private ScriptOptions scriptOptions;
    private ScriptState<object?>? state;
    private IOutputSink? currentSink;
    private int submissionNumber;

    private ExecutionSession(EngineOptions options, PackageCatalog catalog)
    {
        Options = options;
        workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        this.catalog = catalog;
        preprocessor = new CellPreprocessor(catalog);
        formatter = new OutputFormatter(options);
        globals = new CellGlobals(DisplayAsync);
        var fallback = ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory);
        scriptOptions = ScriptOptions.Default
            .WithMetadataResolver(new NuGetReferenceResolver(catalog, fallback))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(workingDirectory))
            .AddReferences(typeof(CellGlobals).Assembly)
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithLanguageVersion(LanguageVersion.Preview);
    }

    /// <summary>Creates a session. The first cell pays for the compiler's start-up (about half a second); call
    /// <see cref="WarmUpAsync"/> to pay it earlier.</summary>
    public static Task<ExecutionSession> CreateAsync(EngineOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var catalog = PackageCatalog.Load(options.LibraryDirectory);
        AssemblyResolution.Install(options.LibraryDirectory);
        ConsoleRouter.Install();
        return Task.FromResult(new ExecutionSession(options, catalog));
    }

    /// <summary>Pays the engine's first-use costs early. The returned task compiles an empty submission, so the compiler is
    /// loaded before the first cell. Beside it, on a thread of its own, the data package found above the working directory (if
    /// any) is loaded and kept by <see cref="ForcePostureData.Load(string)"/>, so the notebook's first <c>LoadStrict()</c> finds it
    /// done. After the compiler is loaded, again without being awaited, a background task warms the paths notebooks hit next, so
    /// their first use overlaps the first cells instead of adding to them: it compiles (never runs) a submission that references
    /// the packages notebooks use (<see cref="WarmUpScript"/>; the resolver hands the same metadata to the real cells) and
    /// formats a small chart and table. It writes no file, nothing to the console and nothing into the session's state; the
    /// cells still do all of their own work.</summary>
    /// <remarks>The warm-ups run on threads of their own (<see cref="TaskCreationOptions.LongRunning"/>), not the thread pool:
    /// on a two-core machine the pool starts with two threads, and a warm-up holding one of them for most of a second delayed
    /// a kernel's first <c>kernel_info</c> reply by about that much.</remarks>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        dataWarmUp ??= StartWarmUp(() =>
        {
            if (ForcePostureData.FindDataDirectory(workingDirectory) is { } dataDirectory) ForcePostureData.Load(dataDirectory);
        });
        await Task.Run(() => BuildErrors(CSharpScript.Create("1", scriptOptions, typeof(CellGlobals)), cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        backgroundWarmUp ??= StartWarmUp(() => WarmUpInBackground(cancellationToken));
    }

    /// <summary>Runs a warm-up on a thread of its own. Its exceptions are dropped: it is only a warm-up, and the cells that use
    /// the same paths report any real problem themselves.</summary>
    private static Task StartWarmUp(Action work) => Task.Factory.StartNew(() =>
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private Task? dataWarmUp;
    private Task? backgroundWarmUp;

    /// <summary>The background warm-up's submission: a <c>#r "nuget: ..."</c> line for each of the packages notebooks reference
    /// that the library's build output holds, and the constructs notebooks use (records, lambdas, LINQ, interpolation, a local
    /// function, a Plotly.NET.CSharp chart call with named arguments).</summary>
    internal static string WarmUpScript(PackageCatalog catalog)
    {
        var text = new StringBuilder();
        string[] packages = [PackageCatalog.LibraryPackageId, "Plotly.NET", "Plotly.NET.CSharp"];
        foreach (var package in packages.Select(catalog.Find).OfType<CatalogPackage>()) text.Append($"#r \"nuget: {package.Id}, {package.Version}\"\n");
        text.Append("""
            record WarmUpRow(string Name, int Year, double? Value);
            var warmUpRows = Enumerable.Range(1, 3).Select(n => new WarmUpRow($"row {n}", 2000 + n, n * 1.5)).Where(r => r.Value is not null).ToList();
            string WarmUpDescribe(WarmUpRow r) => $"{r.Name}: {r.Value:N1}";
            var warmUpGroups = warmUpRows.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Select(WarmUpDescribe).ToList());
            """).Append('\n');
        if (catalog.Find("Plotly.NET.CSharp") is not null)
            text.Append("var warmUpChart = Plotly.NET.CSharp.Chart.Line<int, double, string>(warmUpRows.Select(r => r.Year), warmUpRows.Select(r => r.Value!.Value), Name: \"warm-up\", ShowMarkers: true);\n");
        return text.Append("warmUpGroups").ToString();
    }

    private void WarmUpInBackground(CancellationToken cancellationToken)
    {
        var years = new[] { 2000, 2001, 2002 };
        formatter.Format(Plotly.NET.CSharp.Chart.Line<int, double, string>(years, [1.0, 2.0, 1.5], Name: "warm-up", ShowMarkers: true));
        ForcePosture.Figures.Figure.WarmUp();
        formatter.Format(years.Select(y => new WarmUpRow(y, y * 0.5)).ToList());
        BuildErrors(CSharpScript.Create(WarmUpScript(catalog), scriptOptions, typeof(CellGlobals)), cancellationToken);
    }

    private sealed record WarmUpRow(int Year, double Value);

    /// <summary>The options the session was created with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The number of cells executed so far (Jupyter's execution_count of the last one).</summary>
    public int ExecutionCount => submissionNumber;

    public async Task<CellResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken)
    {
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return new CellResult(null, Interrupted());
        }
        try
        {
            submissionNumber++;
            currentSink = sink;
            using var route = ConsoleRouter.Route(sink);
            return await RunCellAsync(code, sink, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new CellResult(null, Interrupted());
        }
        finally
        {
            currentSink = null;
            gate.Release();
        }
    }

    private async Task<CellResult> RunCellAsync(string code, IOutputSink sink, CancellationToken cancellationToken)
    {
        var prepared = preprocessor.Prepare(code);
        if (prepared.Error is not null) return new CellResult(null, prepared.Error);
        var stopwatch = Stopwatch.StartNew();
        var cellPath = Path.Combine(workingDirectory, $"cell{submissionNumber}.csx");
        var cellOptions = scriptOptions.WithFilePath(cellPath);
        Script<object?> script = state is null
            ? CSharpScript.Create<object?>(prepared.Code, cellOptions, typeof(CellGlobals))
            : state.Script.ContinueWith<object?>(prepared.Code, cellOptions);

        var compileErrors = await Task.Run(() => BuildErrors(script, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (compileErrors.Count > 0) return new CellResult(null, CompilationError(compileErrors));

        globals.BeginCell(cancellationToken);
        ScriptState<object?> next;
        try
        {
            next = state is null
                ? await script.RunAsync(globals, _ => true, cancellationToken).ConfigureAwait(false)
                : await script.RunFromAsync(state, _ => true, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new CellResult(null, Interrupted());
        }
        finally
        {
            globals.BeginCell(CancellationToken.None);
        }
        state = next;
        if (prepared.ReportTime) sink.Stream("stdout", $"Wall time: {stopwatch.Elapsed.TotalMilliseconds:0.###} ms\n");
        if (next.Exception is { } exception)
        {
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                return new CellResult(null, Interrupted());
            return new CellResult(null, RuntimeError(exception, cellPath));
        }
        if (!HasTrailingValue(script)) return new CellResult(null, null);
        return new CellResult(formatter.Format(next.ReturnValue), null);
    }

    /// <summary>Compiles the submission (and any before it not yet compiled) to the delegate that runs it, and returns its
    /// errors (none when it compiled). Not <c>Script.Compile</c>: after emitting, that binds the whole submission a second time
    /// to collect warnings, which the engine does not show (measured: about a tenth of a notebook's compile time).</summary>
    private static IReadOnlyList<Diagnostic> BuildErrors<T>(Script<T> script, CancellationToken cancellationToken)
    {
        try
        {
            script.CreateDelegate(cancellationToken);
            return [];
        }
        catch (CompilationErrorException e)
        {
            return e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }
    }

    /// <summary>True when the cell ends in an expression without a semicolon whose type is not void (as .NET Interactive shows it).</summary>
    private static bool HasTrailingValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var root = (Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)tree.GetRoot();
        if (root.Members.LastOrDefault() is not Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax
            { Statement: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement })
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private Task DisplayAsync(object? value)
    {
        var bundle = formatter.Format(value);
        (currentSink ?? throw new InvalidOperationException("display() was called while no cell was running.")).Display(bundle);
        return Task.CompletedTask;
    }

    private static CellError Interrupted() =>
        new("OperationCanceledException", "The cell was interrupted.", ["OperationCanceledException: The cell was interrupted."]);

    private static CellError CompilationError(IReadOnlyList<Diagnostic> errors)
    {
        var lines = errors.Select(Describe).ToList();
        var first = errors[0].Location.GetLineSpan();
        return new CellError("CompilationError", lines[0], lines) { Line = first.IsValid ? first.StartLinePosition.Line + 1 : null };

        static string Describe(Diagnostic d)
        {
            var span = d.Location.GetLineSpan();
            var where = span.IsValid ? $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " : "";
            return $"{where}error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }
    }

    private static CellError RuntimeError(Exception exception, string cellPath)
    {
        while (exception is TargetInvocationException { InnerException: { } inner }) exception = inner;
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        int? line = frames.Where(f => string.Equals(f.GetFileName(), cellPath, StringComparison.Ordinal))
            .Select(f => (int?)f.GetFileLineNumber()).FirstOrDefault(n => n > 0);
        var traceback = new List<string> { $"{exception.GetType().FullName}: {exception.Message}" };
        if (line is not null) traceback.Add($"   at cell line {line}");
        traceback.AddRange((exception.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal))
            .Select(l => "   " + l.Replace(cellPath, "cell", StringComparison.Ordinal)));
        return new CellError(exception.GetType().Name, exception.Message, traceback) { Line = line };
    }

    public string IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions);
        if (SyntaxFactory.IsCompleteSubmission(tree)) return "complete";
        return "incomplete";
    }

    private static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Preview, DocumentationMode.Parse, SourceCodeKind.Script);

    public async Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new CellIntrospection(Continue(code)).Complete(cursorPosition, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<MimeBundle?> InspectAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new CellIntrospection(Continue(code)).Inspect(cursorPosition, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The code as the next submission (not run), for completion and inspection. Directive lines are left as they are.</summary>
    private Script<object?> Continue(string code) => state is null
        ? CSharpScript.Create<object?>(code, scriptOptions, typeof(CellGlobals))
        : state.Script.ContinueWith<object?>(code, scriptOptions);

    public ValueTask DisposeAsync()
    {
        state = null;
        gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
