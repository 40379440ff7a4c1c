// The Japan and Ryukyu Islands lines of the DoD personnel reports, 1950-1973.
//
// Until September 1973 the reports print the Ryukyu Islands (Okinawa: "Ryukyus (Okinawa)", from 1966 "Ryukyu Islands") on a line
// of their own beside Japan; from September 1974 one line reads "Japan (Incl Okinawa Prefecture)". The troopdata compilers give both
// lines Japan's code and keep, per report, only the larger, so the per-report file the curation reads has for "Japan" the
// Ryukyu Islands' figure in 1964 and 1966-1972, the main islands' in the other years, and in 1950 and 1953-1956 a total that is
// neither. The compilers' per-report file of June 2024 (troopdata-rebuild-reports.csv at commit bcb9146) still has every
// printed line; Inputs/troopdata-reports-japan-1950-1973.csv is this project's transcription of its Japan, Ryukyu,
// Bonin and Volcano Islands lines (source id dmdc-troopdata-reports-2024). This step replaces Japan's 1950-1973 rows with the
// Japan line, adds the Ryukyu Islands as their own place (XRY), and checks every year against the older series (Kane), whose
// Japan is the sum of the Japan, Ryukyu and Bonin lines.
using System.Globalization;
using ForcePosture.Curation.ReferenceFiles;

namespace ForcePosture.Curation;

public sealed partial class UsTroopsCuration
{
    internal const string TranscriptionFile = "lib/ForcePosture.Curation/Inputs/troopdata-reports-japan-1950-1973.csv";
    private const string ReportsSource = "dmdc-troopdata-reports-2024";
    private const int JapanCode = 740;

    /// <summary>One printed line of the transcription.</summary>
    private sealed record PrintedLine(int Line, int SourceLine, int Year, string Month, string Location, string Place, Services Values);

    private static List<PrintedLine> ReadTranscription(string path) =>
        ReferenceCsv.Read(path, ["source_line", "year", "month", "location", "place", "total", "army", "navy", "marine_corps", "air_force"])
            .Select(row =>
            {
                var place = row.Get("place");
                if (place is not ("JPN" or "XRY" or "bonin" or "volcano")) throw row.Error("place", $"expected JPN, XRY, bonin or volcano, found '{place}'");
                var month = row.Get("month");
                if (month is not ("June" or "September")) throw row.Error("month", $"expected June or September, found '{month}'");
                return new PrintedLine(row.Line, row.GetInt("source_line"), row.GetYear("year", 1950, 1973), month, row.Get("location"), place,
                    new Services(row.GetInt("total"), row.GetIntOrNa("army"), row.GetIntOrNa("navy"), row.GetIntOrNa("marine_corps"), row.GetIntOrNa("air_force"), null, null));
            })
            .ToList();

