using System.Collections.Immutable;

namespace ForcePosture.Tables;

/// <summary>Where a record was read from: a file of the data directory and the physical line its row starts on.</summary>
/// <param name="File">File name relative to the data directory.</param>
/// <param name="Line">1-based line.</param>
public sealed record RowLocation(string File, int Line)
{
    /// <summary><c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Where a record's values come from: the cited sources and the row of the table.</summary>
/// <param name="SourceIds">Ids of the rows of <c>sources.csv</c> the values come from: the row's <c>source_id</c> first, then its
/// <c>other_source_ids</c>. Agreement parties carry the sources of their agreement.</param>
/// <param name="Location">The file and line of the row.</param>
public sealed record Provenance(IReadOnlyList<string> SourceIds, RowLocation Location)
{
    /// <summary>The source ids, copied into an immutable list: a provenance shared by a cached <see cref="Dataset"/> cannot be
    /// changed through a cast of this list.</summary>
    public IReadOnlyList<string> SourceIds { get; } = ImmutableArray.CreateRange(SourceIds);

    /// <summary>The main source id (the row's <c>source_id</c>), or null when the row names none.</summary>
    public string? SourceId => SourceIds.Count > 0 ? SourceIds[0] : null;
}

/// <summary>A record read from one of the data tables, with its provenance.</summary>
public interface IHasProvenance
{
    /// <summary>The sources and the file line the record comes from.</summary>
    Provenance Provenance { get; }
}
