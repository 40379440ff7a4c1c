using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ForcePosture.Tests.Architecture;

/// <summary>A use of one namespace's type or member in another namespace's code: where it is and what it names.</summary>
internal sealed record NamespaceUse(string From, string To, string File, int Line, string Symbol)
{
    public override string ToString() => $"{File}:{Line}: {From} uses {To} ({Symbol})";
}

/// <summary>
/// Which of the library's namespaces use which, found by the C# compiler's semantic model (not by <c>using</c> lines, which
/// miss the parent namespace's types that a child namespace sees without one): every name in the source is bound, and a
/// name that resolves to a type or member of another ForcePosture namespace is a use of that namespace.
/// </summary>
internal static class NamespaceDependencies
{
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    /// <summary>The uses in the library's source files (and any extra sources, e.g. a planted wrong-way file).</summary>
    public static IReadOnlyList<NamespaceUse> Find(string libraryFolder, params (string Path, string Text)[] extraSources)
    {
        var files = Directory.EnumerateFiles(libraryFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Path: Path.GetRelativePath(libraryFolder, f), Text: File.ReadAllText(f)))
            .Concat(extraSources);
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.cs")).ToList();
        var compilation = CSharpCompilation.Create("ForcePosture.LayerCheck", trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var uses = new List<NamespaceUse>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetCompilationUnitRoot();
            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var from = name.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
                if (from is null || !from.StartsWith("ForcePosture", StringComparison.Ordinal)) continue;
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                var target = symbol switch
                {
                    INamedTypeSymbol type => type.ContainingNamespace,
                    { ContainingType: { } type } => type.ContainingNamespace,
                    _ => null,
                };
                if (target is null) continue;
                var to = NamespaceName(target);
                if (to == from || !to.StartsWith("ForcePosture", StringComparison.Ordinal)) continue;
                uses.Add(new NamespaceUse(from, to, tree.FilePath, name.GetLocation().GetLineSpan().StartLinePosition.Line + 1, symbol!.ToDisplayString()));
            }
        }
        return uses;
    }

    private static string NamespaceName(INamespaceSymbol ns) => ns.ToDisplayString();

    /// <summary>The framework and every assembly beside the tests, which include the library's packages.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("ForcePosture", StringComparison.Ordinal));
        return platform.Concat(beside).DistinctBy(Path.GetFileName).Where(IsManaged).Select(f => MetadataReference.CreateFromFile(f));
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
