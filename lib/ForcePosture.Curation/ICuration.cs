using ForcePosture.DataPackage;

namespace ForcePosture.Curation;

/// <summary>Where the reference datasets are read from, where curated tables are written, and the repository whose
/// <c>data/datapackage.json</c> records each input's snapshot and whose own input files (<c>lib/ForcePosture.Curation/Inputs/</c>)
/// the curations read.</summary>
/// <param name="ReferenceDir">The public reference datasets (../shared/reference-data).</param>
/// <param name="DataDir">Where the curated CSV files are written (the repository's data/, or a temporary folder).</param>
/// <param name="RepositoryDir">The repository root; the parent of <paramref name="DataDir"/> when not given.</param>
public sealed record CurationContext(string ReferenceDir, string DataDir, string? RepositoryDir = null)
{
    /// <summary>The repository root.</summary>
    public string Repository => RepositoryDir ?? Path.GetDirectoryName(Path.GetFullPath(DataDir))!;

    /// <summary>The full path of an input file.</summary>
    public string PathOf(CurationInput input) => Path.Combine(input.Location == SnapshotLocation.ReferenceData ? ReferenceDir : Repository, input.File);
}

/// <summary>A file a curation reads: in the reference datasets or in the repository, by its relative path with <c>/</c>
/// separators (as its snapshot record in <c>data/datapackage.json</c> names it).</summary>
public sealed record CurationInput(SnapshotLocation Location, string File)
{
    public static CurationInput ReferenceData(string file) => new(SnapshotLocation.ReferenceData, file);

    public static CurationInput InRepository(string file) => new(SnapshotLocation.Repository, file);

    public override string ToString() => $"{(Location == SnapshotLocation.ReferenceData ? "reference-data" : "repository")} file {File}";
}

/// <summary>Derives one curated table (or a small group of related tables) from the reference datasets.</summary>
public interface ICuration
{
    /// <summary>Name of the table (resource name in data/datapackage.json) this curation writes.</summary>
    string Table { get; }

    /// <summary>Every file the curation reads; each must have a snapshot record on the table's resource
    /// (<see cref="InputSnapshots.Verify"/>).</summary>
    IReadOnlyList<CurationInput> Inputs { get; }

    void Run(CurationContext context);
}
