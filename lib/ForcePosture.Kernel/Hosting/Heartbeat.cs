using NetMQ;
using NetMQ.Sockets;

namespace ForcePosture.Kernel.Hosting;

/// <summary>Echoes whatever arrives on the heartbeat socket, on its own thread, so a busy kernel still answers.</summary>
public sealed class Heartbeat : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Thread thread;
    private readonly ManualResetEventSlim bound = new();
    private Exception? bindFailure;

    public Heartbeat(string endpoint, KernelLog log)
    {
        thread = new Thread(() => Run(endpoint, log)) { IsBackground = true, Name = "jupyter-heartbeat" };
    }

    /// <summary>Starts the thread and waits until the socket is bound (throws if binding failed).</summary>
    public void Start()
    {
        thread.Start();
        bound.Wait();
        if (bindFailure is not null) throw new IOException($"cannot bind the heartbeat socket: {bindFailure.Message}", bindFailure);
    }

    private void Run(string endpoint, KernelLog log)
    {
        ResponseSocket socket;
        try
        {
            socket = new ResponseSocket();
            socket.Options.Linger = TimeSpan.Zero;
            socket.Bind(endpoint);
        }
        catch (Exception e)
        {
            bindFailure = e;
            bound.Set();
            return;
        }
        bound.Set();
        using (socket)
        {
            var frames = new List<byte[]>();
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    frames.Clear();
                    if (socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
                        socket.SendMultipartBytes(frames);
                }
                catch (Exception e) when (e is NetMQException or ObjectDisposedException)
                {
                    log.Write($"heartbeat: {e.Message}");
                }
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        if (thread.IsAlive) thread.Join(TimeSpan.FromSeconds(2));
        stop.Dispose();
        bound.Dispose();
    }
}
