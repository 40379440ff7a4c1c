using System.Diagnostics;

namespace ForcePosture.Kernel.Hosting;

/// <summary>Ends the kernel when the client process that started it is gone, so a crashed client leaves no orphan kernel.
/// On Linux and macOS, Jupyter clients put their process id in the JPY_PARENT_PID environment variable (jupyter_client sets
/// it; ipykernel watches it too). On Windows that variable holds a handle, not a process id, so it is not used there.</summary>
public sealed class ParentProcessWatch : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Timer timer;

    private ParentProcessWatch(int parentId, Action parentGone, KernelLog log)
    {
        timer = new Timer(_ =>
        {
            if (IsRunning(parentId)) return;
            log.Write($"the client process {parentId} (JPY_PARENT_PID) is gone; shutting down");
            timer!.Change(Timeout.Infinite, Timeout.Infinite);
            parentGone();
        }, null, Interval, Interval);
    }

    /// <summary>Starts watching the process named by JPY_PARENT_PID, or returns null when it is unset, not a process id, or 1 (init).</summary>
    public static ParentProcessWatch? FromEnvironment(Action parentGone, KernelLog log)
    {
        var text = Environment.GetEnvironmentVariable("JPY_PARENT_PID");
        if (string.IsNullOrEmpty(text) || OperatingSystem.IsWindows()) return null;
        if (!int.TryParse(text, out var parentId) || parentId <= 1)
        {
            log.Write($"JPY_PARENT_PID is \"{text}\", not a client process id; not watching the client");
            return null;
        }
        if (!IsRunning(parentId))
        {
            log.Write($"JPY_PARENT_PID {parentId} names no running process; not watching the client");
            return null;
        }
        return new ParentProcessWatch(parentId, parentGone, log);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    public void Dispose() => timer.Dispose();
}
