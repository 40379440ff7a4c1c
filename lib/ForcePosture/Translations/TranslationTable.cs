using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace ForcePosture.Translations;

/// <summary>The reviewed English-to-Korean table of figure text, <c>notebooks/translations/ko.csv</c>, with the country
/// names of <c>data/countries.csv</c> (<c>name_en</c> to <c>name_ko</c>). A string is translated, in this order:
/// <list type="number">
/// <item>left as it is when it holds no words: numbers, three-letter ISO codes and punctuation only;</item>
/// <item>a bare country name: its <c>name_ko</c>;</item>
/// <item>a row whose <c>english</c> equals the string with every number replaced by <c>{0}</c>, <c>{1}</c>, ... in order (the
/// numbers go back into the Korean text at its placeholders, which may come in another order);</item>
/// <item>a pattern row, in the file's order: <c>{country}</c> (and <c>{country2}</c>) matches a country name and becomes its
/// Korean name, <c>{name}</c> (and <c>{name2}</c>) matches any text, kept as it is (names of places, facilities and documents).</item>
/// </list>
/// Anything else has no translation: <see cref="TryTranslate"/> says so, and the figure that needed it fails naming it.</summary>
public sealed partial class TranslationTable
{
    /// <summary>Where the table lives, relative to the repository root.</summary>
    public const string RelativePath = "notebooks/translations/ko.csv";

    /// <summary>Where the country names are read from, relative to the repository root.</summary>
    public const string CountriesPath = "data/countries.csv";

    private static readonly Dictionary<(string Path, DateTime Written, long Length, string? Countries, DateTime CountriesWritten), TranslationTable> Cache = [];
    private static readonly Lock CacheLock = new();

    private readonly Dictionary<string, string> templates;
    private readonly List<(Regex English, string Korean)> patterns;
    private readonly IReadOnlyDictionary<string, string> countries;

    private TranslationTable(Dictionary<string, string> templates, List<(Regex, string)> patterns, IReadOnlyDictionary<string, string> countries)
    {
        this.templates = templates;
        this.patterns = patterns;
        this.countries = countries;
    }

