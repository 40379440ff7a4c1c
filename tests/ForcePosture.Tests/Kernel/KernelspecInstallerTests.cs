using System.Text.Json.Nodes;
using ForcePosture.Kernel.Kernelspec;

namespace ForcePosture.Tests.Kernel;

public sealed class KernelspecInstallerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("kernelspec-test-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string FakeKernelAssembly()
    {
        var path = Path.Combine(root, "build", KernelspecInstaller.KernelAssemblyFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    [Fact]
    public void Writes_kernel_json_under_prefix_share_jupyter_kernels_and_removes_it()
    {
        var dataDirectory = JupyterDataDirectories.Prefix(Path.Combine(root, "env"));
        Assert.Equal(Path.Combine(root, "env", "share", "jupyter"), dataDirectory);

        var (directory, replaced) = KernelspecInstaller.Install(dataDirectory, KernelspecInstaller.DefaultName, FakeKernelAssembly());
        Assert.False(replaced);
        Assert.Equal(Path.Combine(dataDirectory, "kernels", "forceposture-csharp"), directory);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "kernel.json")))!;
        Assert.Equal(["dotnet", FakeKernelAssembly(), "{connection_file}"], spec["argv"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("C# (ForcePosture)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Single(Directory.GetFiles(directory));   // no temporary file left behind

        Assert.True(KernelspecInstaller.Install(dataDirectory, KernelspecInstaller.DefaultName, FakeKernelAssembly()).Replaced);

        KernelspecInstaller.Uninstall(dataDirectory, KernelspecInstaller.DefaultName);
        Assert.False(Directory.Exists(directory));
        Assert.Throws<FileNotFoundException>(() => KernelspecInstaller.Uninstall(dataDirectory, KernelspecInstaller.DefaultName));
    }

    [Fact]
    public void Never_overwrites_or_removes_another_kernels_spec()
    {
        var dataDirectory = Path.Combine(root, "data");
        var other = Path.Combine(dataDirectory, "kernels", "python3");
        Directory.CreateDirectory(other);
        var json = """{"argv": ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "language": "python"}""";
        File.WriteAllText(Path.Combine(other, "kernel.json"), json);

        Assert.Throws<InvalidOperationException>(() => KernelspecInstaller.Install(dataDirectory, "python3", FakeKernelAssembly()));
        Assert.Throws<InvalidOperationException>(() => KernelspecInstaller.Uninstall(dataDirectory, "python3"));
        Assert.Equal(json, File.ReadAllText(Path.Combine(other, "kernel.json")));
    }

    [Fact]
    public void Refuses_a_missing_kernel_assembly_and_a_name_that_is_a_path()
    {
        Assert.Throws<FileNotFoundException>(() => KernelspecInstaller.Install(root, "x", Path.Combine(root, "nowhere", "ForcePosture.Kernel.dll")));
        Assert.Throws<ArgumentException>(() => KernelspecInstaller.Install(root, "../escape", FakeKernelAssembly()));
    }
}
