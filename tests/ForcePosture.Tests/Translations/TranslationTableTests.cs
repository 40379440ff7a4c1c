using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Translations;

namespace ForcePosture.Tests.Translations;

/// <summary>The Korean translation table: its rules (numbers as placeholders, country names, patterns, strings without words)
/// and the errors a malformed row gets, each naming the file, line and column.</summary>
public sealed class TranslationTableTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["South Korea"] = "대한민국",
        ["Japan"] = "일본",
        ["Papua New Guinea"] = "파푸아뉴기니",
        ["Guinea"] = "기니",
    };

    private static TranslationTable Table(string rows) => TranslationTable.Parse("english,korean\n" + rows, "ko.csv", Countries);

    private static string Translate(TranslationTable table, string english) =>
        table.TryTranslate(english, out var korean) ? korean : throw new KeyNotFoundException(english);

    [Fact]
    public void Numbers_become_placeholders_and_go_back_in_the_korean_order()
    {
        var table = Table("\"US troops stationed in Japan, {0}-{1}\",\"일본 주둔 미군, {0}-{1}\"\nFrom {0} May {1},{1}년 5월 {0}일부터\n");
        Assert.Equal("일본 주둔 미군, 1950-2,025.5", Translate(table, "US troops stationed in Japan, 1950-2,025.5"));
        Assert.Equal("1972년 5월 15일부터", Translate(table, "From 15 May 1972"));
        Assert.Equal("US troops stationed in Japan, {0}-{1}", TranslationTable.Template("US troops stationed in Japan, 1950-2025"));
    }

    [Fact]
    public void Country_names_codes_and_numbers_need_no_row_and_anything_else_does()
    {
        var table = Table("Army,육군\n");
        Assert.Equal("대한민국", Translate(table, "South Korea"));
        Assert.Equal("KOR", Translate(table, "KOR"));
        Assert.Equal("2,500 (DEU, FRA)", Translate(table, "2,500 (DEU, FRA)"));
        Assert.Equal("육군", Translate(table, "Army"));
        Assert.False(table.TryTranslate("Navy", out _));
        Assert.False(table.TryTranslate("army", out _));   // rows match exactly, case included
    }

    [Fact]
    public void Pattern_rows_translate_the_country_keep_the_name_and_match_the_longest_country()
    {
        var table = Table("{name} ({country}; pre-{0} list),\"{name} ({country}, {0}년 이전 목록)\"\n{country}: {0},{country}: {0}\n");
        Assert.Equal("Camp Humphreys (High Point), Chechon (대한민국, 2019년 이전 목록)", Translate(table, "Camp Humphreys (High Point), Chechon (South Korea; pre-2019 list)"));
        Assert.Equal("Lae Sea Port (파푸아뉴기니, 2019년 이전 목록)", Translate(table, "Lae Sea Port (Papua New Guinea; pre-2019 list)"));
        Assert.Equal("일본: 12", Translate(table, "Japan: 12"));
        Assert.False(table.TryTranslate("Ruritania: 12", out _));   // not a country of the table
    }

    [Theory]
    [InlineData("Army,\n", "ko.csv: line 2, column 2 (korean): no Korean for \"Army\"")]
    [InlineData("Army,육군\nArmy,군대\n", "ko.csv: line 3, column 1 (english): \"Army\" is already on line 2")]
    [InlineData("\"Troops, {0}\",병력\n", "ko.csv: line 2, column 2 (korean): the placeholders (none) differ from the English {0}")]
    [InlineData("Troops in {1},{1}의 병력\n", "ko.csv: line 2, column 1 (english): numbered placeholders must run {0}, {1}, ... in order, found {1}")]
    [InlineData("Troops in 2020,2020년 병력\n", "ko.csv: line 2, column 1 (english): \"Troops in 2020\" has a digit outside a placeholder")]
    [InlineData("Army,육군,extra\n", "ko.csv: line 2: expected two fields, english and korean")]
    public void A_malformed_row_is_refused_naming_its_line_and_column(string rows, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Table(rows));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_its_header_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => TranslationTable.Parse("en,ko\nArmy,육군\n", "ko.csv", Countries));
        Assert.StartsWith("ko.csv: line 1: expected the header \"english,korean\"", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Whatever numbers a string holds, its template finds the row, and the Korean carries the same numbers in the
    /// order the Korean gives them.</summary>
    [Property(MaxTest = 200)]
    public Property Any_numbers_survive_the_round_trip_through_the_template() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 99999)), Arb.From(Gen.Choose(0, 99999)), Arb.From(Gen.Elements(",", ".", "")), (first, second, separator) =>
        {
            var table = Table("\"Between {0} and {1} troops\",{1}명과 {0}명 사이의 병력\n");
            var a = separator.Length == 0 ? first.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{first}{separator}{second % 1000:000}";
            var b = second.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Translate(table, $"Between {a} and {b} troops") == $"{b}명과 {a}명 사이의 병력";
        });

    [Fact]
    public void The_repository_table_is_well_formed_and_names_no_country_twice()
    {
        var root = ForcePosture.Figures.RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        var table = TranslationTable.ForRepository(root);
        Assert.True(table.Count > 100, $"only {table.Count} rows");
        // A bare country name is translated from data/countries.csv; a row for it would be a second, unreviewed source.
        using var reader = new CsvHelper.CsvReader(new StreamReader(Path.Combine(root, TranslationTable.RelativePath)), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var english = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) english.Add(reader.GetField("english")!);
        var countries = File.ReadLines(Path.Combine(root, TranslationTable.CountriesPath)).Skip(1).Select(l => l.Split(',')[1]).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(english.Intersect(countries));
    }
}
