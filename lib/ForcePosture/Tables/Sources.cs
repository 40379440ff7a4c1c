
namespace ForcePosture.Tables;

/// <summary>What kind of document a source is (<c>sources.kind</c>).</summary>
public enum SourceKind
{
    /// <summary>dataset</summary>
    Dataset,
    /// <summary>treaty-text</summary>
    TreatyText,
    /// <summary>official-document</summary>
    OfficialDocument,
    /// <summary>official-statement</summary>
    OfficialStatement,
    /// <summary>press-release</summary>
    PressRelease,
    /// <summary>legislation</summary>
    Legislation,
    /// <summary>report</summary>
    Report,
    /// <summary>academic</summary>
    Academic,
    /// <summary>news</summary>
    News,
    /// <summary>company-release</summary>
    CompanyRelease,
    /// <summary>web-page</summary>
    WebPage,
}

/// <summary>How close a source is to what it documents (<c>sources.quality</c>).</summary>
public enum SourceQuality
{
    /// <summary>primary: issued by a party to what it documents.</summary>
    Primary,
    /// <summary>secondary: reporting or research about it.</summary>
    Secondary,
    /// <summary>tertiary: a compilation of secondary sources.</summary>
    Tertiary,
}

/// <summary>CSV codes of <see cref="SourceKind"/> and <see cref="SourceQuality"/>.</summary>
public static class SourceCodes
{
    /// <summary>The <c>sources.kind</c> vocabulary.</summary>
    public static CodeMap<SourceKind> Kind { get; } = new(
        ("dataset", SourceKind.Dataset), ("treaty-text", SourceKind.TreatyText), ("official-document", SourceKind.OfficialDocument),
        ("official-statement", SourceKind.OfficialStatement), ("press-release", SourceKind.PressRelease), ("legislation", SourceKind.Legislation),
        ("report", SourceKind.Report), ("academic", SourceKind.Academic), ("news", SourceKind.News),
        ("company-release", SourceKind.CompanyRelease), ("web-page", SourceKind.WebPage));

    /// <summary>The <c>sources.quality</c> vocabulary.</summary>
    public static CodeMap<SourceQuality> Quality { get; } = new(
        ("primary", SourceQuality.Primary), ("secondary", SourceQuality.Secondary), ("tertiary", SourceQuality.Tertiary));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this SourceKind value) => Kind.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this SourceQuality value) => Quality.ToCode(value);
}

/// <summary>One cited source (a row of <c>sources.csv</c>).</summary>
/// <param name="Id">Short stable id (<c>source_id</c>).</param>
/// <param name="Title">Title of the document, dataset or page.</param>
/// <param name="Author">Author(s) or issuing body.</param>
/// <param name="Publisher">Publisher, if recorded.</param>
/// <param name="Published">Publication date at its known precision, if recorded.</param>
/// <param name="Url">Where it can be read.</param>
/// <param name="Accessed">When it was consulted.</param>
/// <param name="Licence">Licence or terms of use, if recorded.</param>
/// <param name="Kind">Kind of source.</param>
/// <param name="Quality">Primary, secondary or tertiary.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">The row it was read from (its source is itself).</param>
public sealed record Source(
    string Id, string Title, string Author, string? Publisher, PartialDate? Published, string Url, DateOnly? Accessed,
    string? Licence, SourceKind Kind, SourceQuality Quality, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class SourcesTable
{
    public const string Resource = "sources";

    public static IReadOnlyList<Source> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var id = r.RequiredText("source_id");
        var source = new Source(
            id, r.RequiredText("title"), r.RequiredText("author"), r.Text("publisher"), r.PartialDate("published"), r.RequiredText("url"),
            r.Date("accessed"), r.Text("licence"), r.Code("kind", SourceCodes.Kind), r.Code("quality", SourceCodes.Quality), r.Text("notes"),
            new Provenance([id], r.Location));
        return r.Failed ? null : source;
    }).OfType<Source>().ToList();
}
