using System.Text.Json.Nodes;

namespace ForcePosture.Notebooks.Execution;

/// <summary>A package (or the library project itself) present in the library's build output, with the DLLs it contributes
/// and the packages it depends on.</summary>
internal sealed record CatalogPackage(string Id, string Version, IReadOnlyList<string> AssemblyFiles, IReadOnlyList<string> Dependencies);

/// <summary>What the library's build output holds, read from its *.deps.json (written by the SDK for every build): the exact
/// package versions the library was restored with and which DLL files each one brought. This is what <c>#r "nuget: Id, Version"</c>
/// lines are checked against and resolved to.</summary>
internal sealed class PackageCatalog
{
    /// <summary>The NuGet id notebooks use for this repository's own library.</summary>
    public const string LibraryPackageId = "ForcePosture";

    private readonly Dictionary<string, CatalogPackage> packages;

    private PackageCatalog(string directory, Dictionary<string, CatalogPackage> packages)
    {
        Directory = directory;
        this.packages = packages;
    }

    public string Directory { get; }

    public IEnumerable<CatalogPackage> Packages => packages.Values;

    public CatalogPackage? Find(string id) => packages.GetValueOrDefault(id);

    public static PackageCatalog Load(string directory)
    {
        var depsFiles = System.IO.Directory.GetFiles(directory, "*.deps.json");
        if (depsFiles.Length == 0)
            throw new InvalidOperationException($"{directory}: no *.deps.json; build the library (dotnet build lib/ForcePosture.Cli) so its output lists its packages.");
        var found = new Dictionary<string, CatalogPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var depsFile in depsFiles.Order(StringComparer.Ordinal))
        {
            var root = JsonNode.Parse(File.ReadAllText(depsFile))
                ?? throw new InvalidDataException($"{depsFile}: empty file");
            if (root["targets"] is not JsonObject targets) continue;
            foreach (var (_, targetNode) in targets)
            {
                if (targetNode is not JsonObject target) continue;
                foreach (var (key, entryNode) in target)
                {
                    var slash = key.IndexOf('/');
                    if (slash <= 0 || entryNode is not JsonObject entry) continue;
                    var id = key[..slash];
                    var version = key[(slash + 1)..];
                    var files = (entry["runtime"] as JsonObject)?.Select(p => Path.GetFileName(p.Key))
                        .Where(f => File.Exists(Path.Combine(directory, f))).ToList() ?? [];
                    var dependencies = (entry["dependencies"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
                    found.TryAdd(id, new CatalogPackage(id, version, files, dependencies));
                }
            }
        }
        return new PackageCatalog(directory, found);
    }
}
