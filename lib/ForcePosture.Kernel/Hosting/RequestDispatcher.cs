using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ForcePosture.Kernel.Protocol;
using ForcePosture.Notebooks;
using Microsoft.CodeAnalysis.CSharp;

namespace ForcePosture.Kernel.Hosting;

/// <summary>Answers shell and control requests. Shell requests run one at a time on a worker (cells run there), so control
/// requests (interrupt, shutdown, kernel_info) are answered while a cell runs. Every request is wrapped in iopub status
/// busy / idle. All messages leave through <c>send</c>, which the server serialises onto its socket thread.</summary>
public sealed class RequestDispatcher
{
    public const string ImplementationName = "forceposture";

    private readonly Func<CancellationToken, Task<IExecutionSession>> sessionFactory;
    private readonly Action<KernelChannel, KernelMessage> send;
    private readonly Action stop;
    private readonly KernelLog log;
    private readonly string sessionId = Guid.NewGuid().ToString("N");
    private readonly Channel<QueuedRequest> shellQueue = Channel.CreateUnbounded<QueuedRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource lifetime = new();
    private readonly Lock cellGate = new();
    private CancellationTokenSource? runningCell;
    private Task<IExecutionSession>? session;
    private Task? worker;
    private int executionCount;
    private long failedReplySentAt;
    private int stopping;

    /// <param name="sessionFactory">Creates the execution engine's session (started at once, awaited by the first request that needs it).</param>
    /// <param name="send">Queues a message for a channel.</param>
    /// <param name="stop">Asks the server to stop once the messages queued before this call are sent.</param>
    public RequestDispatcher(Func<CancellationToken, Task<IExecutionSession>> sessionFactory, Action<KernelChannel, KernelMessage> send, Action stop, KernelLog log)
    {
        this.sessionFactory = sessionFactory;
        this.send = send;
        this.stop = stop;
        this.log = log;
    }

    /// <summary>True once a shutdown_request was answered; <see cref="RestartRequested"/> tells whether the client will restart us.</summary>
    public bool ShutdownRequested => stopping != 0;
    public bool RestartRequested { get; private set; }

    public void Start()
    {
        session = Task.Run(() => sessionFactory(lifetime.Token));
        worker = Task.Run(ShellLoopAsync);
        PublishStatus(null, "starting");
    }

    public void EnqueueShell(KernelMessage request)
    {
        if (!shellQueue.Writer.TryWrite(new QueuedRequest(request, Stopwatch.GetTimestamp()))) log.Write($"dropped {request.MsgType} {request.Header.MsgId}: the kernel is shutting down");
    }

    /// <summary>Cancels the running cell's token (interrupt_request, or SIGINT).</summary>
    public void Interrupt()
    {
        lock (cellGate)
        {
            if (runningCell is null)
            {
                log.Write("interrupt: no cell is running");
                return;
            }
            log.Write("interrupt: cancelling the running cell");
            runningCell.Cancel();
        }
    }

    public void HandleControl(KernelMessage request)
    {
        PublishStatus(request, "busy");
        try
        {
            switch (request.MsgType)
            {
                case "interrupt_request":
                    Interrupt();
                    Reply(KernelChannel.Control, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                    break;
                case "shutdown_request":
                    Shutdown(KernelChannel.Control, request);
                    return;
                case "kernel_info_request":
                    Reply(KernelChannel.Control, request, "kernel_info_reply", KernelInfo());
                    break;
                default:
                    log.Write($"control: ignored a {request.MsgType} message (not supported)");
                    break;
            }
        }
        catch (Exception e) when (e is InvalidDataException)
        {
            log.Write($"control: {request.MsgType} {request.Header.MsgId}: {e.Message}");
        }
        PublishStatus(request, "idle");
    }

    /// <summary>Stops the worker, cancels a running cell and disposes the session, giving a stuck cell at most <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        shellQueue.Writer.TryComplete();
        lifetime.Cancel();
        Interrupt();
        if (worker is not null) await Task.WhenAny(worker, Task.Delay(grace));
        if (session is { IsCompletedSuccessfully: true } && worker is { IsCompleted: true })
        {
            var dispose = session.Result.DisposeAsync().AsTask();
            await Task.WhenAny(dispose, Task.Delay(grace));
        }
    }

