// Curates data/us-troops.csv: US active-duty personnel per host country or territory and year, 1950-2025.
//
// Input: troopdata's per-report file (troopdata-rebuild-country-year-quarter-format.csv, source id dmdc-troopdata-rebuild)
// and, as the independent check and replacement series, the older country-year series (troopdata.csv, source id
// dmdc-troopdata-2023: Kane 2006 to 2005, Allen/Flynn/Martinez Machain after).
//
// Year rule (one value per location and year; see the us-troops section of data/README.md):
//   1. the September report where the compilation has one (Kane's rule; DMDC's fiscal-year-end count; the only month
//      reported every year 1957-2025, so the series stays comparable and avoids the doubled June reports of 2014-2021);
//   2. otherwise the latest report of the year (1950 and 1953-1956 have only a June report: 'only-report-in-year');
//   3. otherwise the compilers' interpolation (1951-1952) or, where the compilation has no report value, the older series.
// The country-year file of the compilation (troopdata-rebuild-country-year.csv) is not used: it takes the highest value
// of the year per column and sometimes holds totals including reserves in the active-duty column.
//
// Corrections (ids explained in the codebook): doubled-series, doubled-series-halved, doubled-total-1950s,
// zero-not-in-report,
// navy-zero-residual, services-exceed-total, and ryukyu-separated (Japan 1950-1973 and the Ryukyu Islands as their own place,
// from a transcription of the compilers' June 2024 per-report file: JapanAndRyukyuReports.cs). The United States' own rows (50 states and DC) are not written: the table is about personnel
// stationed outside the states; territories keep their own rows.
using System.Globalization;
using System.Text.RegularExpressions;
using ForcePosture.Curation.ReferenceFiles;

namespace ForcePosture.Curation;

/// <param name="transcriptionPath">The Japan and Ryukyu Islands transcription to read instead of the repository's
/// (<see cref="TranscriptionFile"/>): a test's planted copy.</param>
public sealed partial class UsTroopsCuration(string? transcriptionPath = null) : ICuration
{
    public string Table => "us-troops";

    public IReadOnlyList<CurationInput> Inputs => [Rebuild, Older, Transcription];

    private const string RebuildFile = "meflynn_troopdata/troopdata-rebuild-country-year-quarter-format.csv";
    private const string OlderFile = "meflynn_troopdata/troopdata.csv";
    private static readonly CurationInput Rebuild = CurationInput.ReferenceData(RebuildFile);
    private static readonly CurationInput Older = CurationInput.ReferenceData(OlderFile);
    private static readonly CurationInput Transcription = CurationInput.InRepository(TranscriptionFile);
    private const string RebuildSource = "dmdc-troopdata-rebuild";
    private const string OlderSource = "dmdc-troopdata-2023";
    private const int UnitedStates = 2;

    /// <summary>One line of the per-report file.</summary>
    private sealed record ReportLine(int Line, int Ccode, string RefIso3, string Name, int Year, string Month, string Source, Services Values);

    /// <summary>Active-duty counts as printed; null where the compilation has NA.</summary>
    private sealed record Services(int? Total, int? Army, int? Navy, int? MarineCorps, int? AirForce, int? SpaceForce, int? CoastGuard)
    {
        public int?[] Branches => [Army, Navy, MarineCorps, AirForce, SpaceForce, CoastGuard];
        public Services Divide(int k) => new(Total / k, Army / k, Navy / k, MarineCorps / k, AirForce / k, SpaceForce / k, CoastGuard / k);
        public bool AllDivisibleBy(int k) => Total % k == 0 && Branches.All(b => b is null || b % k == 0);
        public Services TotalOnly(int? total) => new(total, null, null, null, null, null, null);
    }

    /// <summary>One curated row before it is written.</summary>
    private sealed record TroopRow(string Iso3, int Year, string Report, string Rule, bool PermanentOnly, Services Values,
        List<string> Corrections, bool Estimate, string SourceId, List<string> Notes, int Priority, int Ccode);

