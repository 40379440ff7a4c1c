using ForcePosture.Kernel.Protocol;
using ForcePosture.Notebooks;
using NetMQ;
using NetMQ.Sockets;

namespace ForcePosture.Kernel.Hosting;

/// <summary>Binds the five Jupyter sockets on the connection file's loopback address and ports (and nothing else), verifies
/// every incoming message's signature, and signs every outgoing one. One thread owns the shell, control, stdin and iopub
/// sockets; the heartbeat has its own; cells run on the dispatcher's worker.</summary>
public sealed class KernelServer
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    private readonly ConnectionInfo connection;
    private readonly KernelLog log;
    private readonly WireCodec codec;
    private readonly NetMQQueue<Outgoing> outgoing = new();   // disposed at the end of RunAsync: it holds ZeroMQ sockets too
    private readonly RequestDispatcher dispatcher;

    /// <summary>A message to send, or (Message null) the signal to stop after everything queued before it.</summary>
    private sealed record Outgoing(KernelChannel Channel, KernelMessage? Message);

    public KernelServer(ConnectionInfo connection, Func<CancellationToken, Task<IExecutionSession>> sessionFactory, KernelLog log)
    {
        this.connection = connection;
        this.log = log;
        codec = new WireCodec(new MessageSigner(connection.Key));
        dispatcher = new RequestDispatcher(sessionFactory,
            (channel, message) => outgoing.Enqueue(new Outgoing(channel, message)),
            () => outgoing.Enqueue(new Outgoing(KernelChannel.Iopub, null)),
            log);
    }

    /// <summary>True when the client asked for a shutdown with restart (it starts a new kernel process itself).</summary>
    public bool RestartRequested => dispatcher.RestartRequested;

    /// <summary>Cancels the running cell (used for SIGINT).</summary>
    public void Interrupt() => dispatcher.Interrupt();

    /// <summary>Serves until a shutdown_request is answered or <paramref name="cancellationToken"/> is cancelled, then releases the ports.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var queue = outgoing;
        using var heartbeat = new Heartbeat(connection.Endpoint(connection.HeartbeatPort), log);
        heartbeat.Start();
        using var shell = Bind(new RouterSocket(), connection.ShellPort, "shell");
        using var control = Bind(new RouterSocket(), connection.ControlPort, "control");
        using var stdin = Bind(new RouterSocket(), connection.StdinPort, "stdin");
        using var iopub = Bind(new PublisherSocket(), connection.IopubPort, "iopub");
        log.Write($"listening on {connection.Ip}: shell {connection.ShellPort}, iopub {connection.IopubPort}, stdin {connection.StdinPort}, control {connection.ControlPort}, heartbeat {connection.HeartbeatPort}");

        using var poller = new NetMQPoller { shell, control, stdin, outgoing };
        shell.ReceiveReady += (_, e) => Receive(e.Socket, "shell", dispatcher.EnqueueShell);
        control.ReceiveReady += (_, e) => Receive(e.Socket, "control", dispatcher.HandleControl);
        stdin.ReceiveReady += (_, e) => Receive(e.Socket, "stdin", message => log.Write($"stdin: ignored a {message.MsgType} message (this kernel does not request input)"));
        outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                if (item.Message is null) { poller.StopAsync(); return; }
                NetMQSocket socket = item.Channel switch
                {
                    KernelChannel.Shell => shell,
                    KernelChannel.Control => control,
                    KernelChannel.Stdin => stdin,
                    _ => iopub,
                };
                socket.SendMultipartBytes(codec.Encode(item.Message));
            }
        };

        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try { poller.Run(); }
            catch (Exception e) { log.Write($"socket thread failed: {e}"); }
            finally { stopped.TrySetResult(); }
        }) { IsBackground = true, Name = "jupyter-sockets" };
        dispatcher.Start();
        thread.Start();
        using (cancellationToken.Register(() => poller.StopAsync()))
            await stopped.Task;

        await dispatcher.StopAsync(TimeSpan.FromSeconds(2));
        log.Write("closing the sockets");
    }

    private T Bind<T>(T socket, int port, string name) where T : NetMQSocket
    {
        socket.Options.Linger = Linger;
        try
        {
            socket.Bind(connection.Endpoint(port));
        }
        catch (Exception e)
        {
            socket.Dispose();
            throw new IOException($"cannot bind the {name} socket to {connection.Endpoint(port)}: {e.Message}", e);
        }
        return socket;
    }

    private void Receive(NetMQSocket socket, string channel, Action<KernelMessage> handle)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
        {
            if (!codec.TryDecode(frames, out var message, out var problem))
            {
                log.Write($"{channel}: dropped a message ({frames.Count} frames): {problem}");
                continue;
            }
            handle(message!);
        }
    }
}