    private async Task ShellLoopAsync()
    {
        try
        {
            await foreach (var request in shellQueue.Reader.ReadAllAsync(lifetime.Token))
            {
                if (!await HandleShellAsync(request.Message)) continue;
                // A failed cell with stop_on_error: abort the execute requests that were already queued behind it when its
                // error reply went out, as ipykernel does. A request that arrived after the reply was sent is the client's
                // answer to the error (for example the next cell after an interrupt) and runs.
                var replied = failedReplySentAt;
                while (shellQueue.Reader.TryPeek(out var queued) && queued.ArrivedAt < replied)
                {
                    shellQueue.Reader.TryRead(out _);
                    if (queued.Message.MsgType == "execute_request") Abort(queued.Message);
                    else await HandleShellAsync(queued.Message);
                }
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested) { }
    }

    /// <summary>Returns true when the request was an execute that failed with stop_on_error.</summary>
    private async Task<bool> HandleShellAsync(KernelMessage request)
    {
        PublishStatus(request, "busy");
        var abortQueue = false;
        try
        {
            switch (request.MsgType)
            {
                case "execute_request": abortQueue = await ExecuteAsync(request); break;
                case "kernel_info_request": Reply(KernelChannel.Shell, request, "kernel_info_reply", KernelInfo()); break;
                case "is_complete_request": await IsCompleteAsync(request); break;
                case "complete_request": await CompleteAsync(request); break;
                case "inspect_request": await InspectAsync(request); break;
                case "comm_info_request":
                    Reply(KernelChannel.Shell, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                    break;
                case "history_request":
                    Reply(KernelChannel.Shell, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                    break;
                case "shutdown_request": Shutdown(KernelChannel.Shell, request); return false;
                case "comm_open":
                    // No comm targets exist in this kernel: close the comm at once, as IPython does for an unknown target.
                    log.Write($"shell: comm_open for target \"{ContentFields.String(request.Content, "target_name", "")}\": no such target, closing it");
                    Publish(request, "comm_close", new JsonObject { ["comm_id"] = ContentFields.String(request.Content, "comm_id", ""), ["data"] = new JsonObject() });
                    break;
                default: log.Write($"shell: ignored a {request.MsgType} message (not supported)"); break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !lifetime.IsCancellationRequested)
        {
            log.Write($"shell: {request.MsgType} {request.Header.MsgId} failed: {e}");
            if (request.MsgType.EndsWith("_request", StringComparison.Ordinal))
                Reply(KernelChannel.Shell, request, request.MsgType.Replace("_request", "_reply", StringComparison.Ordinal), ErrorContent(e.GetType().Name, e.Message, [e.ToString()]));
        }
        PublishStatus(request, "idle");
        return abortQueue;
    }

    private async Task<bool> ExecuteAsync(KernelMessage request)
    {
        var code = ContentFields.String(request.Content, "code", "");
        var silent = ContentFields.Bool(request.Content, "silent", false);
        var storeHistory = !silent && ContentFields.Bool(request.Content, "store_history", true);
        var stopOnError = ContentFields.Bool(request.Content, "stop_on_error", true);
        if (storeHistory) executionCount++;
        var count = executionCount;
        var started = DateTimeOffset.UtcNow;

        // The cell can be interrupted from the moment the client may know it runs (execute_input): on a loaded machine the
        // client's interrupt can otherwise arrive before this thread gets to the cell.
        using var cell = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        lock (cellGate) runningCell = cell;
        using var sink = new IopubOutputSink((type, content) => Publish(request, type, content), silent);
        if (!silent) Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        var clock = Stopwatch.StartNew();
        CellResult result;
        try
        {
            var engine = await GetSessionAsync();
            result = await engine.ExecuteAsync(code, sink, cell.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !lifetime.IsCancellationRequested)
        {
            // The contract says sessions report cell errors in the result; this is the engine itself failing.
            result = new CellResult(null, new CellError(e.GetType().Name, e.Message, e.ToString().Split('\n')));
        }
        finally
        {
            lock (cellGate) runningCell = null;
        }
        clock.Stop();
        sink.Flush();

        var metadata = new JsonObject
        {
            ["started"] = started.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["engine_elapsed_ms"] = Math.Round(clock.Elapsed.TotalMilliseconds, 3),
        };
        if (result.Error is { } error)
        {
            if (!silent) sink.Publish("error", ErrorContent(error.Name, error.Value, error.Traceback, withStatus: false));
            var reply = ErrorContent(error.Name, error.Value, error.Traceback);
            reply["execution_count"] = count;
            failedReplySentAt = Stopwatch.GetTimestamp();
            Reply(KernelChannel.Shell, request, "execute_reply", reply, metadata);
            return stopOnError && !silent;
        }
        if (result.Value is { } value && !silent)
        {
            sink.Publish("execute_result", new JsonObject
            {
                ["execution_count"] = count,
                ["data"] = MimeBundleJson.ToJson(value.Data),
                ["metadata"] = MimeBundleJson.ToJson(value.Metadata),
            });
        }
        Reply(KernelChannel.Shell, request, "execute_reply", new JsonObject
        {
            ["status"] = "ok",
            ["execution_count"] = count,
            ["user_expressions"] = new JsonObject(),
            ["payload"] = new JsonArray(),
        }, metadata);
        return false;
    }

    private void Abort(KernelMessage request)
    {
        PublishStatus(request, "busy");
        log.Write($"shell: aborted execute_request {request.Header.MsgId} queued behind a failed cell");
        Reply(KernelChannel.Shell, request, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = executionCount });
        PublishStatus(request, "idle");
    }

    private async Task IsCompleteAsync(KernelMessage request)
    {
        var code = ContentFields.String(request.Content, "code", "");
        var status = (await GetSessionAsync()).IsComplete(code);
        var content = new JsonObject { ["status"] = status };
        if (status == "incomplete") content["indent"] = "";
        Reply(KernelChannel.Shell, request, "is_complete_reply", content);
    }

    private async Task CompleteAsync(KernelMessage request)
    {
        var code = ContentFields.String(request.Content, "code", "");
        var cursor = CursorPosition.ToUtf16Index(code, ContentFields.Int(request.Content, "cursor_pos", code.Length));
        var result = await (await GetSessionAsync()).CompleteAsync(code, cursor, lifetime.Token);
        int start = CursorPosition.ToCodePoints(code, result.Start), end = CursorPosition.ToCodePoints(code, result.End);
        var matches = new JsonArray();
        var types = new JsonArray();
        foreach (var match in result.Matches)
        {
            matches.Add(match.Text);
            types.Add(new JsonObject { ["start"] = start, ["end"] = end, ["text"] = match.Text, ["type"] = match.Kind });
        }
        Reply(KernelChannel.Shell, request, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = matches,
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject { ["_jupyter_types_experimental"] = types },
        });
    }

    private async Task InspectAsync(KernelMessage request)
    {
        var code = ContentFields.String(request.Content, "code", "");
        var cursor = CursorPosition.ToUtf16Index(code, ContentFields.Int(request.Content, "cursor_pos", code.Length));
        var bundle = await (await GetSessionAsync()).InspectAsync(code, cursor, lifetime.Token);
        Reply(KernelChannel.Shell, request, "inspect_reply", new JsonObject
        {
            ["status"] = "ok",
            ["found"] = bundle is not null,
            ["data"] = bundle is null ? new JsonObject() : MimeBundleJson.ToJson(bundle.Data),
            ["metadata"] = bundle is null ? new JsonObject() : MimeBundleJson.ToJson(bundle.Metadata),
        });
    }

    private void Shutdown(KernelChannel channel, KernelMessage request)
    {
        var restart = ContentFields.Bool(request.Content, "restart", false);
        var content = new JsonObject { ["status"] = "ok", ["restart"] = restart };
        Reply(channel, request, "shutdown_reply", content);
        Publish(request, "shutdown_reply", (JsonObject)content.DeepClone());
        PublishStatus(request, "idle");
        if (Interlocked.Exchange(ref stopping, 1) != 0) return;
        RestartRequested = restart;
        log.Write(restart ? "shutdown requested (the client will restart the kernel)" : "shutdown requested");
        Interrupt();
        stop();
    }

    private Task<IExecutionSession> GetSessionAsync() =>
        session ?? throw new InvalidOperationException("the dispatcher was not started");

    private JsonObject KernelInfo()
    {
        var version = typeof(RequestDispatcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plusAt = version.IndexOf('+', StringComparison.Ordinal);
        if (plusAt >= 0) version = version[..plusAt];
        var csharp = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = MessageHeader.ProtocolVersion,
            ["implementation"] = ImplementationName,
            ["implementation_version"] = version,
            ["language_info"] = new JsonObject
            {
                ["name"] = "C#",
                ["version"] = csharp,
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] = $"ForcePosture C# kernel {version} (C# {csharp}, .NET {Environment.Version})",
            ["help_links"] = new JsonArray(),
        };
    }

    private static JsonObject ErrorContent(string name, string value, IReadOnlyList<string> traceback, bool withStatus = true)
    {
        var content = new JsonObject
        {
            ["ename"] = name,
            ["evalue"] = value,
            ["traceback"] = new JsonArray(traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
        };
        if (withStatus) content["status"] = "error";
        return content;
    }

    private void Reply(KernelChannel channel, KernelMessage request, string msgType, JsonObject content, JsonObject? metadata = null) =>
        send(channel, KernelMessage.ReplyTo(request, msgType, content, sessionId, metadata));

    private void PublishStatus(KernelMessage? request, string state) =>
        Publish(request, "status", new JsonObject { ["execution_state"] = state });

    private void Publish(KernelMessage? request, string msgType, JsonObject content)
    {
        var topic = System.Text.Encoding.ASCII.GetBytes($"kernel.{sessionId}.{msgType}");
        send(KernelChannel.Iopub, new KernelMessage([topic], MessageHeader.Create(msgType, sessionId), request?.Header, new JsonObject(), content, []));
    }
}

/// <summary>A shell request and when it arrived (<see cref="Stopwatch.GetTimestamp"/>).</summary>
internal readonly record struct QueuedRequest(KernelMessage Message, long ArrivedAt);