    /// <summary>How many rows the table has (templates and patterns).</summary>
    public int Count => templates.Count + patterns.Count;

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{(\d+|country2?|name2?)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[A-Z]{3}\b")]
    private static partial Regex IsoCode();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    /// <summary>The table of a repository (its <see cref="RelativePath"/> and <see cref="CountriesPath"/>), read once per
    /// version of the two files.</summary>
    /// <exception cref="FileNotFoundException">The repository has no translation table.</exception>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the file, line and column.</exception>
    public static TranslationTable ForRepository(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, RelativePath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{RelativePath}: no Korean translation table in {repositoryRoot}; every figure is also drawn in Korean from it (columns english,korean).", path);
        var countriesPath = Path.Combine(repositoryRoot, CountriesPath);
        var hasCountries = File.Exists(countriesPath);
        var info = new FileInfo(path);
        var key = (path, info.LastWriteTimeUtc, info.Length, hasCountries ? countriesPath : null, hasCountries ? File.GetLastWriteTimeUtc(countriesPath) : default);
        lock (CacheLock)
        {
            if (Cache.TryGetValue(key, out var cached)) return cached;
            var countries = hasCountries ? ReadCountries(countriesPath, CountriesPath) : new Dictionary<string, string>();
            var table = Parse(File.ReadAllText(path), RelativePath, countries);
            Cache[key] = table;
            return table;
        }
    }

    /// <summary>Reads a table from its CSV text.</summary>
    /// <param name="csv">The table: a header <c>english,korean</c>, then one row per string or pattern.</param>
    /// <param name="file">The name errors give for the file.</param>
    /// <param name="countries">English country names to Korean ones.</param>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the file, line and column.</exception>
    public static TranslationTable Parse(string csv, string file, IReadOnlyDictionary<string, string> countries)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new List<(Regex, string)>();
        using var reader = new CsvReader(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => throw new InvalidDataException($"{file}: line {args.Context.Parser?.RawRow}: malformed quoting in {args.RawRecord.Trim()}"),
            DetectColumnCountChanges = true,
        });
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not ["english", "korean"])
            throw new InvalidDataException($"{file}: line 1: expected the header \"english,korean\", found \"{string.Join(",", reader.HeaderRecord ?? [])}\"");
        try
        {
            while (reader.Read())
            {
                var line = reader.Parser.RawRow;
                var english = reader.GetField(0) ?? "";
                var korean = reader.GetField(1) ?? "";
                if (string.IsNullOrWhiteSpace(english)) throw new InvalidDataException($"{file}: line {line}, column 1 (english): empty");
                if (string.IsNullOrWhiteSpace(korean)) throw new InvalidDataException($"{file}: line {line}, column 2 (korean): no Korean for \"{english}\"");
                if (english != english.Trim() || korean != korean.Trim())
                    throw new InvalidDataException($"{file}: line {line}: leading or trailing spaces in \"{english}\"");
                if (lines.TryGetValue(english, out var first))
                    throw new InvalidDataException($"{file}: line {line}, column 1 (english): \"{english}\" is already on line {first}");
                lines[english] = line;
                var inEnglish = Placeholders(english);
                var inKorean = Placeholders(korean);
                if (!inEnglish.SetEquals(inKorean))
                    throw new InvalidDataException($"{file}: line {line}, column 2 (korean): the placeholders {Describe(inKorean)} differ from the English {Describe(inEnglish)}; each of the English placeholders must appear in the Korean, and no other");
                var numbered = inEnglish.Where(p => char.IsAsciiDigit(p[1])).Select(p => int.Parse(p[1..^1], CultureInfo.InvariantCulture)).Order().ToList();
                if (!numbered.SequenceEqual(Enumerable.Range(0, numbered.Count)))
                    throw new InvalidDataException($"{file}: line {line}, column 1 (english): numbered placeholders must run {{0}}, {{1}}, ... in order, found {Describe(inEnglish)}");
                if (Number().IsMatch(Placeholder().Replace(english, "")))
                    throw new InvalidDataException($"{file}: line {line}, column 1 (english): \"{english}\" has a digit outside a placeholder; write each number as {{0}}, {{1}}, ... in order");
                if (inEnglish.Any(p => !char.IsAsciiDigit(p[1]))) patterns.Add((PatternRegex(english, countries), korean));
                else templates[english] = korean;
            }
        }
        catch (CsvHelper.MissingFieldException e)
        {
            throw new InvalidDataException($"{file}: line {e.Context?.Parser?.RawRow}: expected two fields, english and korean", e);
        }
        catch (BadDataException e)
        {
            throw new InvalidDataException($"{file}: line {e.Context?.Parser?.RawRow}: expected two fields, english and korean ({e.Message.Split('\n')[0]})", e);
        }
        return new TranslationTable(templates, patterns, countries);
    }

    /// <summary>English country names to Korean ones, from the columns <c>name_en</c> and <c>name_ko</c>.</summary>
    private static Dictionary<string, string> ReadCountries(string path, string file)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        if (reader.HeaderRecord is not { } header || !header.Contains("name_en") || !header.Contains("name_ko"))
            throw new InvalidDataException($"{file}: line 1: expected the columns name_en and name_ko");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var english = reader.GetField("name_en");
            var korean = reader.GetField("name_ko");
            if (!string.IsNullOrWhiteSpace(english) && !string.IsNullOrWhiteSpace(korean)) names[english] = korean;
        }
        return names;
    }

    /// <summary>The Korean for <paramref name="english"/>, or false when the table has none (see the class summary for the order
    /// of the rules).</summary>
    public bool TryTranslate(string english, out string korean)
    {
        korean = english;
        if (NeedsNoTranslation(english)) return true;
        if (countries.TryGetValue(english, out var country)) { korean = country; return true; }
        var numbers = Number().Matches(english).Select(m => m.Value).ToList();
        if (templates.TryGetValue(Template(english), out var found))
        {
            korean = Fill(found, n => numbers[int.Parse(n, CultureInfo.InvariantCulture)]);
            return true;
        }
        foreach (var (pattern, target) in patterns)
        {
            var match = pattern.Match(english);
            if (!match.Success) continue;
            korean = Fill(target, slot => char.IsAsciiDigit(slot[0]) ? match.Groups["n" + slot].Value
                : slot.StartsWith("country", StringComparison.Ordinal) ? countries[match.Groups[slot].Value]
                : match.Groups[slot].Value);
            return true;
        }
        return false;
    }

    /// <summary>The form a row's <c>english</c> takes for <paramref name="english"/>: every number replaced by <c>{0}</c>, <c>{1}</c>, ... in order.</summary>
    public static string Template(string english)
    {
        var index = 0;
        return Number().Replace(english, _ => $"{{{index++}}}");
    }

    /// <summary>True for text without words: only numbers, three-letter ISO codes, punctuation and symbols.</summary>
    public static bool NeedsNoTranslation(string text) => !Letter().IsMatch(IsoCode().Replace(Number().Replace(text, ""), ""));

    private static string Fill(string korean, Func<string, string> value) =>
        Placeholder().Replace(korean, m => value(m.Groups[1].Value));

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static string Describe(IEnumerable<string> placeholders) =>
        placeholders.Any() ? string.Join(" ", placeholders.Order(StringComparer.Ordinal)) : "(none)";

    /// <summary>A pattern row as an anchored regular expression: numbers, country names (longest first) and free text.</summary>
    private static Regex PatternRegex(string english, IReadOnlyDictionary<string, string> countries)
    {
        var names = string.Join("|", countries.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        var regex = new StringBuilder("^");
        var at = 0;
        foreach (Match slot in Placeholder().Matches(english))
        {
            regex.Append(Regex.Escape(english[at..slot.Index]));
            var name = slot.Groups[1].Value;
            regex.Append(char.IsAsciiDigit(name[0]) ? $@"(?<n{name}>\d+(?:[.,]\d+)*)"
                : name.StartsWith("country", StringComparison.Ordinal) ? $"(?<{name}>{(names.Length == 0 ? "(?!)" : names)})"
                : $"(?<{name}>.+?)");
            at = slot.Index + slot.Length;
        }
        regex.Append(Regex.Escape(english[at..])).Append('$');
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
