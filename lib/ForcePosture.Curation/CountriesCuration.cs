// Curates data/countries.csv: every country or territory the other tables refer to, keyed by ISO 3166-1 alpha-3.
//
// Rules (see the countries section of data/README.md):
// - Current codes, English short names, Korean names and UN-geoscheme subregions come from the mledoze/countries
//   list (npm package world-countries 5.1.0, source id mledoze-countries), read from the extraction of its countries.json in
//   Inputs/ (its snapshot is recorded in data/datapackage.json). Regions are mapped from its UN subregions to this
//   repository's region enum (mapping in the codebook; overrides below).
// - Former states use ISO 3166-3 codes (source id iso-3166-3); places with no ISO code use user-assigned codes from
//   ISO's reserved X-range (XAA-XZZ), each documented in FormerAndUserAssigned.
// - Treaty allies as of 2026-11-25 follow the State Department's "U.S. Collective Defense Arrangements" page
//   (source id state-collective-defense), NATO accession years NATO's member list (source id nato-member-countries).
using System.Collections.Frozen;

namespace ForcePosture.Curation;

public sealed class CountriesCuration : ICuration
{
    public string Table => "countries";

    /// <summary>One row of the curated countries table.</summary>
    public sealed record CountryRow(string Iso3, string NameEn, string NameKo, string Region, string Status,
        bool UsTreatyAlly, string UsTreaty, int? UsTreatyYear, string SourceId, string Notes);

    private sealed record IsoEntry(string Iso3, string NameEn, string NameKo, string Region, string Status);

    private sealed record SpecialEntry(string Iso3, string NameEn, string NameKo, string Region, string Status, string SourceId, string Notes);

    private sealed record TreatyAlly(string Iso3, string Treaty, int Year, string SourceId, string Notes);

    /// <summary>The extraction of world-countries 5.1.0's countries.json (mledoze/countries; source id mledoze-countries) this
    /// curation reads: cca3, name.common, translations.kor.common, region, subregion and independent, one row per entry, as
    /// published (lib/ForcePosture.Curation/Inputs/README.md says how it was made).</summary>
    internal const string WorldCountriesFile = "lib/ForcePosture.Curation/Inputs/world-countries-5.1.0.csv";

    private static readonly CurationInput WorldCountries = CurationInput.InRepository(WorldCountriesFile);

    public IReadOnlyList<CurationInput> Inputs => [WorldCountries];

    // This repository's regions from the list's UN-geoscheme region and subregion (rule in the codebook's Regions section).
    private static readonly FrozenDictionary<(string Region, string Subregion), string> RegionOfSubregion = new Dictionary<(string, string), string>
    {
        [("Asia", "Eastern Asia")] = "East Asia",
        [("Asia", "South-Eastern Asia")] = "Southeast Asia",
        [("Asia", "Southern Asia")] = "South Asia",
        [("Asia", "Central Asia")] = "Central Asia",
        [("Asia", "Western Asia")] = "Middle East & North Africa",
        [("Africa", "Northern Africa")] = "Middle East & North Africa",
        [("Africa", "Eastern Africa")] = "Sub-Saharan Africa",
        [("Africa", "Middle Africa")] = "Sub-Saharan Africa",
        [("Africa", "Southern Africa")] = "Sub-Saharan Africa",
        [("Africa", "Western Africa")] = "Sub-Saharan Africa",
        [("Europe", "Central Europe")] = "Europe",
        [("Europe", "Eastern Europe")] = "Europe",
        [("Europe", "Northern Europe")] = "Europe",
        [("Europe", "Southeast Europe")] = "Europe",
        [("Europe", "Southern Europe")] = "Europe",
        [("Europe", "Western Europe")] = "Europe",
        [("Americas", "North America")] = "North America",
        [("Americas", "Caribbean")] = "Latin America & Caribbean",
        [("Americas", "Central America")] = "Latin America & Caribbean",
        [("Americas", "South America")] = "Latin America & Caribbean",
        [("Oceania", "Australia and New Zealand")] = "Oceania",
        [("Oceania", "Melanesia")] = "Oceania",
        [("Oceania", "Micronesia")] = "Oceania",
        [("Oceania", "Polynesia")] = "Oceania",
        [("Antarctic", "")] = "Other",
    }.ToFrozenDictionary();

