using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Kernel.Protocol;
using ForcePosture.Notebooks;

namespace ForcePosture.Kernel.Hosting;

/// <summary>Publishes a running cell's outputs on iopub as children of its execute_request. Consecutive writes to the same
/// stream are gathered for up to <see cref="StreamFlushInterval"/> so a loop of Console.Write calls does not become
/// thousands of messages; any other output flushes them first, so the order the cell produced is kept.</summary>
public sealed class IopubOutputSink : IOutputSink, IDisposable
{
    public static readonly TimeSpan StreamFlushInterval = TimeSpan.FromMilliseconds(50);

    private readonly Action<string, JsonObject> publish;
    private readonly bool silent;
    private readonly Lock gate = new();
    private readonly StringBuilder pending = new();
    private readonly Timer timer;
    private string? pendingStream;
    private bool closed;

    /// <param name="publish">Sends one iopub message (msg_type, content) with the request as parent.</param>
    /// <param name="silent">The request's "silent" flag: outputs are then not broadcast.</param>
    public IopubOutputSink(Action<string, JsonObject> publish, bool silent)
    {
        this.publish = publish;
        this.silent = silent;
        timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public void Stream(string name, string text)
    {
        if (silent || text.Length == 0) return;
        lock (gate)
        {
            if (closed)
            {
                // Written after the cell finished (e.g. by a task it left running): sent at once, still as this cell's output.
                publish("stream", new JsonObject { ["name"] = name, ["text"] = text });
                return;
            }
            if (pendingStream is not null && pendingStream != name) FlushLocked();
            if (pendingStream is null) timer.Change(StreamFlushInterval, Timeout.InfiniteTimeSpan);
            pendingStream = name;
            pending.Append(text);
        }
    }

    public void Display(MimeBundle bundle)
    {
        if (silent) return;
        lock (gate)
        {
            FlushLocked();
            publish("display_data", new JsonObject
            {
                ["data"] = MimeBundleJson.ToJson(bundle.Data),
                ["metadata"] = MimeBundleJson.ToJson(bundle.Metadata),
                ["transient"] = new JsonObject(),
            });
        }
    }

    /// <summary>Publishes another message in sequence with the cell's outputs (execute_result, error).</summary>
    public void Publish(string msgType, JsonObject content)
    {
        lock (gate)
        {
            FlushLocked();
            publish(msgType, content);
        }
    }

    public void Flush()
    {
        lock (gate) FlushLocked();
    }

    private void FlushLocked()
    {
        if (pendingStream is null) return;
        publish("stream", new JsonObject { ["name"] = pendingStream, ["text"] = pending.ToString() });
        pending.Clear();
        pendingStream = null;
        if (!closed) timer.Change(Timeout.Infinite, Timeout.Infinite);
    }

    public void Dispose()
    {
        lock (gate)
        {
            FlushLocked();
            closed = true;
            timer.Dispose();
        }
    }
}
