using ForcePosture.Kernel.Kernelspec;

namespace ForcePosture.Tests.Kernel;

public sealed class ReadyToRunBuildTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ready-to-run-test-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Finds_the_kernel_project_above_a_build_output_folder_and_nothing_outside_a_repository()
    {
        var project = Path.Combine(root, "repo", "lib", "ForcePosture.Kernel", "ForcePosture.Kernel.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        File.WriteAllText(project, "<Project />");
        var buildOutput = Directory.CreateDirectory(Path.Combine(root, "repo", "lib", "ForcePosture.Cli", "bin", "Debug", "net10.0")).FullName;

        Assert.Equal(project, ReadyToRunBuild.FindProject(buildOutput));
        Assert.Null(ReadyToRunBuild.FindProject(Directory.CreateDirectory(Path.Combine(root, "elsewhere", "bin")).FullName));
    }

    [Fact]
    public void Publishes_under_the_kernel_project_s_bin_folder_per_runtime()
    {
        var project = Path.Combine(root, "repo", "lib", "ForcePosture.Kernel", "ForcePosture.Kernel.csproj");
        Assert.Equal(Path.Combine(root, "repo", "lib", "ForcePosture.Kernel", "bin", "ready-to-run", "linux-x64"),
            ReadyToRunBuild.OutputDirectory(project, "linux-x64"));
    }

    [Fact]
    public void The_repository_s_own_kernel_project_is_found_from_the_test_build_output()
    {
        var project = ReadyToRunBuild.FindProject(AppContext.BaseDirectory);
        Assert.NotNull(project);
        Assert.EndsWith(ReadyToRunBuild.ProjectRelativePath, project, StringComparison.Ordinal);
    }
}
