// Curates data/us-bases.csv: US military sites outside the 50 states from David Vine's base list, as carried by troopdata's
// basedata.csv (latin-1 encoded; source id vine-base-list). One undated snapshot, documented as covering sites through 2018.
//
// Rules (see the us-bases section of data/README.md):
// - Names: tabs and runs of spaces become one space; a country name pasted after a tab ("Osan\tSouth Korea") is dropped;
//   spelling slips corrected by the NameFixes table below.
// - Countries: the row's iso3c, except where CountryFixes says otherwise (misspelt country names, territories filed under
//   their sovereign, a wrong code).
// - Overlaps: two rows in the same place with the same coordinates are merged when their names are the same after
//   cleaning, or one cleaned name is a word of the other, and their flags agree. Other rows sharing coordinates are kept,
//   each with a note naming the other.
// - base_id: lower-case iso3, a hyphen, and a slug of the cleaned name (ASCII); a second site with the same slug gets "-2".
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ForcePosture.Curation.ReferenceFiles;

namespace ForcePosture.Curation;

public sealed partial class UsBasesCuration : ICuration
{
    public string Table => "us-bases";

    private static readonly CurationInput Bases = CurationInput.ReferenceData(BaseFile);

    public IReadOnlyList<CurationInput> Inputs => [Bases];

    private const string BaseFile = "meflynn_troopdata/basedata.csv";
    private const string SourceId = "vine-base-list";

    // Country fixes, keyed by basedata's countryname. Evidence: the name itself (territories, spelling) or the coordinates.
    private static readonly FrozenDictionary<string, (string Iso3, string Why)> CountryFixes = new Dictionary<string, (string, string)>
    {
        ["Georigia"] = ("GEO", "country name misspelt 'Georigia' in the source"),
        ["NIger"] = ("NER", "country name misspelt 'NIger' in the source"),
        ["Congo, Democratic Republic"] = ("COD", "source code COG (Republic of the Congo) contradicts its name and coordinates (Dungu, 3.63N 28.56E, is in the DRC)"),
        ["Puerto Rico"] = ("PRI", "US territory filed under USA in the source"),
        ["Guam"] = ("GUM", "US territory filed under USA in the source"),
        ["Northern Mariana Islands"] = ("MNP", "US territory filed under USA in the source"),
        ["Virgin Islands"] = ("VIR", "US territory filed under USA in the source"),
        ["American Samoa"] = ("ASM", "US territory filed under USA in the source"),
        ["Johnston Atoll"] = ("JTN", "US territory filed under USA in the source (ISO 3166-3 JTN, as in us-troops)"),
        ["Wake Island"] = ("WAK", "US territory filed under USA in the source (ISO 3166-3 WAK, as in us-troops)"),
        ["Antarctica"] = ("ATA", "McMurdo Station is in Antarctica; the source files it under NZL"),
        ["Aruba"] = ("ABW", "filed under NLD in the source"),
        ["Ascension Island"] = ("SHN", "filed under GBR in the source; Ascension is part of SHN"),
        ["BR Indian Ocean Territory"] = ("IOT", "filed under GBR in the source"),
        ["Greenland"] = ("GRL", "filed under DNK in the source"),
        ["Hong Kong"] = ("HKG", "filed under CHN in the source"),
        ["Kosovo"] = ("XKX", "source uses the non-standard code KSV; this repository uses XKX"),
        ["Netherlands Antilles"] = ("CUW", "Curaçao forward operating site filed under NLD; the Netherlands Antilles were dissolved in 2010, before the snapshot, so the site is placed in Curaçao"),
    }.ToFrozenDictionary();

    // Name fixes after whitespace cleaning, keyed by (iso3, cleaned name). Evidence: the other row at the same coordinates.
    private static readonly FrozenDictionary<(string, string), (string Name, string Why)> NameFixes = new Dictionary<(string, string), (string, string)>
    {
        [("JPN", "Camo Kinser, Makiminato")] = ("Camp Kinser, Makiminato", "typo 'Camo'; same coordinates as the row 'Camp Kinser, Makiminato'"),
        [("JPN", "Tokorozawa Transmitter Sit, Tokorosana")] = ("Tokorozawa Transmitter Site, Tokorosana", "truncated word 'Sit'"),
    }.ToFrozenDictionary();

    private sealed record SourceRow(int Line, string CountryName, string RefIso3, string RawName, double? Lat, double? Lon, bool Base, bool LilyPad, bool Funded);

    private sealed record BaseRow(string BaseId, string Iso3, string Name, double? Lat, double? Lon, bool MajorBase, bool LilyPad, bool Funded, List<string> Notes, int Line);

