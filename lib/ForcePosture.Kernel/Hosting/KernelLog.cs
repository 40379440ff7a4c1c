namespace ForcePosture.Kernel.Hosting;

/// <summary>The kernel's diagnostics, written to the process's real standard error (cells may redirect Console.Error).</summary>
public sealed class KernelLog
{
    private readonly TextWriter writer;
    private readonly Lock gate = new();

    public KernelLog(TextWriter writer) => this.writer = writer;

    public static KernelLog StandardError() =>
        new(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });

    public void Write(string text)
    {
        lock (gate) writer.WriteLine($"[forceposture-kernel {DateTime.UtcNow:HH:mm:ss.fff}] {text}");
    }
}
