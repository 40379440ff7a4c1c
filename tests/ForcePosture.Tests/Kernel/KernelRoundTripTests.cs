using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ForcePosture.Kernel.Hosting;
using ForcePosture.Kernel.Protocol;
using NetMQ;
using NetMQ.Sockets;

namespace ForcePosture.Tests.Kernel;

/// <summary>Runs the kernel server in-process on free loopback ports and talks to it with NetMQ client sockets,
/// signing with the same key as a Jupyter client would.</summary>
public sealed class KernelRoundTripTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly TestDoubleSession session = new();
    private readonly StringWriter logText = new();
    private ConnectionInfo connection = null!;
    private WireCodec codec = null!;
    private Task server = null!;
    private DealerSocket shell = null!, control = null!;
    private SubscriberSocket iopub = null!;
    private readonly string clientSession = Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort()).ToArray();
        connection = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], Guid.NewGuid().ToString(), MessageSigner.Scheme);
        codec = new WireCodec(new MessageSigner(connection.Key));
        var kernel = new KernelServer(connection, _ => Task.FromResult<ForcePosture.Notebooks.IExecutionSession>(session), new KernelLog(TextWriter.Synchronized(logText)));
        server = Task.Run(() => kernel.RunAsync(CancellationToken.None));
        shell = Connect(new DealerSocket(), connection.ShellPort);
        control = Connect(new DealerSocket(), connection.ControlPort);
        iopub = Connect(new SubscriberSocket(), connection.IopubPort);
        iopub.SubscribeToAnyTopic();
        // ZeroMQ subscriptions take a moment: ask for kernel_info until its status reaches us on iopub, as jupyter_client does.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var id = Send(shell, "kernel_info_request", new JsonObject());
            if (TryReceive(iopub, TimeSpan.FromMilliseconds(200), m => m.ParentHeader?.MsgId == id) is not null) break;
        }
        DrainAll();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (!server.IsCompleted)
        {
            Send(control, "shutdown_request", new JsonObject { ["restart"] = false });
            await server.WaitAsync(Timeout);
        }
        foreach (var socket in new NetMQSocket[] { shell, control, iopub }) socket.Dispose();
    }

    [Fact]
    public void Kernel_info_reply_describes_protocol_5_3_and_csharp()
    {
        var id = Send(shell, "kernel_info_request", new JsonObject());
        var reply = Receive(shell, m => m.ParentHeader?.MsgId == id);
        Assert.Equal("kernel_info_reply", reply.MsgType);
        Assert.Equal("5.3", (string?)reply.Content["protocol_version"]);
        Assert.Equal("forceposture", (string?)reply.Content["implementation"]);
        var language = reply.Content["language_info"]!;
        Assert.Equal("C#", (string?)language["name"]);
        Assert.Equal("text/x-csharp", (string?)language["mimetype"]);
        Assert.Equal(".cs", (string?)language["file_extension"]);
        Assert.Equal("csharp", (string?)language["pygments_lexer"]);
        Assert.Equal(["busy", "idle"], IopubFor(id).Where(m => m.MsgType == "status").Select(m => (string?)m.Content["execution_state"]));
    }

    [Fact]
    public void Execute_ok_publishes_input_outputs_result_and_replies_with_the_count()
    {
        var first = Send(shell, "execute_request", Execute("print hello"));
        Assert.Equal("ok", (string?)Receive(shell, m => m.ParentHeader?.MsgId == first).Content["status"]);
        var second = Send(shell, "execute_request", Execute("1+1"));
        var reply = Receive(shell, m => m.ParentHeader?.MsgId == second);
        Assert.Equal("execute_reply", reply.MsgType);
        Assert.Equal("ok", (string?)reply.Content["status"]);
        Assert.Equal(2, (int?)reply.Content["execution_count"]);

        var firstOutputs = IopubFor(first);
        Assert.Equal(["status", "execute_input", "stream", "status"], firstOutputs.Select(m => m.MsgType));
        Assert.Equal("hello", (string?)firstOutputs[2].Content["text"]);
        var outputs = IopubFor(second);
        Assert.Equal(["status", "execute_input", "execute_result", "status"], outputs.Select(m => m.MsgType));
        Assert.Equal("value of 1+1", (string?)outputs[2].Content["data"]!["text/plain"]);
        Assert.Equal(2, (int?)outputs[2].Content["execution_count"]);
    }

    [Fact]
    public void Execute_error_publishes_error_replies_error_and_the_kernel_keeps_working()
    {
        var id = Send(shell, "execute_request", Execute("fail"));
        var reply = Receive(shell, m => m.ParentHeader?.MsgId == id);
        Assert.Equal("error", (string?)reply.Content["status"]);
        Assert.Equal("TestFailure", (string?)reply.Content["ename"]);
        Assert.Equal(["line 1", "line 2"], reply.Content["traceback"]!.AsArray().Select(l => (string?)l));
        var error = Assert.Single(IopubFor(id), m => m.MsgType == "error");
        Assert.Equal("the cell failed", (string?)error.Content["evalue"]);

        var next = Send(shell, "execute_request", Execute("2"));
        Assert.Equal("ok", (string?)Receive(shell, m => m.ParentHeader?.MsgId == next).Content["status"]);
    }

    [Fact]
    public void Silent_execute_broadcasts_nothing_but_status_and_does_not_count()
    {
        var id = Send(shell, "execute_request", Execute("show x", silent: true));
        var reply = Receive(shell, m => m.ParentHeader?.MsgId == id);
        Assert.Equal(0, (int?)reply.Content["execution_count"]);
        Assert.Equal(["status", "status"], IopubFor(id).Select(m => m.MsgType));
    }

    [Fact]
    public void A_message_with_a_bad_signature_is_dropped_logged_and_never_executed()
    {
        var forger = new WireCodec(new MessageSigner("not-the-key"));
        var forged = new KernelMessage([], MessageHeader.Create("execute_request", clientSession), null, new JsonObject(), Execute("forged cell"), []);
        shell.SendMultipartBytes(forger.Encode(forged));
        Assert.Null(TryReceive(shell, TimeSpan.FromSeconds(1), _ => true));

        var id = Send(shell, "execute_request", Execute("honest cell"));
        Assert.Equal("ok", (string?)Receive(shell, m => m.ParentHeader?.MsgId == id).Content["status"]);
        Assert.DoesNotContain("forged cell", session.Executed);
        Assert.Contains("honest cell", session.Executed);
        Assert.Contains("bad signature", logText.ToString());
    }

    [Fact]
    public void Interrupt_on_control_cancels_the_running_cell_while_shell_waits()
    {
        var id = Send(shell, "execute_request", Execute("wait"));
        Assert.NotNull(TryReceive(iopub, Timeout, m => m.ParentHeader?.MsgId == id && m.MsgType == "execute_input"));
        var interrupt = Send(control, "interrupt_request", new JsonObject());
        Assert.Equal("interrupt_reply", Receive(control, m => m.ParentHeader?.MsgId == interrupt).MsgType);
        var reply = Receive(shell, m => m.ParentHeader?.MsgId == id);
        Assert.Equal("error", (string?)reply.Content["status"]);
        Assert.Equal("TaskCanceledException", (string?)reply.Content["ename"]);
    }

    [Fact]
    public void Queued_executes_behind_a_failed_cell_are_aborted()
    {
        var failing = Send(shell, "execute_request", Execute("fail slowly"));
        var queued = Send(shell, "execute_request", Execute("never run"));
        Assert.Equal("error", (string?)Receive(shell, m => m.ParentHeader?.MsgId == failing).Content["status"]);
        Assert.Equal("aborted", (string?)Receive(shell, m => m.ParentHeader?.MsgId == queued).Content["status"]);
        Assert.DoesNotContain("never run", session.Executed);
    }

    [Fact]
    public void Complete_and_is_complete_go_through_the_session_in_code_points()
    {
        var id = Send(shell, "complete_request", new JsonObject { ["code"] = "\"😀\"; Con", ["cursor_pos"] = 8 });
        var reply = Receive(shell, m => m.ParentHeader?.MsgId == id);
        Assert.Equal(["Console"], reply.Content["matches"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(5, (int?)reply.Content["cursor_start"]);
        Assert.Equal(8, (int?)reply.Content["cursor_end"]);

        id = Send(shell, "is_complete_request", new JsonObject { ["code"] = "if (x) {" });
        Assert.Equal("incomplete", (string?)Receive(shell, m => m.ParentHeader?.MsgId == id).Content["status"]);
        id = Send(shell, "comm_info_request", new JsonObject());
        Assert.Empty(Receive(shell, m => m.ParentHeader?.MsgId == id).Content["comms"]!.AsObject());
    }

    [Fact]
    public async Task Shutdown_replies_stops_the_server_disposes_the_session_and_releases_the_ports()
    {
        var id = Send(control, "shutdown_request", new JsonObject { ["restart"] = true });
        var reply = Receive(control, m => m.ParentHeader?.MsgId == id);
        Assert.Equal("shutdown_reply", reply.MsgType);
        Assert.True((bool?)reply.Content["restart"]);
        await server.WaitAsync(Timeout);
        Assert.True(session.Disposed);
        foreach (var port in new[] { connection.ShellPort, connection.IopubPort, connection.StdinPort, connection.ControlPort, connection.HeartbeatPort })
        {
            Assert.True(await CanListenOn(port), $"port {port} is still held after shutdown");
        }
    }

    /// <summary>
    /// True once a new listener can bind the port. SO_REUSEADDR lets the bind succeed over connections left in TIME_WAIT by the
    /// test's own client sockets (which say nothing about the kernel), while a socket still listening on the port makes it fail.
    /// NetMQ closes its sockets on its I/O thread, so the check retries for a short while.
    /// </summary>
    private static async Task<bool> CanListenOn(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            try
            {
                listener.Start();
                listener.Stop();
                return true;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }

    [Fact]
    public void A_comm_open_for_an_unknown_target_is_closed_on_iopub()
    {
        var id = Send(shell, "comm_open", new JsonObject { ["comm_id"] = "c-1", ["target_name"] = "jupyter.widget", ["data"] = new JsonObject() });
        var close = Assert.Single(IopubFor(id), m => m.MsgType == "comm_close");
        Assert.Equal("c-1", (string?)close.Content["comm_id"]);
    }

    [Fact]
    public void Heartbeat_echoes()
    {
        using var heartbeat = Connect(new RequestSocket(), connection.HeartbeatPort);
        heartbeat.SendFrame("ping");
        Assert.True(heartbeat.TryReceiveFrameString(Timeout, out var echo));
        Assert.Equal("ping", echo);
    }

    private static JsonObject Execute(string code, bool silent = false) =>
        new() { ["code"] = code, ["silent"] = silent, ["store_history"] = !silent, ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true };

    private T Connect<T>(T socket, int port) where T : NetMQSocket
    {
        socket.Options.Linger = TimeSpan.Zero;
        socket.Connect(connection.Endpoint(port));
        return socket;
    }

    private string Send(NetMQSocket socket, string msgType, JsonObject content)
    {
        var header = MessageHeader.Create(msgType, clientSession, "test");
        socket.SendMultipartBytes(codec.Encode(new KernelMessage([], header, null, new JsonObject(), content, [])));
        return header.MsgId;
    }

    private KernelMessage Receive(NetMQSocket socket, Func<KernelMessage, bool> wanted) =>
        TryReceive(socket, Timeout, wanted) ?? throw new TimeoutException($"no matching message within {Timeout}; kernel log:\n{logText}");

    private KernelMessage? TryReceive(NetMQSocket socket, TimeSpan timeout, Func<KernelMessage, bool> wanted)
    {
        var deadline = DateTime.UtcNow + timeout;
        var frames = new List<byte[]>();
        while (DateTime.UtcNow < deadline)
        {
            if (!socket.TryReceiveMultipartBytes(deadline - DateTime.UtcNow, ref frames)) return null;
            Assert.True(codec.TryDecode(frames, out var message, out var problem), problem);   // every kernel message is signed
            if (wanted(message!)) return message;
            if (socket == iopub) pendingIopub.Add(message!);
        }
        return null;
    }

    private readonly List<KernelMessage> pendingIopub = [];

    /// <summary>All iopub messages whose parent is <paramref name="requestId"/>, up to its idle status.</summary>
    private List<KernelMessage> IopubFor(string requestId)
    {
        var result = pendingIopub.Where(m => m.ParentHeader?.MsgId == requestId).ToList();
        while (!result.Any(IsIdle))
        {
            var message = TryReceive(iopub, Timeout, m => m.ParentHeader?.MsgId == requestId)
                ?? throw new TimeoutException($"no idle status for {requestId}; kernel log:\n{logText}");
            result.Add(message);
        }
        return result;
    }

    private static bool IsIdle(KernelMessage m) => m.MsgType == "status" && (string?)m.Content["execution_state"] == "idle";

    private void DrainAll()
    {
        var frames = new List<byte[]>();
        foreach (var socket in new NetMQSocket[] { shell, iopub })
            while (socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(100), ref frames)) { }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