    public void Run(CurationContext context)
    {
        var path = context.PathOf(Bases);
        var source = new List<SourceRow>();
        // basedata.csv is latin-1 (ISO-8859-1): read it as such, never as UTF-8 (which would turn 'ó' into U+FFFD).
        foreach (var row in ReferenceCsv.Read(path, ["countryname", "iso3c", "basename", "lat", "lon", "base", "lilypad", "fundedsite"], Encoding.Latin1))
            source.Add(new SourceRow(row.Line, row.Get("countryname"), row.Get("iso3c"), row.Get("basename"),
                row.GetDoubleOrNa("lat"), row.GetDoubleOrNa("lon"), Flag(row, "base"), Flag(row, "lilypad"), Flag(row, "fundedsite")));

        var rows = new List<BaseRow>();
        foreach (var s in source)
        {
            var notes = new List<string>();
            var iso3 = s.RefIso3;
            if (CountryFixes.TryGetValue(s.CountryName, out var fix))
            {
                iso3 = fix.Iso3;
                notes.Add($"Country corrected from '{s.CountryName}' / {s.RefIso3}: {fix.Why}.");
            }
            if (!IsoCode().IsMatch(iso3)) throw new InvalidDataException($"{path}:{s.Line}:3: column 'iso3c': expected a three-letter code, found '{iso3}'");
            var name = CleanName(s.RawName, s.CountryName);
            if (name != s.RawName) notes.Add($"Name cleaned from '{s.RawName.Replace("\t", "\\t")}'.");
            if (NameFixes.TryGetValue((iso3, name), out var nameFix))
            {
                notes.Add($"Name corrected from '{name}': {nameFix.Why}.");
                name = nameFix.Name;
            }
            if (s.Lat is null || s.Lon is null) notes.Add("Coordinates missing in the source (NA).");
            rows.Add(new BaseRow("", iso3, name, s.Lat, s.Lon, s.Base, s.LilyPad, s.Funded, notes, s.Line));
        }

        var merged = MergeOverlaps(rows);
        var ids = new HashSet<string>();
        var withIds = merged.Select(r =>
        {
            var stem = $"{r.Iso3.ToLowerInvariant()}-{Slug(r.Name)}";
            var id = stem;
            for (var n = 2; !ids.Add(id); n++) id = $"{stem}-{n}";
            return r with { BaseId = id };
        }).ToList();

        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "us-bases.csv"),
            ["base_id", "iso3", "name", "lat", "lon", "major_base", "lily_pad", "funded_site", "snapshot", "source_id", "notes"],
            withIds.Select(r => new string?[]
            {
                r.BaseId, r.Iso3, r.Name, r.Lat?.ToString("R", CultureInfo.InvariantCulture), r.Lon?.ToString("R", CultureInfo.InvariantCulture),
                Bool(r.MajorBase), Bool(r.LilyPad), Bool(r.Funded), "through-2018", SourceId, string.Join(" ", r.Notes),
            }));
        Console.WriteLine($"  us-bases.csv: {withIds.Count} rows from {source.Count} source rows, {withIds.Select(r => r.Iso3).Distinct().Count()} places");
    }

    /// <summary>The ISO codes this curation writes beyond those in basedata's iso3c column (checked by the countries curation).</summary>
    public static IEnumerable<string> CodesUsed() => CountryFixes.Values.Select(f => f.Iso3);

    private static List<BaseRow> MergeOverlaps(List<BaseRow> rows)
    {
        var result = new List<BaseRow>();
        foreach (var row in rows)
        {
            var twin = row.Lat is null ? null : result.FirstOrDefault(r => r.Iso3 == row.Iso3 && r.Lat == row.Lat && r.Lon == row.Lon);
            if (twin is null) { result.Add(row); continue; }
            var sameFlags = twin.MajorBase == row.MajorBase && twin.LilyPad == row.LilyPad && twin.Funded == row.Funded;
            if (sameFlags && (twin.Name == row.Name || IsWordOf(twin.Name, row.Name) || IsWordOf(row.Name, twin.Name)))
            {
                // Keep the longer (more specific) name; record the merge.
                var keepName = row.Name.Length > twin.Name.Length ? row.Name : twin.Name;
                var dropName = keepName == row.Name ? twin.Name : row.Name;
                var notes = twin.Notes.Concat(row.Notes).ToList();
                notes.Add($"Merged: source lines {twin.Line} and {row.Line} ('{dropName}' and '{keepName}') have the same coordinates and flags and overlapping names.");
                result[result.IndexOf(twin)] = twin with { Name = keepName, Notes = notes };
            }
            else
            {
                twin.Notes.Add($"Same coordinates as '{row.Name}' (source line {row.Line}); kept as separate entries of the list (different sites geocoded to one point, or different flags).");
                row.Notes.Add($"Same coordinates as '{twin.Name}' (source line {twin.Line}); kept as separate entries of the list (different sites geocoded to one point, or different flags).");
                result.Add(row);
            }
        }
        return result;
    }

    private static bool IsWordOf(string shorter, string longer) =>
        shorter.Length < longer.Length && Regex.IsMatch(longer, $@"(^|[\s,(]){Regex.Escape(shorter)}($|[\s,)])", RegexOptions.IgnoreCase);

    private static string CleanName(string raw, string country)
    {
        var parts = raw.Split('\t');
        var kept = parts.Where((p, i) => i == 0 || !IsCountryLabel(p.Trim(), country));
        var name = Spaces().Replace(string.Join(" ", kept), " ").Trim();
        return name.Replace(" ,", ",", StringComparison.Ordinal);
    }

    private static bool IsCountryLabel(string text, string country) =>
        text.Equals(country, StringComparison.OrdinalIgnoreCase) || (country == "Korea, South" && text == "South Korea");

    private static string Slug(string name)
    {
        var ascii = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) ascii.Append(c);
        var slug = NonAlphanumeric().Replace(ascii.ToString().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 0 ? slug : throw new InvalidDataException($"base name '{name}' gives an empty id");
    }

    private static bool Flag(ReferenceRow row, string column) => row.GetIntOrNa(column) switch
    {
        0 => false,
        1 => true,
        _ => throw row.Error(column, $"expected 0 or 1, found '{row.Get(column)}'"),
    };

    private static string Bool(bool value) => value ? "true" : "false";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex IsoCode();
}
