using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ForcePosture.Files;

namespace ForcePosture.Kernel.Kernelspec;

/// <summary>Writes and removes the kernelspec (kernels/&lt;name&gt;/kernel.json) through which Jupyter clients, VS Code
/// among them, find and start this kernel.</summary>
public static partial class KernelspecInstaller
{
    public const string DefaultName = "forceposture-csharp";
    public const string DisplayName = "C# (ForcePosture)";
    public const string KernelAssemblyFileName = "ForcePosture.Kernel.dll";

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ValidName();

    /// <summary>The kernel.json that starts the kernel assembly at <paramref name="kernelAssemblyPath"/> with `dotnet`.</summary>
    public static JsonObject KernelJson(string kernelAssemblyPath) => new()
    {
        ["argv"] = new JsonArray("dotnet", Path.GetFullPath(kernelAssemblyPath), "{connection_file}"),
        ["display_name"] = DisplayName,
        ["language"] = "C#",
        ["interrupt_mode"] = "message",
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    public static string SpecDirectory(string dataDirectory, string name)
    {
        if (!ValidName().IsMatch(name))
            throw new ArgumentException($"kernel name \"{name}\": expected letters, digits, '.', '_' or '-' only (Jupyter's rule for kernel names)");
        return Path.Combine(dataDirectory, "kernels", name);
    }

    /// <summary>Writes kernels/&lt;name&gt;/kernel.json under <paramref name="dataDirectory"/> (atomically, through <see cref="AtomicFile"/>).
    /// Replaces a kernelspec of this kernel; refuses to overwrite any other kernel's. Returns the spec directory and whether it replaced one.</summary>
    public static (string Directory, bool Replaced) Install(string dataDirectory, string name, string kernelAssemblyPath)
    {
        if (!File.Exists(kernelAssemblyPath))
            throw new FileNotFoundException($"{kernelAssemblyPath}: the kernel assembly is not there; build the command line first (dotnet build lib/ForcePosture.Cli)", kernelAssemblyPath);
        var directory = SpecDirectory(dataDirectory, name);
        var target = Path.Combine(directory, "kernel.json");
        var replaced = File.Exists(target);
        if (replaced) EnsureOurs(target);
        var json = KernelJson(kernelAssemblyPath).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        AtomicFile.WriteAllText(target, json);
        return (directory, replaced);
    }

    /// <summary>Removes kernels/&lt;name&gt; under <paramref name="dataDirectory"/> if it holds this kernel's kernelspec.</summary>
    public static string Uninstall(string dataDirectory, string name)
    {
        var directory = SpecDirectory(dataDirectory, name);
        var target = Path.Combine(directory, "kernel.json");
        if (!File.Exists(target))
            throw new FileNotFoundException($"{directory}: no kernelspec named \"{name}\" is installed there", target);
        EnsureOurs(target);
        Directory.Delete(directory, recursive: true);
        return directory;
    }

    /// <summary>Throws unless the kernel.json at <paramref name="path"/> starts this kernel's assembly.</summary>
    private static void EnsureOurs(string path)
    {
        JsonNode? argv;
        try { argv = JsonNode.Parse(File.ReadAllText(path))?["argv"]; }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}: not valid JSON ({e.Message}); not touching a kernelspec this command did not write", e);
        }
        var ours = argv is JsonArray items && items.Any(item =>
            item is JsonValue value && value.TryGetValue<string>(out var text)
            && Path.GetFileName(text).Equals(KernelAssemblyFileName, StringComparison.Ordinal));
        if (!ours)
            throw new InvalidOperationException($"{path}: this kernelspec does not start {KernelAssemblyFileName}; not touching another kernel's kernelspec");
    }
}
