// defence-spending: SIPRI Military Expenditure Database 2025, 18 countries x 1990-2024, from the extract in the reference
// folder (sipri-milex-2025-extract.csv with its .md, which must travel together).
// Rules:
//  - one row per country-year; the extract's three measures (constant 2023 US$ m, current US$ m, share of GDP %) side by side,
//    each with SIPRI's marker (ok / estimate = blue font / uncertain = red font / no_data = "...").
//  - values are copied as the extract's strings (its stored precision); never parsed into and re-printed from a float.
//  - the extract must hold exactly 18 countries x 35 years x 3 measures = 1,890 data units: that is the whole of what the
//    repository reproduces under SIPRI's 10% (3,500-unit) fair-use allowance, so anything else stops the run.
//  - sipri_notes: SIPRI's special-note symbols and footnote numbers for the country, read from the .md's country table;
//    a footnote applies to every year of its country except where its text confines itself to named years (Malaysia 63: 2015).
//  - notes: row-level caveats (USA financial year, Viet Nam's White-Paper estimates, the 2024 constant-dollar column, Germany 1990).
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ForcePosture.Curation.ReferenceFiles;

namespace ForcePosture.Curation;

public sealed partial class DefenceSpendingCuration : ICuration
{
    public string Table => "defence-spending";

    private const string ExtractCsv = "sipri-milex-2025-extract.csv";
    private const string ExtractMd = "sipri-milex-2025-extract.md";

    private static readonly CurationInput ExtractCsvInput = CurationInput.ReferenceData(ExtractCsv);
    private static readonly CurationInput ExtractMdInput = CurationInput.ReferenceData(ExtractMd);

    public IReadOnlyList<CurationInput> Inputs => [ExtractCsvInput, ExtractMdInput];
    private const string SourceId = "sipri-milex-2025";
    private const int FirstYear = 1990, LastYear = 2024, CountryCount = 18;
    /// <summary>The data units the repository reproduces: 18 countries x 35 years x 3 measures.</summary>
    public const int ExpectedDataUnits = CountryCount * (LastYear - FirstYear + 1) * 3;

    private static readonly string[] Measures = ["constant_2023_usd_millions", "current_usd_millions", "share_of_gdp_percent"];
    private static readonly HashSet<string> Statuses = ["ok", "estimate", "uncertain", "no_data"];

    /// <summary>Footnotes whose text confines them to named years; all others apply to every year of their country.</summary>
    private static readonly Dictionary<(string Iso3, string Note), int[]> YearScopedNotes = new()
    {
        // "The figures for Malaysia for 2015 do not include 630 million ringgits ... Eastern Sabah Security Zone."
        [("MYS", "63")] = [2015],
    };