    // Overrides of the subregion rule (codebook, Regions).
    private static readonly FrozenDictionary<string, string> RegionOverrides = new Dictionary<string, string>
    {
        ["IRN"] = "Middle East & North Africa",
        ["ARM"] = "Europe",
        ["AZE"] = "Europe",
        ["GEO"] = "Europe",
        ["TUR"] = "Europe",
        ["MEX"] = "Latin America & Caribbean",
        ["UMI"] = "Oceania",
        ["IOT"] = "South Asia",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> UsTerritories = new[] { "ASM", "GUM", "MNP", "PRI", "UMI", "VIR" }.ToFrozenSet();

    /// <summary>The list's entries as this repository's rows: Kosovo's UNK (the package's code) becomes XKX (user-assigned, see
    /// FormerAndUserAssigned notes); status is us-territory for the US territories, sovereign when the list marks the entry
    /// independent (and for Taiwan and Kosovo), otherwise other-territory.</summary>
    private static List<IsoEntry> ReadWorldCountries(string path)
    {
        var entries = new List<IsoEntry>();
        foreach (var row in ReferenceFiles.ReferenceCsv.Read(path, ["cca3", "name_common", "name_kor_common", "region", "subregion", "independent"]))
        {
            var cca3 = row.Get("cca3");
            var iso3 = cca3 == "UNK" ? "XKX" : cca3;
            var key = (row.Get("region"), row.Get("subregion"));
            if (!RegionOverrides.TryGetValue(iso3, out var region) && !RegionOfSubregion.TryGetValue(key, out region))
                throw row.Error("subregion", $"no region rule for region '{key.Item1}', subregion '{key.Item2}': add one to the curation and the codebook");
            var independent = row.Get("independent") switch
            {
                "true" => true,
                "false" or "" => false,
                var other => throw row.Error("independent", $"expected true, false or empty, found '{other}'"),
            };
            var status = UsTerritories.Contains(iso3) ? "us-territory" : independent || iso3 is "TWN" or "XKX" ? "sovereign" : "other-territory";
            entries.Add(new IsoEntry(iso3, row.Get("name_common"), row.Get("name_kor_common"), region, status));
        }
        return entries;
    }

    // Korean names where the package's Korean translation is wrong or differs from the ROK government's usage.
    // Source id mledoze-countries is kept for the row; each override is flagged in the row's notes.
    private static readonly FrozenDictionary<string, (string NameKo, string Why)> KoreanNameOverrides =
        new Dictionary<string, (string, string)>
        {
            ["KOR"] = ("대한민국", "package gives the short form 한국"),
            ["PRK"] = ("북한", "package gives 조선 (DPRK usage); ROK government usage is 북한"),
            ["TUR"] = ("튀르키예", "package gives 터키; the ROK government adopted 튀르키예 in 2022"),
            ["DMA"] = ("도미니카 연방", "package gives 도미니카 공화국, which is the Dominican Republic (DOM)"),
            ["IOT"] = ("영국령 인도양 지역", "package gives 인도 (India), a translation error"),
            ["SGS"] = ("사우스조지아 사우스샌드위치 제도", "package gives 조지아 (Georgia), a translation error"),
            ["MNG"] = ("몽골", "package gives 몽골국"),
            ["ZAF"] = ("남아프리카공화국", "package gives 남아프리카"),
            ["CAF"] = ("중앙아프리카공화국", "spacing as in ROK government usage"),
            ["COD"] = ("콩고민주공화국", "spacing as in ROK government usage"),
            ["COG"] = ("콩고공화국", "package gives 콩고, ambiguous with COD"),
        }.ToFrozenDictionary();


    // Former states (ISO 3166-3) and places without an ISO code that troopdata or the base list use.
    private static readonly SpecialEntry[] FormerAndUserAssigned =
    [
        new("SUN", "Soviet Union", "소련", "Europe", "former", "iso-3166-3", "ISO 3166-3 SUHH (withdrawn 1992). troopdata's Gleditsch-Ward 365 before 1992; RUS from 1992."),
        new("YUG", "Yugoslavia", "유고슬라비아", "Europe", "former", "iso-3166-3", "ISO 3166-3 YUCS (withdrawn 2003): the Socialist Federal Republic and, 1992-2003, the Federal Republic of Yugoslavia. troopdata GW 345 to 2002."),
        new("SCG", "Serbia and Montenegro", "세르비아 몬테네그로", "Europe", "former", "iso-3166-3", "ISO 3166-3 CSXX (withdrawn 2006). troopdata GW 345 ('Yugoslavia') 2003-2006."),
        new("CSK", "Czechoslovakia", "체코슬로바키아", "Europe", "former", "iso-3166-3", "ISO 3166-3 CSHH (withdrawn 1993). troopdata GW 315."),
        new("DDR", "German Democratic Republic", "독일민주공화국", "Europe", "former", "iso-3166-3", "ISO 3166-3 DDDE (withdrawn 1990). troopdata GW 265."),
        new("YMD", "South Yemen", "남예멘", "Middle East & North Africa", "former", "iso-3166-3", "ISO 3166-3 YDYE, People's Democratic Republic of Yemen (withdrawn 1990). troopdata GW 680."),
        new("VDR", "North Vietnam", "북베트남", "Southeast Asia", "former", "iso-3166-3", "ISO 3166-3 VDVN, Democratic Republic of Viet-Nam (withdrawn 1977). troopdata GW 816 before 1976; the Republic of Vietnam (GW 817) is VNM, whose code the unified state kept."),
        new("ANT", "Netherlands Antilles", "네덜란드령 안틸레스", "Latin America & Caribbean", "former", "iso-3166-3", "ISO 3166-3 ANHH (withdrawn 2010). troopdata GW-style code 1016 keeps this name through 2025; after 2010 its rows cover Curaçao, Sint Maarten and the Caribbean Netherlands."),
        new("MID", "Midway Islands", "미드웨이 제도", "Oceania", "us-territory", "iso-3166-3", "ISO 3166-3 MIUM (merged into UM, US Minor Outlying Islands, in 1986); kept separate because troopdata lists it separately (code 1012)."),
        new("WAK", "Wake Island", "웨이크섬", "Oceania", "us-territory", "iso-3166-3", "ISO 3166-3 WKUM (merged into UM in 1986); kept separate because troopdata lists it separately (code 1014)."),
        new("JTN", "Johnston Island", "존스턴섬", "Oceania", "us-territory", "iso-3166-3", "ISO 3166-3 JTUM (merged into UM in 1986); kept separate because troopdata lists it separately (code 10100)."),
        // User-assigned codes (ISO 3166-1 reserves XAA-XZZ for user assignment); no ISO code exists for these.
        new("XAB", "Abkhazia", "압하지야", "Europe", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): breakaway region of Georgia. troopdata ad hoc code 396."),
        new("XZN", "Zanzibar", "잔지바르", "Sub-Saharan Africa", "former", "mledoze-countries", "User-assigned code (no ISO code): independent 1963-1964, then part of Tanzania. troopdata GW 511."),
        new("XLN", "Line Islands", "라인 제도", "Oceania", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): in 1967 part of the Gilbert and Ellice Islands colony (ISO 3166-3 GEL), now mostly Kiribati. troopdata code 1030."),
        new("XEI", "Easter Island", "이스터섬", "Latin America & Caribbean", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): part of Chile; listed separately by troopdata (code 1031)."),
        new("XBW", "British West Indies", "영국령 서인도 제도", "Latin America & Caribbean", "former", "mledoze-countries", "User-assigned code (no ISO code): British Caribbean colonies as one report line, 1950-1965. troopdata code 1032."),
        new("XSR", "Sarawak", "사라왁", "Southeast Asia", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): part of Malaysia since 1963; listed separately in 1966 (troopdata code 1033)."),
        new("XKM", "Kashmir", "카슈미르", "South Asia", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): disputed region; listed in 1954 (troopdata code 1038; UN observer mission)."),
        new("XRY", "Ryukyu Islands", "류큐 제도", "East Asia", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): the Ryukyu Islands (Okinawa), under US administration until their reversion to Japan on 15 May 1972; the DoD personnel reports list them on a line of their own through September 1973 (troopdata code 740, location 'Ryukyus (Okinawa)' or 'Ryukyu Islands')."),
        new("XAZ", "Azores", "아조레스 제도", "Europe", "other-territory", "mledoze-countries", "User-assigned code (no ISO code): autonomous region of Portugal; listed separately 1950-1969 (troopdata code 1040)."),
    ];


    // Treaty allies as of 2026-11-25. Treaty names and years: State Department, "U.S. Collective Defense Arrangements"
    // (state-collective-defense). NATO accession years: NATO, "NATO member countries" (nato-member-countries).
    private const string NorthAtlantic = "North Atlantic Treaty";
    private const string Rio = "Inter-American Treaty of Reciprocal Assistance (Rio Treaty)";
    private const string Anzus = "Security Treaty between Australia, New Zealand and the United States (ANZUS)";
    private static readonly TreatyAlly[] TreatyAllies =
    [
        new("JPN", "Treaty of Mutual Cooperation and Security between the United States and Japan", 1960, "state-collective-defense", "Replaced the Security Treaty of 1951 (signed at San Francisco, 8 Sep 1951)."),
        new("KOR", "Mutual Defense Treaty between the United States and the Republic of Korea", 1953, "state-collective-defense", ""),
        new("PHL", "Mutual Defense Treaty between the United States and the Republic of the Philippines", 1951, "state-collective-defense", "Also a party to the Southeast Asia Collective Defense Treaty (Manila Pact, 1954)."),
        new("AUS", Anzus, 1951, "state-collective-defense", "Also a party to the Manila Pact (1954)."),
        new("NZL", Anzus, 1951, "state-collective-defense", "Still a party to ANZUS, which the State Department lists, so us_treaty_ally is true; but the United States suspended its ANZUS security obligations to New Zealand in 1986 (after New Zealand barred nuclear-armed or nuclear-powered ships) and has not restored them. Analyses of operative alliance commitments should treat New Zealand separately."),
        new("THA", "Southeast Asia Collective Defense Treaty (Manila Pact)", 1954, "state-collective-defense", "The Manila Pact remains in force although SEATO was dissolved in 1977; the Thanat-Rusk communique of 6 Mar 1962 affirmed the US commitment to Thailand bilaterally."),
        // NATO: (code, accession year). Founding members signed in 1949.
        ..NatoMembers(),
        // Rio Treaty parties per the State Department page. Withdrawn: Mexico (effective 2004), and Bolivia, Ecuador,
        // Nicaragua and Venezuela (denunciations 2012-2014); their rows carry a note instead of the flag.
        ..RioParties(),
    ];

    private static IEnumerable<TreatyAlly> NatoMembers()
    {
        (string Iso3, int Joined)[] members =
        [
            ("BEL", 1949), ("CAN", 1949), ("DNK", 1949), ("FRA", 1949), ("ISL", 1949), ("ITA", 1949), ("LUX", 1949),
            ("NLD", 1949), ("NOR", 1949), ("PRT", 1949), ("GBR", 1949), ("GRC", 1952), ("TUR", 1952), ("DEU", 1955),
            ("ESP", 1982), ("CZE", 1999), ("HUN", 1999), ("POL", 1999), ("BGR", 2004), ("EST", 2004), ("LVA", 2004),
            ("LTU", 2004), ("ROU", 2004), ("SVK", 2004), ("SVN", 2004), ("ALB", 2009), ("HRV", 2009), ("MNE", 2017),
            ("MKD", 2020), ("FIN", 2023), ("SWE", 2024),
        ];
        foreach (var (iso3, joined) in members)
        {
            var note = joined == 1949 ? "NATO founding member (1949)." : $"NATO member since {joined} (accession year from nato-member-countries).";
            if (iso3 == "DEU") note += " Federal Republic of Germany from 1955; unified Germany from 1990.";
            yield return new TreatyAlly(iso3, $"{NorthAtlantic} ({joined})", 1949, "state-collective-defense", note);
        }
    }

    private static IEnumerable<TreatyAlly> RioParties()
    {
        string[] parties = ["ARG", "BHS", "BRA", "CHL", "COL", "CRI", "DOM", "SLV", "GTM", "HTI", "HND", "PAN", "PRY", "PER", "TTO", "URY"];
        foreach (var iso3 in parties)
        {
            var note = iso3 switch
            {
                "BHS" => "Rio Treaty party (acceded 1982).",
                "TTO" => "Rio Treaty party (acceded 1967).",
                _ => "Rio Treaty party.",
            };
            yield return new TreatyAlly(iso3, Rio, 1947, "state-collective-defense", note);
        }
    }

    // Former Rio Treaty parties: not allies as of 2026-11-25; explained in notes.
    private static readonly FrozenDictionary<string, string> FormerTreatyNotes = new Dictionary<string, string>
    {
        ["MEX"] = "Former Rio Treaty party: withdrew (denunciation 2002, effective 2004).",
        ["BOL"] = "Former Rio Treaty party: denounced the treaty during 2012-2014 with other ALBA states.",
        ["ECU"] = "Former Rio Treaty party: denounced the treaty during 2012-2014 with other ALBA states.",
        ["NIC"] = "Former Rio Treaty party: denounced the treaty during 2012-2014 with other ALBA states.",
        ["VEN"] = "Former Rio Treaty party: denounced the treaty during 2012-2014; the 2019 National Assembly vote to rejoin is not recognised here as restoring party status.",
        ["PAK"] = "Former Manila Pact party (withdrew 1973).",
        ["USA"] = "The United States itself: us_treaty_ally is false by definition.",
    }.ToFrozenDictionary();

    // Status and notes for codes whose status needs saying.
    private static readonly FrozenDictionary<string, string> StatusNotes = new Dictionary<string, string>
    {
        ["TWN"] = "Status 'sovereign' here means a self-governing entity with its own armed forces; the United States has not recognised the Republic of China as a state since 1979, and ISO 3166-1 names it 'Taiwan, Province of China'.",
        ["XKX"] = "User-assigned code XKX (no ISO code; XKX is the code the European Commission and IMF use). Recognised by the United States (2008); not a UN member.",
        ["HKG"] = "Special administrative region of China since 1997. troopdata counts Hong Kong separately only until 1996.",
        ["GUM"] = "US territory: kept distinct from the United States and from foreign hosts.",
        ["MNP"] = "US territory. troopdata's 'Mariana Islands' (code 1011, 1954-1988) is mapped here.",
        ["PRI"] = "US territory.",
        ["VIR"] = "US territory.",
        ["ASM"] = "US territory.",
        ["UMI"] = "US territories (Midway, Wake, Johnston and others); troopdata's separately listed atolls use their ISO 3166-3 codes MID, WAK, JTN.",
        ["SHN"] = "troopdata's 'Ascension Island' (1957-1965) and 'St. Helena' (1966-2006) are both mapped here; US personnel are at Ascension.",
        ["IOT"] = "troopdata's 'Diego Garcia' is mapped here.",
        ["FSM"] = "troopdata's 'Micronesia' (code 987, from 1955) is mapped here; before 1986 that location was part of the Trust Territory of the Pacific Islands (ISO 3166-3 PCI).",
        ["MHL"] = "troopdata's 'Eniwetok (J.T.F. 7)' (1954-1955, then in the Trust Territory) is mapped here.",
        ["VNM"] = "troopdata's 'South Vietnam' (GW 817, to 1975) and 'Vietnam' (GW 816, from 1976) are mapped here; ISO kept VN for the unified state.",
        ["SRB"] = "troopdata lists 'Serbia' under GW 340 (from 1995) and, from 2007, under GW 345; see the us-troops codebook.",
    }.ToFrozenDictionary();

    public void Run(CurationContext context)
    {
        var rows = BuildRows(ReadWorldCountries(context.PathOf(WorldCountries)));
        var missing = GleditschWardIso.AllCodes().Concat(UsBasesCuration.CodesUsed()).Distinct()
            .Where(code => rows.All(r => r.Iso3 != code)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"countries: codes used by us-troops or us-bases have no countries row: {string.Join(", ", missing)}");
        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "countries.csv"),
            ["iso3", "name_en", "name_ko", "region", "status", "us_treaty_ally", "us_treaty", "us_treaty_year", "source_id", "notes"],
            rows.Select(r => new string?[]
            {
                r.Iso3, r.NameEn, r.NameKo, r.Region, r.Status, r.UsTreatyAlly ? "true" : "false", r.UsTreaty,
                r.UsTreatyYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.SourceId, r.Notes,
            }));
        Console.WriteLine($"  countries.csv: {rows.Count} rows, {rows.Count(r => r.UsTreatyAlly)} treaty allies");
    }

    private static List<CountryRow> BuildRows(List<IsoEntry> isoEntries)
    {
        var allies = new Dictionary<string, TreatyAlly>();
        foreach (var ally in TreatyAllies)
        {
            if (!allies.TryAdd(ally.Iso3, ally))
                throw new InvalidOperationException($"countries: treaty ally {ally.Iso3} listed twice");
        }
        var rows = new List<CountryRow>();
        foreach (var e in isoEntries)
        {
            var notes = new List<string>();
            var nameKo = e.NameKo;
            if (KoreanNameOverrides.TryGetValue(e.Iso3, out var ko))
            {
                notes.Add($"name_ko corrected to ROK government usage ({ko.Why}).");
                nameKo = ko.NameKo;
            }
            if (StatusNotes.TryGetValue(e.Iso3, out var statusNote)) notes.Add(statusNote);
            if (FormerTreatyNotes.TryGetValue(e.Iso3, out var formerNote)) notes.Add(formerNote);
            var sourceId = "mledoze-countries";
            string treaty = "";
            int? treatyYear = null;
            if (allies.TryGetValue(e.Iso3, out var ally))
            {
                treaty = ally.Treaty;
                treatyYear = ally.Year;
                sourceId = ally.SourceId;
                if (ally.Notes.Length > 0) notes.Add(ally.Notes);
                notes.Add("Code, names and region: mledoze-countries.");
            }
            rows.Add(new CountryRow(e.Iso3, e.NameEn, nameKo, e.Region, e.Status, ally is not null, treaty, treatyYear, sourceId, string.Join(" ", notes)));
        }
        foreach (var s in FormerAndUserAssigned)
        {
            if (rows.Any(r => r.Iso3 == s.Iso3)) throw new InvalidOperationException($"countries: {s.Iso3} defined twice");
            rows.Add(new CountryRow(s.Iso3, s.NameEn, s.NameKo, s.Region, s.Status, false, "", null, s.SourceId,
                s.Notes + (s.SourceId == "mledoze-countries" ? " Korean name: standard Korean transcription, not from a cited list." : "")));
        }
        var unknownAllies = allies.Keys.Where(k => rows.All(r => r.Iso3 != k)).ToList();
        if (unknownAllies.Count > 0) throw new InvalidOperationException($"countries: treaty allies without a row: {string.Join(", ", unknownAllies)}");
        rows.Sort((a, b) => string.CompareOrdinal(a.Iso3, b.Iso3));
        return rows;
    }
}