    // Caveats on values no other source here confirms (hand-curated; source: the reference README's defect list and the
    // values themselves). Key: (iso3, year).
    private static readonly Dictionary<(string Iso3, int Year), string> Caveats = new()
    {
        [("PHL", 2024)] = "Unverified: from the June 2024 report the compilation shows about 46 in the Philippines (Marine Corps 9-10) against 310 in March 2024; no second source here confirms the drop. Rotational forces (e.g. under EDCA) are not in DMDC's permanent-only count.",
        [("PHL", 2025)] = "Unverified: 45-49 in every 2025 report against about 300 before June 2024; no second source here confirms it. Rotational forces (e.g. under EDCA) are not in DMDC's permanent-only count.",
    };

    // Years in which the troopdata compilers' values for these places are outside figures (Kane's data or public reporting),
    // not DMDC report counts. Source: the compilers' rebuild notes ("War zones"), docs/articles/01-rebuild-notes-vignette.md
    // in meflynn/troopdata (source id dmdc-troopdata-rebuild).
    private static readonly Dictionary<string, (int From, int To)[]> WarZoneEstimates = new()
    {
        ["AFG"] = [(2001, 2005), (2018, 2020)],
        ["IRQ"] = [(2003, 2007), (2018, 2021)],
        ["KWT"] = [(2003, 2007)],
        ["SYR"] = [(2018, 2021)],
    };

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    [GeneratedRegex(@"^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$")]
    private static partial Regex ReportLabel();

