using ForcePosture.Figures;

namespace ForcePosture.Tests.Architecture;

/// <summary>
/// The library's namespaces form layers, and every use points down: a namespace may use only namespaces of lower layers.
/// The layers, lowest first, are the list below; a new namespace must be placed in it before the test passes.
/// </summary>
public class LayeringTests
{
    private static readonly string Library = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "lib", "ForcePosture");

    /// <summary>Lowest first. Namespaces in one layer do not use each other.</summary>
    internal static readonly IReadOnlyList<string[]> Layers =
    [
        // Leaves: cell values and diagnostics; atomic files; the theme; prose; numeric transforms; the Korean translation table.
        ["ForcePosture.Cells", "ForcePosture.Files", "ForcePosture.Charts", "ForcePosture.Prose", "ForcePosture.Transforms", "ForcePosture.Translations"],
        // The Frictionless descriptor; the figure pipeline (theme and files below it).
        ["ForcePosture.DataPackage", "ForcePosture.Figures"],
        // CSV reading, schema and foreign-key checks, table summaries.
        ["ForcePosture.Validation"],
        // Typed records and their loaders.
        ["ForcePosture.Tables"],
        // Agreement activity and the tie network over the records.
        ["ForcePosture.Networks"],
        // Cross-table rules over the records (they use agreement activity).
        ["ForcePosture.Consistency"],
        // Loading a package: Dataset and ForcePostureData.
        ["ForcePosture"],
        // What notebooks call: the analyses and the data-frame interop.
        ["ForcePosture.Analyses", "ForcePosture.Interop"],
    ];

    private static int LayerOf(string ns)
    {
        for (var i = 0; i < Layers.Count; i++)
            if (Layers[i].Contains(ns)) return i;
        return -1;
    }

    /// <summary>The uses that point up or sideways, or into or out of a namespace that has no layer.</summary>
    internal static IReadOnlyList<string> Violations(IEnumerable<NamespaceUse> uses) =>
        uses.Where(u => LayerOf(u.From) < 0 || LayerOf(u.To) < 0 || LayerOf(u.To) >= LayerOf(u.From))
            .Select(u => LayerOf(u.From) < 0 || LayerOf(u.To) < 0 ? $"{u} (namespace without a layer)" : u.ToString())
            .Distinct().ToList();

    [Fact]
    public void Every_use_between_the_library_namespaces_points_to_a_lower_layer()
    {
        var uses = NamespaceDependencies.Find(Library);
        Assert.True(uses.Count > 100, $"only {uses.Count} uses found: the source was not read");
        var violations = Violations(uses);
        Assert.True(violations.Count == 0, "uses pointing the wrong way:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        var declared = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(File.ReadLines).Where(l => l.StartsWith("namespace ", StringComparison.Ordinal))
            .Select(l => l["namespace ".Length..].TrimEnd(';', ' ')).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.DoesNotContain(declared, ns => LayerOf(ns) < 0);
        Assert.Contains("ForcePosture.Tables", declared);
    }

    [Fact]
    public void A_planted_use_pointing_up_is_found_with_its_file_and_line()
    {
        const string planted = """
            namespace ForcePosture.Tables;

            internal static class PlantedWrongWay
            {
                public static System.Type Up => typeof(ForcePosture.Analyses.SpendingComparison);
                public static string? Root => ForcePosture.ForcePostureData.FindDataDirectory();
            }
            """;
        var violations = Violations(NamespaceDependencies.Find(Library, ("Tables/PlantedWrongWay.cs", planted)));
        Assert.Contains(violations, v => v.StartsWith("Tables/PlantedWrongWay.cs:5: ForcePosture.Tables uses ForcePosture.Analyses", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Tables/PlantedWrongWay.cs:6: ForcePosture.Tables uses ForcePosture (", StringComparison.Ordinal));
        Assert.All(violations, v => Assert.StartsWith("Tables/PlantedWrongWay.cs:", v));
    }
}
