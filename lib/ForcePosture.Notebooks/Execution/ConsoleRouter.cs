using System.Text;

namespace ForcePosture.Notebooks.Execution;

/// <summary>Console.Out and Console.Error are process-wide, so they are replaced once by writers that send text to the sink of the
/// cell running on the current logical call context (an AsyncLocal, which flows into tasks and threads the cell starts), and to the
/// original console otherwise. Two sessions running cells at the same time therefore each get their own output.</summary>
internal static class ConsoleRouter
{
    private static readonly AsyncLocal<CellStreams?> Current = new();
    private static readonly object InstallLock = new();
    private static bool installed;

    public static void Install()
    {
        lock (InstallLock)
        {
            if (installed) return;
            Console.SetOut(new RoutingWriter("stdout", Console.Out));
            Console.SetError(new RoutingWriter("stderr", Console.Error));
            installed = true;
        }
    }

    /// <summary>Routes this call context's console output to <paramref name="sink"/> until the returned scope is disposed.</summary>
    public static IDisposable Route(IOutputSink sink)
    {
        var previous = Current.Value;
        var streams = new CellStreams(sink);
        Current.Value = streams;
        return new Scope(() => { streams.Close(); Current.Value = previous; });
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }

    /// <summary>One cell's streams. The sink is called under a lock: cells may write from several threads.</summary>
    private sealed class CellStreams(IOutputSink sink)
    {
        private readonly object gate = new();
        private bool closed;

        public bool TryWrite(string name, string text)
        {
            lock (gate)
            {
                if (closed) return false;
                sink.Stream(name, text);
                return true;
            }
        }

        public void Close()
        {
            lock (gate) closed = true;
        }
    }

    private sealed class RoutingWriter(string name, TextWriter original) : TextWriter
    {
        private readonly TextWriter original = TextWriter.Synchronized(original);

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (Current.Value is { } streams && streams.TryWrite(name, value)) return;
            original.Write(value);
        }

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void WriteLine() => Write("\n");

        public override void Flush()
        {
            if (Current.Value is null) original.Flush();
        }
    }
}
