using System.Text.RegularExpressions;

namespace ForcePosture.Notebooks.Execution;

/// <summary>A cell after its .NET Interactive dialect lines were handled: the C# Roslyn compiles (same line numbers as the
/// cell: handled lines become blank lines), whether <c>#!time</c> asked for the elapsed time, or the first problem found.</summary>
internal sealed record PreparedCell(string Code, bool ReportTime, CellError? Error);

/// <summary>Handles the lines of the .NET Interactive dialect that plain Roslyn scripting does not know:
/// <list type="bullet">
/// <item><c>#!csharp</c> / <c>#!c#</c> / <c>#!C#</c> (kernel selectors for C#): ignored.</item>
/// <item><c>#!time</c>: the cell's wall-clock time is written to stdout after it runs.</item>
/// <item>any other <c>#!</c> magic (other languages, <c>#!set</c>, <c>#!import</c> ...): an error naming the line, since running
///   the cell without it would silently change its meaning.</item>
/// <item><c>#i "nuget: source"</c> (package sources): ignored; packages come from the library's build output.</item>
/// <item><c>#r "nuget: Id, Version"</c>: checked against the library's build output: the package must be one the library was
///   built with, and the version must be that one exactly.</item>
/// </list></summary>
internal sealed partial class CellPreprocessor(PackageCatalog catalog)
{
    private static readonly HashSet<string> CSharpSelectors = new(StringComparer.OrdinalIgnoreCase) { "#!csharp", "#!c#" };

    [GeneratedRegex("""^\s*#r\s+"(?<ref>[^"]*)"\s*$""")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex("""^\s*#i\s+"nuget:[^"]*"\s*$""")]
    private static partial Regex SourceLine();

    public PreparedCell Prepare(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var reportTime = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var lineNumber = i + 1;
            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = trimmed.Split(' ', 2)[0];
                if (CSharpSelectors.Contains(magic)) lines[i] = "";
                else if (magic == "#!time") { reportTime = true; lines[i] = ""; }
                else return Fail(lineNumber, line, $"the magic command {magic} is not supported by this engine (only #!csharp and #!time are); the notebooks run C# only.");
                continue;
            }
            if (SourceLine().IsMatch(line))
            {
                lines[i] = "";
                continue;
            }
            var reference = ReferenceLine().Match(line);
            if (!reference.Success) continue;
            var text = reference.Groups["ref"].Value;
            if (!text.TrimStart().StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) continue;
            if (!NuGetReference.TryParse(text, out var nuget))
                return Fail(lineNumber, line, "expected #r \"nuget: Id, Version\".");
            var package = catalog.Find(nuget.Id);
            if (package is null)
                return Fail(lineNumber, line, $"the package {nuget.Id} is not one the ForcePosture library is built with, so it cannot be loaded headlessly. " +
                    "Add it as a PackageReference of lib/ForcePosture (version in Directory.Packages.props) and rebuild.");
            if (nuget.Version is null)
                return Fail(lineNumber, line, $"give the version: #r \"nuget: {package.Id}, {package.Version}\" (the version the library is built with).");
            if (!string.Equals(nuget.Version, package.Version, StringComparison.OrdinalIgnoreCase))
                return Fail(lineNumber, line, $"the notebook asks for {package.Id} {nuget.Version} but the library is built with {package.Id} {package.Version}; " +
                    "change the notebook's line to that version (or change Directory.Packages.props and rebuild).");
            lines[i] = $"#r \"nuget: {package.Id}, {package.Version}\"";
        }
        return new PreparedCell(string.Join('\n', lines), reportTime, null);
    }

    private static PreparedCell Fail(int line, string source, string message) =>
        new("", false, new CellError("DirectiveError", $"line {line}: {message}", [$"(line {line}) {source.Trim()}", $"DirectiveError: {message}"]) { Line = line });
}
