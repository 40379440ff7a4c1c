namespace ForcePosture.DataPackage;

/// <summary>One input a table was derived from, as the descriptor's <c>sources</c> records it (on a resource, or on the package
/// for inputs of the figures): who produced it, which release, where it is published, when this repository took it, under
/// which licence, and, where the derivation reads a file, that file's snapshot.</summary>
/// <param name="Title">What the input is.</param>
/// <param name="Path">Where its producer publishes it (a URL).</param>
/// <param name="SourceId">The row of <c>sources.csv</c> that cites it, if any.</param>
/// <param name="Producer">Who made it.</param>
/// <param name="Version">Its version, release or vintage.</param>
/// <param name="Taken">The date (ISO 8601) this repository took the copy it reads.</param>
/// <param name="Licence">Its licence or terms of use.</param>
/// <param name="Snapshot">The file read, and its SHA-256, when a derivation reads one.</param>
public sealed record InputSource(string Title, string Path, string? SourceId, string? Producer, string? Version, string? Taken, string? Licence, InputSnapshot? Snapshot);

/// <summary>The exact file a derivation reads, pinned by its SHA-256: a derivation refuses a file whose digest differs, so a new
/// vintage is taken on purpose (its record updated) and never by accident.</summary>
/// <param name="Location">Where the file lives.</param>
/// <param name="File">Its path, relative to that location, with <c>/</c> separators.</param>
/// <param name="Sha256">Its SHA-256, 64 lower-case hexadecimal digits.</param>
public sealed record InputSnapshot(SnapshotLocation Location, string File, string Sha256);

/// <summary>Where a snapshot file lives.</summary>
public enum SnapshotLocation
{
    /// <summary>The public reference datasets beside the repository (<c>../shared/reference-data</c>), which it does not redistribute.</summary>
    ReferenceData,

    /// <summary>The repository itself (a transcription, an extraction or a vendored file), relative to its root.</summary>
    Repository,
}
