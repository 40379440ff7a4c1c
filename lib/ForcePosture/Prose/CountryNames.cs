namespace ForcePosture.Prose;

/// <summary>Country names as English writes them inside a sentence: the names of <c>data/countries.csv</c> (<c>name_en</c>) are
/// bare, as a table or legend shows them ("Philippines", "United States"), but running text says "the Philippines".</summary>
/// <example><code>
/// $"from {CountryNames.InSentence(lowest.Country)} to {CountryNames.InSentence(highest.Country)}"   // "from New Zealand to the Philippines"
/// </code></example>
public static class CountryNames
{
    // Names that take "the" although no rule below catches them.
    private static readonly HashSet<string> WithArticle = new(StringComparer.Ordinal)
    {
        "Bahamas", "British Indian Ocean Territory", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles",
    };

    /// <summary>The name with "the" where English puts it: plural island groups ("the Solomon Islands"), republics named as
    /// such ("the Dominican Republic"), names beginning "United" ("the United Kingdom") and the names listed above.</summary>
    public static string InSentence(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var takesArticle = WithArticle.Contains(name)
            || name.EndsWith(" Islands", StringComparison.Ordinal)
            || name.EndsWith(" Republic", StringComparison.Ordinal)
            || name.StartsWith("United ", StringComparison.Ordinal);
        return takesArticle ? "the " + name : name;
    }
}