    public void Run(CurationContext context)
    {
        var rebuildPath = context.PathOf(Rebuild);
        var olderPath = context.PathOf(Older);
        var lines = ReadRebuild(rebuildPath);
        var older = ReadOlder(olderPath, lines);
        var doubled = FindDoubledLocations(lines, older);
        foreach (var (ccode, stats) in doubled.OrderBy(d => d.Key))
            Console.WriteLine($"  doubled location: {ccode} {lines.First(l => l.Ccode == ccode).Name} ({stats})");

        var compared = CompareWithOlder(lines, older, doubled);
        var rows = new List<TroopRow>();
        foreach (var group in lines.Where(l => l.Ccode != UnitedStates).GroupBy(l => (l.Ccode, l.Year)))
        {
            older.TryGetValue(group.Key, out var olderValue);
            rows.Add(Choose(group.Key.Ccode, group.Key.Year, group.ToList(), olderValue,
                (doubled.ContainsKey(group.Key.Ccode), LastComparedWasMultiple(compared, group.Key.Ccode, group.Key.Year))));
        }

        // Two troopdata locations can map to one ISO code in a year (Serbia: GW 340 and, from 2007, GW 345).
        var merged = new List<TroopRow>();
        foreach (var same in rows.GroupBy(r => (r.Iso3, r.Year)))
        {
            var ordered = same.OrderBy(r => r.Priority).ThenBy(r => r.Ccode).ToList();
            var kept = ordered[0];
            foreach (var other in ordered.Skip(1))
                kept.Notes.Add($"troopdata also lists this place under location code {other.Ccode} for this year ({Describe(other)}); not added, the row from code {kept.Ccode} is kept.");
            merged.Add(kept);
        }
        var transcription = transcriptionPath ?? context.PathOf(Transcription);
        SeparateRyukyuIslands(merged, ReadTranscription(transcription), older, transcription);
        foreach (var row in merged)
            if (Caveats.TryGetValue((row.Iso3, row.Year), out var caveat)) row.Notes.Add(caveat);
        for (var i = 0; i < merged.Count; i++)
        {
            var row = merged[i];
            if (!WarZoneEstimates.TryGetValue(row.Iso3, out var years) || !years.Any(r => row.Year >= r.From && row.Year <= r.To)) continue;
            if (row.Values.Total is not > 0) continue;
            row.Notes.Add("War-zone figure: the troopdata compilers took this total from Kane's data or public reporting because the DMDC reports leave deployed forces out (rebuild notes); treated as an estimate.");
            merged[i] = row with { Estimate = true };
        }
        var unusedCaveats = Caveats.Keys.Where(k => merged.All(r => (r.Iso3, r.Year) != k)).ToList();
        if (unusedCaveats.Count > 0) throw new InvalidOperationException($"us-troops: caveats for rows that do not exist: {string.Join(", ", unusedCaveats)}");

        merged.Sort((a, b) => string.CompareOrdinal(a.Iso3, b.Iso3) is var c and not 0 ? c : a.Year.CompareTo(b.Year));
        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "us-troops.csv"),
            ["iso3", "year", "report", "rule", "permanent_only", "total", "army", "navy", "marine_corps", "air_force", "space_force", "coast_guard", "correction", "estimate", "source_id", "notes"],
            merged.Select(r => new string?[]
            {
                r.Iso3, Num(r.Year), r.Report, r.Rule, Bool(r.PermanentOnly), Num(r.Values.Total), Num(r.Values.Army), Num(r.Values.Navy),
                Num(r.Values.MarineCorps), Num(r.Values.AirForce), Num(r.Values.SpaceForce), Num(r.Values.CoastGuard),
                string.Join(";", r.Corrections), Bool(r.Estimate), r.SourceId, string.Join(" ", r.Notes),
            }));
        Console.WriteLine($"  us-troops.csv: {merged.Count} rows, {merged.Select(r => r.Iso3).Distinct().Count()} places, " +
                          $"{merged.Count(r => r.Corrections.Count > 0)} corrected, {merged.Count(r => r.Values.Total is null)} without a total");
    }

    private static string Describe(TroopRow r) => $"total {Num(r.Values.Total) ?? "missing"}, {r.Rule}, report {r.Report}";

    /// <summary>Picks this location-year's value by the year rule, then applies the corrections.</summary>
    private static TroopRow Choose(int ccode, int year, List<ReportLine> lines, int? olderTotal, (bool Location, bool LastComparedWasMultiple) doubled)
    {
        var iso3 = GleditschWardIso.Map(ccode, lines[0].RefIso3, year);
        var notes = new List<string>();
        var corrections = new List<string>();
        var reports = lines.Where(l => ReportLabel().Match(l.Source) is { Success: true } m && m.Groups[1].Value == l.Month && m.Groups[2].Value == Num(year)).ToList();
        var september = reports.FirstOrDefault(l => l.Month == "September");

        ReportLine? chosen;
        var rule = "";
        if (september is not null) { chosen = september; rule = "september-report"; }
        else if (reports.Count > 0)
        {
            chosen = reports.OrderBy(l => Array.IndexOf(MonthNames, l.Month)).Last();
            rule = reports.Count == 1 && year is 1950 or (>= 1953 and <= 1956) ? "only-report-in-year" : "latest-report-in-year";
            // The June reports of 2014-2021 are doubled for large hosts in this compilation (Japan, Germany, Korea...). The
            // rule only reaches June for places the September report does not list; refuse a June value that is far above
            // the year's other reports.
            var othersMax = reports.Where(l => l != chosen).Select(l => l.Values.Total ?? 0).DefaultIfEmpty(0).Max();
            if (chosen.Month == "June" && year is >= 2014 and <= 2021 && chosen.Values.Total > 20 && chosen.Values.Total > 1.8 * othersMax)
                throw new InvalidOperationException($"{RebuildFile}:{chosen.Line}: the year rule would pick a June {year} report of {chosen.Values.Total}, far above the year's other reports (max {othersMax}); June 2014-2021 totals are doubled in this compilation");
            if (year >= 1957) notes.Add($"Not listed in the compilation's {year} September report; the latest report of the year that lists it is used.");
        }
        else chosen = null;

        var outsideFigure = lines.Where(l => l.Source == "NA" && l.Values.Total is > 0).MaxBy(l => Array.IndexOf(MonthNames, l.Month));
        if (chosen is { Values.Total: 0 } && outsideFigure is not null)
        {
            notes.Add($"The compilation's {year} September report row is 0; the compilers carry an outside figure of {outsideFigure.Values.Total} on their {outsideFigure.Month} row (rebuild notes: war zones), which is used.");
            var outsideValues = outsideFigure.Values;
            CheckServices(ref outsideValues, [], notes);
            return new TroopRow(iso3, year, "imputed", "compiler-annual-value", year >= 2018, outsideValues, ["zero-not-in-report"], true,
                RebuildSource, notes, Priority("compiler-annual-value"), ccode);
        }
        if (chosen is { Values.Total: 0 } && olderTotal is > 0 && lines.Any(l => l.Source == "Kane 2006" && l.Values.Total is > 0))
        {
            // The compilers keep Kane's value on a June row "where the report prints a zero in its place" (rebuild notes).
            notes.Add($"The compilation's {year} September report row is 0 while Kane's (and the older series') value is {olderTotal}: the zero stands in place of a figure the report does not give; the older series value is used.");
            return new TroopRow(iso3, year, $"{year}-09", "external-source", year >= 2018, chosen.Values.TotalOnly(olderTotal), ["zero-not-in-report"], false,
                OlderSource, notes, Priority("external-source"), ccode);
        }
        if (chosen is not null)
        {
            var report = $"{year}-{Array.IndexOf(MonthNames, chosen.Month) + 1:00}";
            var permanentOnly = year > 2017 || (year == 2017 && chosen.Month == "December");
            var values = chosen.Values;
            var sourceId = RebuildSource;
            var estimate = false;
            if (values.Total is > 0)
            {
                var total = values.Total.Value;
                // Exact multiples are corrected in flagged locations and, for every location, in the 1950-1956 June reports
                // (whose totals are doubled throughout the compilation). Elsewhere a 2x difference is only noted: one report
                // can legitimately differ from the older series (e.g. Canada 1975: 2,607 with services adding up, against 1,301).
                var k = olderTotal is { } o && o > 0 && (doubled.Location || (year <= 1956 && o >= MinimumForRowTest)) ? MultipleOf(total, o) : 0;
                if (k == 0 && olderTotal is { } o3 && o3 >= MinimumForRowTest && MultipleOf(total, o3) > 0)
                    notes.Add($"The older series has {o3} for this year ({(double)total / o3:0.###} times less); the report value is kept because this location is not one whose series is doubled.");
                if (k > 0 || (doubled.Location && olderTotal is { } o2 && o2 > 0 && Math.Abs(total - o2) > 0.002 * total))
                {
                    var old = olderTotal!.Value;
                    notes.Add($"The compilation prints {total} for this report, {(double)total / old:0.###} times the older series ({old}); the total is taken from the older series.");
                    // The service columns are doubled in some rows and not in others (1950-1956: only the total): keep them
                    // divided by the factor d in {1, 2, 3} that makes them sum exactly to the older total, else leave them missing.
                    var printedSum = values.Branches.Sum(b => b ?? 0);
                    var d = new[] { 1, 2, 3 }.FirstOrDefault(f => printedSum == f * old && values.Branches.All(b => b is null || b % f == 0));
                    if (d > 0)
                    {
                        values = (d == 1 ? values : values.Divide(d)) with { Total = old };
                        notes.Add(d == 1
                            ? "The printed service columns already sum to the older total and are kept."
                            : $"Service columns are the compilation's divided by {d} (all divisible; they then sum to the older total).");
                    }
                    else
                    {
                        values = values.TotalOnly(old);
                        notes.Add($"Service columns left missing: they sum to {printedSum}, not a multiple of the older total.");
                    }
                    corrections.Add(doubled.Location ? "doubled-series" : "doubled-total-1950s");
                    sourceId = OlderSource;
                    rule = "external-source";
                }
                else if (olderTotal is null && doubled.Location && doubled.LastComparedWasMultiple)
                {
                    if (values.AllDivisibleBy(2))
                    {
                        values = values.Divide(2);
                        corrections.Add("doubled-series-halved");
                        estimate = true;
                        notes.Add($"The compilation prints {total}; this location's values are exact multiples of the older series in its last compared year, the older series does not cover {year}, and every printed value is even, so every value is halved (estimate).");
                    }
                    else notes.Add($"The compilation prints {total}; this location's values were doubled in its last year covered by the older series, but this value is odd, so it cannot be doubled and is kept as printed.");
                }
            }
            CheckServices(ref values, corrections, notes);
            return new TroopRow(iso3, year, report, rule, permanentOnly, values, corrections, estimate, sourceId, notes, Priority(rule), ccode);
        }

        var imputed = lines.FirstOrDefault(l => l.Source == "Stepwise Imputation");
        if (imputed is not null && (doubled.Location || doubled.LastComparedWasMultiple) && olderTotal is not null)
        {
            notes.Add(doubled.Location
                ? "No DMDC report for this year; this location's series is doubled in the compilation, so the older series value (itself not from a report) is used instead of the compilers' interpolation."
                : "No DMDC report for this year; the compilers' interpolation starts from a doubled June 1950 total for this location, so the older series value (itself not from a report) is used.");
            return new TroopRow(iso3, year, "imputed", "external-source", false, imputed.Values.TotalOnly(olderTotal), [doubled.Location ? "doubled-series" : "doubled-total-1950s"], true,
                OlderSource, notes, Priority("external-source"), ccode);
        }
        if (imputed is not null)
        {
            notes.Add("No DMDC report for this year: the compilers' equal steps from June 1950 to June 1953.");
            return new TroopRow(iso3, year, "imputed", "interpolated-by-compiler", false,
                imputed.Values, corrections, true, RebuildSource,
                doubled.Location ? [.. notes, "This location's series is doubled in the compilation in some years and the older series has no value here: the interpolation is kept as printed but may be inflated."] : notes,
                Priority("interpolated-by-compiler"), ccode);
        }

        // No report value: the compilation's row is either a zero (location not listed in that report, per the compilers'
        // notes), a Kane (2006) value, or an outside estimate without a report label.
        var outside = lines.Where(l => l.Source == "NA" && l.Values.Total is > 0).MaxBy(l => Array.IndexOf(MonthNames, l.Month));
        var slot = outside ?? lines.FirstOrDefault(l => l.Month == "September") ?? lines.OrderBy(l => Array.IndexOf(MonthNames, l.Month)).Last();
        var reportOfYear = year >= 1957 ? $"{year}-09" : $"{year}-06";
        var permanent = year >= 2018;
        var printed = slot.Values.Total;
        if (printed is null or 0 && olderTotal is not null)
        {
            if (printed == 0 && olderTotal > 0) corrections.Add("zero-not-in-report");
            notes.Add(printed == 0 && olderTotal > 0
                ? $"The compilation has 0 with no report label (location missing from its transcription of the {reportOfYear} report); the older series value is used."
                : "The compilation has no report value; the older series value is used.");
            return new TroopRow(iso3, year, reportOfYear, "external-source", permanent, slot.Values.TotalOnly(olderTotal), corrections, false,
                OlderSource, notes, Priority("external-source"), ccode);
        }
        if (printed is > 0)
        {
            var kane = slot.Source == "Kane 2006";
            notes.Add(kane
                ? "Kane (2006) value carried by the compilation (Kane took the September report)."
                : "Value without a report label in the compilation: per its compilers an outside estimate (war zones) or a figure they added; not a DMDC report figure.");
            var values = slot.Values;
            CheckServices(ref values, corrections, notes);
            return new TroopRow(iso3, year, kane ? reportOfYear : "imputed", "compiler-annual-value", permanent, values, corrections, !kane,
                RebuildSource, notes, Priority("compiler-annual-value"), ccode);
        }
        if (year is 2003 or 2004)
        {
            notes.Add($"The compilation has 0 with no report label and its transcription of the {year}-09 report is incomplete; no other series covers this place: left missing.");
            return new TroopRow(iso3, year, reportOfYear, "compiler-annual-value", false, slot.Values.TotalOnly(null), ["zero-not-in-report"], false,
                RebuildSource, notes, Priority("missing"), ccode);
        }
        notes.Add($"Not listed in the {reportOfYear} report: the compilation records 0 (its convention for locations a report does not list).");
        return new TroopRow(iso3, year, reportOfYear, "compiler-annual-value", permanent, slot.Values, corrections, false,
            RebuildSource, notes, Priority("not-listed"), ccode);
    }

    /// <summary>2 or 3 when total is that multiple of old (within 0.2 per cent), else 0.</summary>
    private static int MultipleOf(int total, int old) =>
        Math.Abs(total - old) <= 0.002 * total ? 0 : new[] { 2, 3 }.FirstOrDefault(f => Math.Abs(total - f * old) <= 0.002 * total);

    /// <summary>Older-series values below this are too small for a per-row 'exact multiple' test outside flagged locations
    /// (2 against 1 is as likely a real difference as a doubling).</summary>
    private const int MinimumForRowTest = 5;

    /// <summary>For each location, the years in which its September (or 1950s June) report total was compared with the older
    /// series, and whether it was an exact multiple of it.</summary>
    private static Dictionary<int, SortedList<int, bool>> CompareWithOlder(List<ReportLine> lines, Dictionary<(int, int), int?> older, Dictionary<int, string> flagged)
    {
        var result = new Dictionary<int, SortedList<int, bool>>();
        foreach (var l in lines.Where(l => (l.Month == "September" || l.Year <= 1956) && ReportLabel().IsMatch(l.Source) && l.Values.Total is > 0))
        {
            if (!older.TryGetValue((l.Ccode, l.Year), out var o) || o is not > 0) continue;
            if (!flagged.ContainsKey(l.Ccode) && o < MinimumForRowTest) continue;
            if (!result.TryGetValue(l.Ccode, out var years)) result[l.Ccode] = years = new SortedList<int, bool>();
            years[l.Year] = MultipleOf(l.Values.Total!.Value, o.Value) > 0;
        }
        return result;
    }

    private static bool LastComparedWasMultiple(Dictionary<int, SortedList<int, bool>> compared, int ccode, int year) =>
        compared.TryGetValue(ccode, out var years) && years.Keys.Where(y => y < year).DefaultIfEmpty(-1).Max() is var last and >= 0 && years[last];

    /// <summary>Lower is preferred when two troopdata locations map to one ISO code in a year.</summary>
    private static int Priority(string rule) => rule switch
    {
        "september-report" => 0,
        "only-report-in-year" or "latest-report-in-year" => 1,
        "external-source" => 2,
        "interpolated-by-compiler" => 3,
        "compiler-annual-value" => 4,
        "missing" => 6,
        _ => 5,
    };

    /// <summary>Services that do not add up: a zero Navy column with a residual is set missing; other gaps are noted.</summary>
    private static void CheckServices(ref Services values, List<string> corrections, List<string> notes)
    {
        if (values.Total is not { } total || values.Branches.All(b => b is null)) return;
        if (total > 0 && values.Branches.All(b => b is null or 0))
        {
            values = values.TotalOnly(total);
            notes.Add("Total only: every service column is 0 in the compilation (its war-zone figures are totals only), so the service columns are left missing.");
            return;
        }
        var sum = values.Branches.Sum(b => b ?? 0);
        if (sum == total) return;
        if (values.Navy == 0 && total > sum)
        {
            values = values with { Navy = null };
            corrections.Add("navy-zero-residual");
            notes.Add($"navy is 0 in the compilation although the total exceeds the other services by {total - sum}; navy left missing (the residual is the compilers' Navy figure by their own definition of the total).");
        }
        else if (sum > total)
        {
            // A report whose services add up to more than its total cannot be right in both; the total is DMDC's headline
            // figure, so it is kept and the services are moved to the notes rather than published as if consistent.
            notes.Add($"services as printed: army {values.Army?.ToString() ?? "NA"}, navy {values.Navy?.ToString() ?? "NA"}, marine_corps {values.MarineCorps?.ToString() ?? "NA"}, air_force {values.AirForce?.ToString() ?? "NA"}, space_force {values.SpaceForce?.ToString() ?? "NA"}, coast_guard {values.CoastGuard?.ToString() ?? "NA"}: they sum to {sum}, more than the total {total}; service columns left missing.");
            values = values.TotalOnly(total);
            corrections.Add("services-exceed-total");
        }
        else notes.Add($"The services sum to {sum}, the total is {total} (as printed by the compilation).");
    }

    /// <summary>
    /// Locations whose September reports from 1957 are exact multiples (2x or 3x) of the older series in at least three years
    /// and at least four times as often as they are equal to it: South Korea (named in the reference README) and, by the same
    /// test, the others printed by Run. The 1950-1956 June reports are left out: their totals are doubled for nearly every
    /// location (a separate correction).
    /// </summary>
    private static Dictionary<int, string> FindDoubledLocations(List<ReportLine> lines, Dictionary<(int, int), int?> older)
    {
        var result = new Dictionary<int, string>();
        foreach (var location in lines.Where(l => l.Ccode != UnitedStates && l.Month == "September" && l.Year >= 1957 && ReportLabel().IsMatch(l.Source)).GroupBy(l => l.Ccode))
        {
            int multiple = 0, equal = 0, other = 0;
            foreach (var l in location)
            {
                if (!older.TryGetValue((l.Ccode, l.Year), out var old) || old is not > 0 || l.Values.Total is not > 0) continue;
                var k = MultipleOf(l.Values.Total.Value, old.Value);
                if (k > 0) multiple++;
                else if (Math.Abs(l.Values.Total.Value - old.Value) <= 0.002 * l.Values.Total.Value) equal++;
                else other++;
            }
            if (multiple >= 3 && multiple >= 4 * equal)
                result[location.Key] = $"September reports 1957-2023: {multiple} exact multiples of the older series, {equal} equal, {other} other";
        }
        return result;
    }

    private static List<ReportLine> ReadRebuild(string path) =>
        ReferenceCsv.Read(path, ["ccode", "iso3c", "countryname", "year", "month", "source", "troops_ad", "army_ad", "navy_ad",
                "marine_corps_ad", "air_force_ad", "space_force_ad", "coast_guard_ad"])
            .Select(row => new ReportLine(row.Line, row.GetInt("ccode"), row.Get("iso3c"), row.Get("countryname"), row.GetInt("year"),
                row.Get("month"), row.Get("source"),
                new Services(row.GetIntOrNa("troops_ad"), row.GetIntOrNa("army_ad"), row.GetIntOrNa("navy_ad"), row.GetIntOrNa("marine_corps_ad"),
                    row.GetIntOrNa("air_force_ad"), row.GetIntOrNa("space_force_ad"), row.GetIntOrNa("coast_guard_ad"))))
            .ToList();

    /// <summary>The older series keyed by the rebuild's location code and year. The older series uses Correlates of War codes
    /// where they differ from Gleditsch and Ward (e.g. Germany 255 from 1990, Tonga 955), so a rebuild location without a
    /// row under its own code is matched by its iso3c instead (the larger value when the older series has two rows).</summary>
    private static Dictionary<(int, int), int?> ReadOlder(string path, List<ReportLine> rebuild)
    {
        var byCode = new Dictionary<(int, int), int?>();
        var byIso = new Dictionary<(string, int), int?>();
        foreach (var row in ReferenceCsv.Read(path, ["ccode", "year", "troops", "iso3c"]))
        {
            var key = (row.GetInt("ccode"), row.GetInt("year"));
            var troops = row.GetIntOrNa("troops");
            if (!byCode.TryAdd(key, troops)) throw row.Error("year", $"duplicate location and year {key}");
            var iso = row.Get("iso3c");
            if (iso is not ("NA" or "") && (!byIso.TryGetValue((iso, key.Item2), out var seen) || (troops ?? -1) > (seen ?? -1)))
                byIso[(iso, key.Item2)] = troops;
        }
        var result = new Dictionary<(int, int), int?>(byCode);
        foreach (var l in rebuild)
        {
            if (result.ContainsKey((l.Ccode, l.Year)) || l.RefIso3 is "NA" or "") continue;
            if (byIso.TryGetValue((l.RefIso3, l.Year), out var value)) result[(l.Ccode, l.Year)] = value;
        }
        return result;
    }

    private static string? Num(int? value) => value?.ToString(CultureInfo.InvariantCulture);
    private static string Bool(bool value) => value ? "true" : "false";
}
