namespace ForcePosture.Figures;

/// <summary>The sources of a figure's rows: the full caption line, and what its short form needs for an image too small to
/// hold every citation. <c>Dataset.SourcesLine</c> makes it from the rows' provenance.</summary>
/// <param name="Text">Every source, e.g. <c>Sources: Title (Publisher, 2025); Title (Publisher).</c></param>
/// <param name="Documents">How many distinct documents <paramref name="Text"/> cites (0 for uncited toy data).</param>
/// <param name="Publishers">The publishers of those documents with the number of documents each, most cited first.</param>
public sealed record SourceLine(string Text, int Documents, IReadOnlyList<CitedPublisher> Publishers)
{
    /// <summary>A line for data that cites no source row (toy data in a tutorial or a test): the text is all there is.</summary>
    public static SourceLine Uncited(string text) => new(text, 0, []);

    /// <summary>The short form: how many documents are cited, the publishers cited most (up to <paramref name="publishers"/>)
    /// and where the full list is; the text itself for uncited data.</summary>
    /// <param name="fullListIn">Where a reader finds every citation, e.g. the figure's metadata file.</param>
    /// <param name="publishers">How many publishers to name.</param>
    public string Summary(string fullListIn, int publishers = 3)
    {
        if (Documents == 0) return Text;
        var (named, others) = MostCited(publishers);
        var list = others == 0 ? named : $"{named} and {others} other publisher{(others == 1 ? "" : "s")}";
        return $"Sources: {Documents} public document{(Documents == 1 ? "" : "s")}, from {list}; all are listed in {fullListIn}.";
    }

    /// <summary>The line in Korean: "출처:" and the same citations (documents keep their own titles and publishers); uncited
    /// text is translated by <paramref name="translate"/>.</summary>
    internal string Korean(Func<string, string> translate)
    {
        if (Documents == 0) return translate(Text);
        foreach (var prefix in (string[])["Sources: ", "Source: "])
            if (Text.StartsWith(prefix, StringComparison.Ordinal)) return "출처: " + Text[prefix.Length..];
        throw new InvalidOperationException($"sources line \"{Text}\": expected it to start with \"Sources: \" or \"Source: \" (Dataset.SourcesLine's form)");
    }

    /// <summary>The short form in Korean (see <see cref="Summary"/>).</summary>
    internal string KoreanSummary(string fullListIn, Func<string, string> translate, int publishers = 3)
    {
        if (Documents == 0) return translate(Text);
        var (named, others) = MostCited(publishers);
        var list = others == 0 ? named : $"{named} 외 {others}곳";
        return $"출처: 공개 문서 {Documents}건, 발행처 {list}. 전체 목록은 {fullListIn}에 있다.";
    }

    /// <summary>The publishers cited most, with their document counts ("A (9); B (5)"), and how many others there are: what
    /// both languages' short forms name.</summary>
    private (string Named, int Others) MostCited(int publishers)
    {
        var named = Publishers.Take(publishers).Select(p => $"{p.Name} ({p.Documents})").ToList();
        return (string.Join("; ", named), Publishers.Count - named.Count);
    }

    /// <summary>The full line.</summary>
    public override string ToString() => Text;
}

/// <summary>A publisher (or, where none is given, an author) and how many of a figure's documents it published.</summary>
/// <param name="Name">The publisher's name as <c>sources.csv</c> gives it.</param>
/// <param name="Documents">How many distinct documents of the figure it published.</param>
public sealed record CitedPublisher(string Name, int Documents);
