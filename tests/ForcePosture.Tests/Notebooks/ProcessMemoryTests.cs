using System.Diagnostics;
using System.Runtime.InteropServices;
using ForcePosture.Notebooks.Reproduction;
using ForcePosture.Tests.OutsideTools;

namespace ForcePosture.Tests.Notebooks;

/// <summary>Between notebooks, <see cref="ProcessMemory.Release"/> gives back native memory that was freed but kept by the
/// allocator: what made a seven-notebook run's resident memory grow notebook by notebook. The test reads the process's
/// resident memory, so it runs alone, after the parallel tests (whose allocations would move that number by hundreds of MB).</summary>
[Collection(nameof(ProcessMemoryCollection))]
public sealed class ProcessMemoryTests
{
    private const int ChunkBytes = 64 * 1024;   // below glibc's mmap threshold, so the chunks come from (and return to) its arenas
    private const int Chunks = 3_200;           // about 200 MB

    [LinuxOnlyFact]
    public void Freed_native_memory_is_returned_to_the_operating_system()
    {
        ProcessMemory.Release();   // what earlier tests freed is returned first, so the chunks below take fresh pages
        var baseline = ResidentBytes();
        // Allocate and touch every page, each chunk followed by a small block that stays live: freeing the chunks then leaves
        // holes the allocator cannot give back by shrinking its heap, as the compiler's and runtime's freed memory did.
        var chunks = new IntPtr[Chunks];
        var pins = new IntPtr[Chunks];
        for (var i = 0; i < Chunks; i++)
        {
            chunks[i] = Marshal.AllocHGlobal(ChunkBytes);
            pins[i] = Marshal.AllocHGlobal(64);
            for (var offset = 0; offset < ChunkBytes; offset += 4096) Marshal.WriteByte(chunks[i], offset, 1);
        }
        foreach (var chunk in chunks) Marshal.FreeHGlobal(chunk);
        var afterFree = ResidentBytes();

        ProcessMemory.Release();
        var afterRelease = ResidentBytes();
        foreach (var pin in pins) Marshal.FreeHGlobal(pin);

        Assert.True(afterFree - baseline > 150_000_000,
            $"the test's premise: freeing should leave the memory resident (baseline {baseline / 1e6:0} MB, after free {afterFree / 1e6:0} MB)");
        Assert.True(afterFree - afterRelease > 150_000_000,
            $"Release should return the freed 200 MB: after free {afterFree / 1e6:0} MB, after Release {afterRelease / 1e6:0} MB");
    }

    [Fact]
    public void Peak_is_at_least_what_is_resident_now() =>
        Assert.True(ProcessMemory.PeakBytes() >= ResidentBytes() - 4096 * 1024);

    private static long ResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}

[CollectionDefinition(nameof(ProcessMemoryCollection), DisableParallelization = true)]
public sealed class ProcessMemoryCollection;
