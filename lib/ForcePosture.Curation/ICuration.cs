namespace ForcePosture.Curation;

/// <summary>Where the reference datasets are read from and where curated tables are written.</summary>
public sealed record CurationContext(string ReferenceDir, string DataDir);

/// <summary>Derives one curated table (or a small group of related tables) from the reference datasets.</summary>
public interface ICuration
{
    /// <summary>Name of the table (resource name in data/datapackage.json) this curation writes.</summary>
    string Table { get; }

    void Run(CurationContext context);
}