/// <summary>
/// Maps troopdata's location codes (Gleditsch and Ward numbers, plus the compilers' ad hoc codes above 1000) to this
/// repository's ISO codes. Where a code's polity changed, the mapping depends on the year.
/// </summary>
internal static class GleditschWardIso
{
    // Codes whose reference iso3c is missing ("NA") or not the one used here. Year-dependent ones are in Map().
    private static readonly FrozenDictionary<int, string> Fixed = new Dictionary<int, string>
    {
        [58] = "ATG", [60] = "KNA", [265] = "DDR", [315] = "CSK", [347] = "XKX", [396] = "XAB", [403] = "STP",
        [511] = "XZN", [591] = "SYC", [678] = "YEM", [680] = "YMD", [817] = "VNM", [972] = "TON", [987] = "FSM",
        [1001] = "GIB", [1002] = "GRL", [1004] = "IOT", [1005] = "SHN", [1007] = "BMU", [1008] = "GUM", [1009] = "HKG",
        [1011] = "MNP", [1012] = "MID", [1013] = "VIR", [1014] = "WAK", [1016] = "ANT", [1019] = "ABW", [1030] = "XLN",
        [1031] = "XEI", [1032] = "XBW", [1033] = "XSR", [1034] = "ESH", [1035] = "VGB", [1037] = "TCA", [1038] = "XKM",
        [1040] = "XAZ", [1041] = "ASM", [1042] = "SHN", [10000] = "ATA", [10100] = "JTN", [10101] = "MHL",
    }.ToFrozenDictionary();

    /// <summary>The ISO code for a troopdata location in a given year.</summary>
    /// <param name="referenceIso3">troopdata's own iso3c value ("NA" when it has none).</param>
    public static string Map(int ccode, string referenceIso3, int year) => ccode switch
    {
        365 => year <= 1991 ? "SUN" : "RUS",
        345 => year <= 2002 ? "YUG" : year <= 2006 ? "SCG" : "SRB",
        816 => year <= 1975 ? "VDR" : "VNM",
        _ when Fixed.TryGetValue(ccode, out var iso3) => iso3,
        _ when referenceIso3.Length == 3 && referenceIso3 != "NA" => referenceIso3,
        _ => throw new InvalidDataException($"no ISO mapping for troopdata location code {ccode} (iso3c '{referenceIso3}')"),
    };

    public static IEnumerable<string> AllCodes() => Fixed.Values.Concat(["SUN", "RUS", "YUG", "SCG", "SRB", "VDR", "VNM"]);
}