    /// <summary>Japan's 1950-1973 rows from the Japan line, the Ryukyu Islands' rows added, each year checked against the older series.</summary>
    private static void SeparateRyukyuIslands(List<TroopRow> rows, List<PrintedLine> printed, Dictionary<(int, int), int?> older, string path)
    {
        foreach (var year in printed.Select(p => p.Year).Distinct().Order())
        {
            var lines = printed.Where(p => p.Year == year).ToList();
            PrintedLine One(string place) => lines.SingleOrDefault(p => p.Place == place)
                ?? throw new InvalidDataException($"{path}: {year} has no line for {place} (or more than one)");
            var japan = One("JPN");
            var ryukyu = One("XRY");
            var bonin = lines.Where(p => p.Place == "bonin").Sum(p => p.Values.Total ?? 0);
            var sum = japan.Values.Total!.Value + ryukyu.Values.Total!.Value + bonin;
            if (!older.TryGetValue((JapanCode, year), out var kane) || kane != sum)
                throw new InvalidDataException($"{path}:{japan.Line}: {year}: the Japan, Ryukyu Islands and Bonin lines add up to {sum}, the older series (Kane) has {kane?.ToString(CultureInfo.InvariantCulture) ?? "no value"} for Japan; they must agree");
            var index = rows.FindIndex(r => r.Iso3 == "JPN" && r.Year == year);
            if (index < 0) throw new InvalidDataException($"{path}:{japan.Line}: the curation has no Japan row for {year} to replace");
            var before = rows[index];
            var report = $"{year}-{(japan.Month == "June" ? "06" : "09")}";
            var rule = japan.Month == "June" ? "only-report-in-year" : "september-report";
            var notes = new List<string>
            {
                $"The report's \"{japan.Location}\" line (line {japan.SourceLine} of the compilers' June 2024 per-report file); the Ryukyu Islands are their own place (XRY) until the reports merge them in September 1974." +
                (before.Values.Total == japan.Values.Total ? "" : $" The per-report file read elsewhere has {Num(before.Values.Total) ?? "no total"} here ({(before.Values.Total == ryukyu.Values.Total ? "the Ryukyu Islands' line" : "neither line")}: the compilers keep the larger line of each report under Japan's code)."),
            };
            if (year == 1973)
                notes.Add($"The September 1973 report's Ryukyu line carries footnote e/ \"Air Force military included with Japan\": this Japan figure includes the Air Force on Okinawa. Japan with the Ryukyu Islands: {sum - bonin}.");
            var values = japan.Values;
            var corrections = new List<string> { "ryukyu-separated" };
            CheckServices(ref values, corrections, notes);
            rows[index] = new TroopRow("JPN", year, report, rule, false, values, corrections, false, ReportsSource, notes, Priority(rule), JapanCode);

            var ryukyuNotes = new List<string> { $"The report's \"{ryukyu.Location}\" line (line {ryukyu.SourceLine} of the compilers' June 2024 per-report file), under US administration until 15 May 1972." };
            if (year == 1972) ryukyuNotes.Add("The September 1972 report, four months after the reversion to Japan, still lists the Ryukyu Islands separately.");
            if (year == 1973) ryukyuNotes.Add("Footnote e/ of the report: \"Air Force military included with Japan.\"");
            if (year == 1950) ryukyuNotes.Add("June 1950: the report prints only the ashore total.");
            var ryukyuValues = ryukyu.Values;
            var ryukyuCorrections = new List<string>();
            CheckServices(ref ryukyuValues, ryukyuCorrections, ryukyuNotes);
            rows.Add(new TroopRow("XRY", year, report, rule, false, ryukyuValues, ryukyuCorrections, false, ReportsSource, ryukyuNotes, Priority(rule), JapanCode));
        }
        // 1951-1952: the compilers interpolate between two totals that are not Japan's; nothing here gives a figure.
        foreach (var year in new[] { 1951, 1952 })
        {
            var index = rows.FindIndex(r => r.Iso3 == "JPN" && r.Year == year);
            if (index < 0) continue;
            var before = rows[index];
            rows[index] = before with
            {
                Values = before.Values.TotalOnly(null),
                Corrections = ["ryukyu-separated"],
                Estimate = false,
                Notes = [$"No DMDC report for this year. The compilers' interpolation ({Num(before.Values.Total)}) runs between their 1950 and 1953 totals for Japan, which are neither Japan's line nor Japan with the Ryukyu Islands, so it is left missing."],
            };
        }
        var jump = rows.FindIndex(r => r.Iso3 == "JPN" && r.Year == 1974);
        if (jump >= 0)
            rows[jump].Notes.Add("From this report one line, \"Japan (Incl Okinawa Prefecture)\", includes Okinawa (the Ryukyu Islands, XRY, until 1973); hence the step from 1973. Its total includes 3,338 afloat (ashore: 51,608, the older series' value), unlike the ashore-only totals of the other years to 2007 (compilers' June 2024 per-report file, line 12143).");
    }
}
