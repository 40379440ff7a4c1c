// forceposture: the repository's command line. Each command lives in its own file under Commands/.
using System.CommandLine;

var root = new RootCommand("Curated data, notebooks and figures on US and allied force posture in the Indo-Pacific.");
// Register each command here, one line each.
root.Subcommands.Add(ForcePosture.Cli.Commands.ValidateCommand.Create());
root.Subcommands.Add(ForcePosture.Cli.Commands.RunCommand.Create());
root.Subcommands.Add(ForcePosture.Cli.Commands.ReproduceCommand.Create());
root.Subcommands.Add(ForcePosture.Cli.Commands.KernelCommand.Create());
root.Subcommands.Add(ForcePosture.Cli.Commands.SiteCommand.Create());

return root.Parse(args).Invoke();
