using System.CommandLine;
using ForcePosture.Kernel.Kernelspec;

namespace ForcePosture.Cli.Commands;

/// <summary>`kernel install` / `kernel uninstall`: the kernelspec that lets Jupyter clients (VS Code, JupyterLab, nbconvert) start the C# kernel.</summary>
public static class KernelCommand
{
    public static Command Create()
    {
        var command = new Command("kernel", "Install or remove the Jupyter kernel that runs this repository's C# notebooks in VS Code and any Jupyter client.");
        command.Subcommands.Add(Install());
        command.Subcommands.Add(Uninstall());
        return command;
    }

    private static Command Install()
    {
        var (user, prefix, name) = LocationOptions();
        var readyToRun = new Option<bool>("--ready-to-run")
        {
            Description = "First compile the kernel, its libraries and the .NET runtime ahead of time into one native image (composite " +
                          "ReadyToRun, into lib/ForcePosture.Kernel/bin/ready-to-run/; minutes on two cores the first time, seconds " +
                          "after) and point the kernelspec at it: the kernel then starts and runs cells faster (notebooks/README.md, " +
                          "\"Performance\", gives both measured). Run it again with this option after changing the library.",
        };
        var command = new Command("install",
            $"Write the Jupyter kernelspec ({KernelspecInstaller.DefaultName} by default) for the kernel in this command's own build " +
            $"output: usable at once. Add --ready-to-run for the faster, ahead-of-time compiled kernel.") { user, prefix, name, readyToRun };
        command.SetAction(parse => Run(() =>
        {
            var dataDirectory = DataDirectory(parse.GetValue(user), parse.GetValue(prefix));
            var kernel = parse.GetValue(readyToRun) ? ReadyToRunKernel() : Path.Combine(AppContext.BaseDirectory, KernelspecInstaller.KernelAssemblyFileName);
            var (directory, replaced) = KernelspecInstaller.Install(dataDirectory, parse.GetValue(name)!, kernel);
            Console.WriteLine($"{(replaced ? "Replaced" : "Installed")} kernelspec \"{parse.GetValue(name)}\" ({KernelspecInstaller.DisplayName}) in {directory}");
            Console.WriteLine($"It starts: dotnet {kernel} {{connection_file}}");
        }));
        return command;
    }

    private static string ReadyToRunKernel()
    {
        var project = ReadyToRunBuild.FindProject(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"no {ReadyToRunBuild.ProjectRelativePath} above {AppContext.BaseDirectory}: the ahead-of-time build needs the repository's " +
                "source; run this command from a clone of the repository, or leave out --ready-to-run");
        var built = ReadyToRunBuild.Publish(project, Console.WriteLine);
        Console.WriteLine($"Compiled in {built.Elapsed.TotalSeconds:0.0} s: {Path.GetDirectoryName(built.KernelAssemblyPath)}");
        return built.KernelAssemblyPath;
    }

    private static Command Uninstall()
    {
        var (user, prefix, name) = LocationOptions();
        var command = new Command("uninstall", "Remove the kernelspec written by `kernel install`.") { user, prefix, name };
        command.SetAction(parse => Run(() =>
        {
            var directory = KernelspecInstaller.Uninstall(DataDirectory(parse.GetValue(user), parse.GetValue(prefix)), parse.GetValue(name)!);
            Console.WriteLine($"Removed kernelspec \"{parse.GetValue(name)}\" from {directory}");
        }));
        return command;
    }

    private static (Option<bool> User, Option<string?> Prefix, Option<string> Name) LocationOptions() =>
        (new Option<bool>("--user") { Description = "In the user's Jupyter data directory (~/.local/share/jupyter on Linux; the default)." },
         new Option<string?>("--prefix") { Description = "Under DIR/share/jupyter instead (as `jupyter kernelspec install --prefix`).", HelpName = "DIR" },
         new Option<string>("--name") { Description = "Kernel name.", DefaultValueFactory = _ => KernelspecInstaller.DefaultName });

    private static string DataDirectory(bool user, string? prefix)
    {
        if (user && prefix is not null) throw new ArgumentException("give either --user or --prefix DIR, not both");
        return prefix is null ? JupyterDataDirectories.User() : JupyterDataDirectories.Prefix(prefix);
    }

    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"kernel: {e.Message}");
            return 1;
        }
    }
}
