using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace ForcePosture.Notebooks.Reproduction;

/// <summary>What one process of <see cref="Reproducer"/> holds between notebooks, and how much it held at most.</summary>
/// <remarks>
/// Roslyn loads each cell's compiled submission into a load context that cannot be unloaded, so a notebook's assemblies stay
/// for the life of the process (a few megabytes per notebook). What grew by far the most was memory that had been freed but
/// not returned: the garbage collector keeps its emptied regions, and glibc's allocator keeps the native memory the compiler
/// and the runtime freed. Measured on the two-core machine of the README, seven notebooks in one run left about 570 MB
/// resident before the last one; released after each notebook, about 400 MB. <see cref="Release"/> does that release.
/// </remarks>
internal static class ProcessMemory
{
    /// <summary>Collects all generations with compaction (returning emptied regions to the operating system), then, on Linux
    /// with glibc, asks the allocator to return its free pages (<c>malloc_trim</c>). Called between notebooks, when nothing of
    /// the finished notebook is needed any more; it takes some tens of milliseconds.</summary>
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl (Alpine) has no malloc_trim; nothing to release then.
        }
    }

    /// <summary>The most memory the process has held resident so far (on Linux the kernel's high-water mark, VmHWM).</summary>
    public static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    // DllImport rather than LibraryImport: the call passes and returns plain integers, so no marshalling code is generated
    // either way, and LibraryImport would require the project to allow unsafe code.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