    public void Run(CurationContext context)
    {
        var mdPath = context.PathOf(ExtractMdInput);
        var notesByCountry = ReadCountryNotes(mdPath);

        var csvPath = context.PathOf(ExtractCsvInput);
        var rows = ReferenceCsv.Read(csvPath, ["country", "iso3", "year", "measure", "value", "status"]);
        if (rows.Count != ExpectedDataUnits)
            throw new InvalidDataException($"{csvPath}: expected {ExpectedDataUnits} data rows (18 countries x 35 years x 3 measures, the whole SIPRI allowance used here), found {rows.Count}");

        var cells = new Dictionary<(string Iso3, int Year, string Measure), (string Value, string Status)>();
        var countryOf = new Dictionary<string, string>();
        foreach (var row in rows)
        {
            var country = row.Get("country");
            var iso3 = row.Get("iso3");
            if (!IsoPattern().IsMatch(iso3)) throw row.Error("iso3", $"expected an ISO 3166-1 alpha-3 code, found '{iso3}'");
            if (countryOf.TryGetValue(iso3, out var known) && known != country)
                throw row.Error("country", $"'{country}' but {iso3} was '{known}' earlier");
            countryOf[iso3] = country;
            if (!notesByCountry.ContainsKey(country))
                throw row.Error("country", $"'{country}' has no entry in the notes table of {ExtractMd}");
            var year = row.GetYear("year", FirstYear, LastYear);
            var measure = row.Get("measure");
            if (!Measures.Contains(measure)) throw row.Error("measure", $"expected one of {string.Join(", ", Measures)}, found '{measure}'");
            var status = row.Get("status");
            if (!Statuses.Contains(status))
                throw row.Error("status", $"expected one of {string.Join(", ", Statuses)}, found '{status}'");
            var value = row.Get("value");
            if (status == "no_data")
            {
                if (value.Length != 0) throw row.Error("value", $"status no_data but value '{value}'");
            }
            else
            {
                row.RequireNonNegativeNumber("value");
            }
            if (!cells.TryAdd((iso3, year, measure), (value, status)))
                throw row.Error("measure", $"duplicate {iso3} {year} {measure}");
        }
        if (countryOf.Count != CountryCount)
            throw new InvalidDataException($"{csvPath}: expected {CountryCount} countries, found {countryOf.Count}");

        var output = new List<string[]>();
        foreach (var iso3 in countryOf.Keys.Order(StringComparer.Ordinal))
        {
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var record = new List<string> { iso3, year.ToString(CultureInfo.InvariantCulture) };
                foreach (var measure in Measures)
                {
                    if (!cells.TryGetValue((iso3, year, measure), out var cell))
                        throw new InvalidDataException($"{csvPath}: no row for {iso3} {year} {measure}");
                    record.Add(cell.Value);
                    record.Add(cell.Status);
                }
                var notes = notesByCountry[countryOf[iso3]]
                    .Where(n => !YearScopedNotes.TryGetValue((iso3, n), out var years) || years.Contains(year));
                record.Add(string.Join(' ', notes));
                record.Add(SourceId);
                record.Add(RowNotes(iso3, year, cells));
                output.Add([.. record]);
            }
        }

        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "defence-spending.csv"),
            ["iso3", "year", "constant_2023_usd_m", "constant_2023_usd_m_status", "current_usd_m", "current_usd_m_status",
             "share_of_gdp_pct", "share_of_gdp_pct_status", "sipri_notes", "source_id", "notes"],
            output);
    }

    private static string RowNotes(string iso3, int year, Dictionary<(string, int, string), (string Value, string Status)> cells)
    {
        var notes = new List<string>();
        if (iso3 == "USA")
            notes.Add("US financial year (1 Oct of the previous year to 30 Sep of the stated year), not calendar year (SIPRI footnote 44).");
        if (iso3 == "VNM" && year is >= 2010 and <= 2018)
        {
            notes.Add("Estimated by SIPRI from the share of GDP in Viet Nam's 2019 Defence White Paper (SIPRI footnote 67).");
            if (cells[(iso3, year, Measures[0])].Status == "ok")
                notes.Add("Shown in black (not marked) in the workbook although footnote 67 calls 2010-2018 estimates.");
        }
        if (cells[(iso3, year, Measures[0])].Status == "no_data")
            notes.Add("No figure in SIPRI's database ('. .' = data unavailable).");
        if (iso3 == "DEU" && year == 1990)
            notes.Add("SIPRI does not say which territory the 1990 figure covers (unification 3 Oct 1990; the GDR row is 'xxx' from 1990).");
        if (year == 2024 && cells[(iso3, year, Measures[0])].Status != "no_data")
            notes.Add("Constant 2023 US$ per the sheet header and values; the workbook's front page calls the 2024 constant column current US$ (see codebook).");
        return string.Join(' ', notes);
    }

    /// <summary>
    /// Reads the "| country | notes | financial year |" table of the extract's .md: country name to its special-note
    /// symbols (†, ¶, §) and footnote numbers, in the order SIPRI lists them. Each footnote number must be quoted in the .md.
    /// </summary>
    internal static Dictionary<string, string[]> ReadCountryNotes(string mdPath)
    {
        if (!File.Exists(mdPath)) throw new FileNotFoundException($"{mdPath}: not found", mdPath);
        var lines = File.ReadAllLines(mdPath, Encoding.UTF8);
        var header = Array.FindIndex(lines, l => l.Trim() == "| country | notes | financial year |");
        if (header < 0) throw new InvalidDataException($"{mdPath}: table '| country | notes | financial year |' not found");
        var result = new Dictionary<string, string[]>();
        for (var i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            var cellsInLine = lines[i].Split('|');
            if (cellsInLine.Length < 4) throw new InvalidDataException($"{mdPath}:{i + 1}: expected 3 table cells");
            var country = cellsInLine[1].Trim();
            var notesCell = cellsInLine[2].Trim();
            // Only the note tokens before any parenthetical remark: "55 (all years blue = SIPRI estimates)" -> 55.
            var paren = notesCell.IndexOf('(');
            var tokens = NoteToken().Matches(paren >= 0 ? notesCell[..paren] : notesCell).Select(m => m.Value).ToArray();
            if (tokens.Length == 0 && !notesCell.StartsWith("none", StringComparison.Ordinal))
                throw new InvalidDataException($"{mdPath}:{i + 1}:2: no note symbol or footnote number in '{notesCell}'");
            foreach (var number in tokens.Where(t => char.IsAsciiDigit(t[0])))
            {
                if (!lines.Any(l => l.StartsWith($"- **{number} (", StringComparison.Ordinal)))
                    throw new InvalidDataException($"{mdPath}:{i + 1}:2: footnote {number} is not quoted in the file");
            }
            if (!result.TryAdd(country, tokens)) throw new InvalidDataException($"{mdPath}:{i + 1}:1: '{country}' listed twice");
        }
        if (result.Count != CountryCount)
            throw new InvalidDataException($"{mdPath}: expected {CountryCount} countries in the notes table, found {result.Count}");
        return result;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"[†¶§]|\d+")]
    private static partial Regex NoteToken();
}
