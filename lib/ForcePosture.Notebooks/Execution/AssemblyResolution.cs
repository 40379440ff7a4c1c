using System.Reflection;
using System.Runtime.Loader;

namespace ForcePosture.Notebooks.Execution;

/// <summary>The fix for the double-load bug (shared/notes/stack.md): Roslyn scripting loads each path-referenced DLL in an
/// AssemblyLoadContext of its own, so FSharp.Core could be loaded twice (Giraffe asks for 5.0.0.0, Plotly.NET for 10.1.0.0) and
/// Plotly.NET then fails with MissingMethodException. A handler on the default context answers every request for an assembly
/// that sits in the library's build output with that one file, whatever version was asked for, so each loads exactly once.</summary>
internal static class AssemblyResolution
{
    private static readonly object Gate = new();
    private static readonly HashSet<string> Directories = new(StringComparer.Ordinal);
    private static bool installed;

    public static void Install(string libraryDirectory)
    {
        lock (Gate)
        {
            Directories.Add(Path.GetFullPath(libraryDirectory));
            if (installed) return;
            AssemblyLoadContext.Default.Resolving += Resolve;
            installed = true;
        }
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        string[] directories;
        lock (Gate) directories = [.. Directories];
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            if (!File.Exists(path)) continue;
            var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a =>
                string.Equals(a.GetName().Name, name.Name, StringComparison.Ordinal));
            return loaded ?? context.LoadFromAssemblyPath(path);
        }
        return null;
    }
}
