using ForcePosture.Curation;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Curation;

/// <summary>
/// The quantitative tables in data/ are derived by code from public reference datasets, which the repository does not
/// redistribute. Where a copy of them sits beside the repository (../shared/reference-data, as on the project's build
/// machines) or FORCEPOSTURE_REFERENCE_DATA names one, every curation is rerun into a temporary folder and its output must
/// equal the committed table byte for byte: a hand edit to a derived table, or a curation change not rerun, fails here.
/// </summary>
public class CurationReproducesDataTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    private static string? ReferenceDirectory() => ReferenceData.Directory();

    public static TheoryData<string> Curations() => new(CurationCatalog.All.Select(c => c.Table));

    [ReferenceDataTheory]
    [MemberData(nameof(Curations))]
    public void Committed_table_is_what_its_curation_derives(string table)
    {
        var reference = ReferenceDirectory()!;
        var output = Directory.CreateTempSubdirectory("forceposture-curation-");
        try
        {
            var curation = CurationCatalog.All.Single(c => c.Table == table);
            var context = new CurationContext(reference, output.FullName, Root);
            InputSnapshots.Verify(curation, context);
            curation.Run(context);
            var derived = File.ReadAllBytes(Path.Combine(output.FullName, table + ".csv"));
            var committed = File.ReadAllBytes(Path.Combine(Root, "data", table + ".csv"));
            Assert.True(derived.AsSpan().SequenceEqual(committed),
                $"data/{table}.csv differs from what `dotnet run --project lib/ForcePosture.Curation -- --reference {reference} --data data {table}` derives");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

}

/// <summary>Where a copy of the reference datasets is: FORCEPOSTURE_REFERENCE_DATA, or ../shared/reference-data beside the
/// repository (they are not part of it); null when neither exists.</summary>
internal static class ReferenceData
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    public const string Missing = "the reference datasets are not beside the repository (../shared/reference-data) and FORCEPOSTURE_REFERENCE_DATA is not set";

    public static string? Directory()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("FORCEPOSTURE_REFERENCE_DATA"),
            Path.Combine(Root, "..", "shared", "reference-data"),
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c) && System.IO.Directory.Exists(c)).Select(c => Path.GetFullPath(c!)).FirstOrDefault();
    }
}

/// <summary>A theory that skips, saying why, when no copy of the reference datasets is at hand.</summary>
internal sealed class ReferenceDataTheoryAttribute : TheoryAttribute
{
    public ReferenceDataTheoryAttribute()
    {
        if (ReferenceData.Directory() is null) Skip = ReferenceData.Missing;
    }
}

/// <summary>A fact that skips, saying why, when no copy of the reference datasets is at hand.</summary>
internal sealed class ReferenceDataFactAttribute : FactAttribute
{
    public ReferenceDataFactAttribute()
    {
        if (ReferenceData.Directory() is null) Skip = ReferenceData.Missing;
    }
}
