using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ForcePosture.Kernel.Kernelspec;

/// <summary>Where <see cref="ReadyToRunBuild.Publish"/> put the kernel and how long it took.</summary>
public sealed record ReadyToRunKernel(string KernelAssemblyPath, string RuntimeIdentifier, TimeSpan Elapsed);

/// <summary>Compiles the kernel, every assembly it loads (Roslyn, FSharp.Core, Plotly.NET, the library...) and the .NET runtime
/// libraries together, ahead of time, into one native image (<c>dotnet publish --self-contained -p:PublishReadyToRun=true
/// -p:PublishReadyToRunComposite=true</c>), so the kernel does not spend its first seconds JIT-compiling the compiler. The NuGet
/// packages of Roslyn and the F# libraries ship IL only; and compiled one by one, as a framework-dependent ReadyToRun publish
/// does, each assembly still leaves to the JIT the generic code it shares with the others (Roslyn's immutable arrays, LINQ and
/// dictionaries over its own types: measured, some 4,600 methods in notebook 02). Compiled as one image, those are compiled
/// too, at the cost of a long first compile and a copy of the runtime on disk; notebooks/README.md ("Performance") gives the
/// measured gain and costs.
/// The result goes to <c>lib/ForcePosture.Kernel/bin/ready-to-run/&lt;rid&gt;/</c>: published to a fresh folder first, then moved
/// into place, so a half-finished publish never replaces a working kernel.</summary>
public static class ReadyToRunBuild
{
    /// <summary>The kernel's project file relative to the repository root.</summary>
    public static readonly string ProjectRelativePath = Path.Combine("lib", "ForcePosture.Kernel", "ForcePosture.Kernel.csproj");

    /// <summary>The kernel project found by walking up from <paramref name="startDirectory"/> (the command line's build output
    /// sits inside the repository); null when there is none above it.</summary>
    public static string? FindProject(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ProjectRelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The folder the ReadyToRun kernel for <paramref name="runtimeIdentifier"/> is published to.</summary>
    public static string OutputDirectory(string projectPath, string runtimeIdentifier) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(projectPath))!, "bin", "ready-to-run", runtimeIdentifier);

    /// <summary>Runs <c>dotnet publish</c> on the kernel project for this machine's runtime identifier (self-contained, Release,
    /// one composite ReadyToRun image) and returns the published kernel assembly. <paramref name="progress"/> receives one line before the
    /// (possibly minutes-long) compilation starts.</summary>
    /// <exception cref="InvalidOperationException">dotnet publish failed; the message holds the end of its output.</exception>
    public static ReadyToRunKernel Publish(string projectPath, Action<string> progress)
    {
        var stopwatch = Stopwatch.StartNew();
        var rid = RuntimeInformation.RuntimeIdentifier;
        var target = OutputDirectory(projectPath, rid);
        var staging = $"{target}.{Environment.ProcessId}.new";
        var previous = $"{target}.{Environment.ProcessId}.old";
        DeleteIfPresent(staging);
        progress($"Compiling the kernel and the .NET runtime ahead of time for {rid} into one native image (dotnet publish " +
                 "-p:PublishReadyToRunComposite=true; about three minutes on two cores the first time and after any change to the library " +
                 "or the engine, seconds after)...");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "publish", Path.GetFullPath(projectPath), "--configuration", "Release", "--runtime", rid, "--self-contained", "true",
                     "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true", "--output", staging, "--nologo",
                 })
            start.ArgumentList.Add(argument);
        // Started by `dotnet run`, this process inherits variables that point MSBuild at the outer build; the publish is its own build.
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(variable);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start `dotnet publish` (is dotnet on the PATH?)");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var kernel = Path.Combine(staging, KernelspecInstaller.KernelAssemblyFileName);
        if (process.ExitCode != 0 || !File.Exists(kernel))
        {
            DeleteIfPresent(staging);
            var tail = string.Join('\n', (output + error.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(15));
            throw new InvalidOperationException(
                $"dotnet publish of {projectPath} with ReadyToRun for {rid} failed (exit code {process.ExitCode}); it needs the " +
                $"Microsoft.NETCore.App.Crossgen2.{rid} and runtime packs from NuGet. Leave out --ready-to-run to install the " +
                $"kernel from the ordinary build instead (it starts and runs slower). Output:\n{tail}");
        }

        DeleteIfPresent(previous);
        if (Directory.Exists(target)) Directory.Move(target, previous);
        Directory.Move(staging, target);
        DeleteIfPresent(previous);
        return new ReadyToRunKernel(Path.Combine(target, KernelspecInstaller.KernelAssemblyFileName), rid, stopwatch.Elapsed);
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
