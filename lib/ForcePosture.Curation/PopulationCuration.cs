// population: World Bank WDI SP.POP.TOTL for every country or territory in the datasets/population package, and Taiwan
// (absent from the World Bank) from the Maddison Project Database 2020 for 1950-2018 and from Taiwan's Ministry of the
// Interior household-registration figures (end of year, as reported with the figure) for 2019-2024.
// Rules:
//  - World Bank aggregates (regions, income groups, lending groups, demographic-dividend groups, World) are excluded by the
//    explicit list WorldBankIndicatorFile.Aggregates; Channel Islands (CHI) is excluded too because it has no ISO 3166-1
//    code (it combines Jersey and Guernsey). Every other code is kept as the World Bank spells it (XKX = Kosovo).
//  - values are copied as the source's strings; World Bank populations are whole persons; Maddison's (via OWID) carry
//    fractions of a person because Maddison publishes thousands with decimals; they are kept, not rounded.
//  - the Taiwan figures after 2018 are typed in below from the cited reports, each with its source id and how it was read.
using System.Globalization;
using ForcePosture.Curation.ReferenceFiles;

namespace ForcePosture.Curation;

public sealed class PopulationCuration : ICuration
{
    public string Table => "population";

    private static readonly CurationInput WorldBank = CurationInput.ReferenceData("datasets_population/population.csv");
    private static readonly CurationInput Maddison = CurationInput.ReferenceData("owid_maddison2020/maddison-project-database-2020.csv");

    public IReadOnlyList<CurationInput> Inputs => [WorldBank, Maddison];

    private const int MaddisonFirstYear = 1950, MaddisonLastYear = 2018;

    /// <summary>Taiwan's registered population at the end of each year, from the Ministry of the Interior as reported.</summary>
    internal static readonly IReadOnlyList<(int Year, string Population, string SourceId, string Notes)> TaiwanRegistered =
    [
        (2019, "23603121", "taipei-times-2021-01-09-taiwan-population",
            "Ministry of the Interior household registration, end of 2019. Derived: the source gives end-2020 = 23,561,236, 'down 41,885 people' from 2019; 23,561,236 + 41,885. End-of-year registered population, not mid-year; level differs from Maddison's series (see codebook)."),
        (2020, "23561236", "taipei-times-2021-01-09-taiwan-population",
            "Ministry of the Interior household registration, end of 2020, as reported. End-of-year registered population."),
        (2021, "23375314", "taiwan-news-4776070-taiwan-population",
            "Ministry of the Interior household registration, end of 2021, as reported ('the 23,375,314 recorded in 2021'). Consistent with the Ministry's 2022 Outline, Table 3-3 (23,375 thousand)."),
        (2022, "23264640", "taiwan-news-4776070-taiwan-population",
            "Ministry of the Interior household registration, end of 2022, as reported. End-of-year registered population."),
        (2023, "23420442", "taipei-times-2025-01-10-taiwan-population",
            "Derived: end-2024 23,400,220 plus the stated decrease of 20,222 (Taipei Times 2025-01-10); also end-2022 23,264,640 plus the stated increase of 155,802 (Taiwan News 2024-01-10, taiwan-news-5075561-taiwan-population). That article prints 23,424,442, which contradicts its own stated increase; not used."),
        (2024, "23400220", "taipei-times-2025-01-10-taiwan-population",
            "Ministry of the Interior household registration, end of 2024, as reported. End-of-year registered population."),
    ];

    public void Run(CurationContext context)
    {
        var output = new List<string[]>();
        var worldBank = WorldBankIndicatorFile.ReadCountries(context.PathOf(WorldBank));
        foreach (var (key, row) in worldBank)
        {
            var value = row.Get("Value");
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                throw row.Error("Value", $"expected a whole number of persons, found '{value}'");
            output.Add([key.Iso3, key.Year.ToString(CultureInfo.InvariantCulture), value, "wb-wdi-population", ""]);
        }
        if (worldBank.Keys.Any(k => k.Iso3 == "TWN"))
            throw new InvalidDataException("datasets_population: the World Bank file now contains TWN; revisit the Taiwan rule");

        var maddison = MaddisonProjectFile.Read(context.PathOf(Maddison));
        var taiwanYears = new HashSet<int>();
        foreach (var entry in maddison.Where(e => e.Iso3 == "TWN" && e.Year is >= MaddisonFirstYear and <= MaddisonLastYear))
        {
            if (entry.Population.Length == 0) continue;
            output.Add(["TWN", entry.Year.ToString(CultureInfo.InvariantCulture), entry.Population, "maddison-2020",
                "Maddison Project 2020 population via Our World in Data (persons; Maddison publishes thousands, so fractions of a person appear)."]);
            taiwanYears.Add(entry.Year);
        }
        for (var year = MaddisonFirstYear; year <= MaddisonLastYear; year++)
            if (!taiwanYears.Contains(year))
                throw new InvalidDataException($"owid_maddison2020: no Taiwan population for {year}");
        foreach (var (year, population, sourceId, notes) in TaiwanRegistered)
            output.Add(["TWN", year.ToString(CultureInfo.InvariantCulture), population, sourceId, notes]);

        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "population.csv"),
            ["iso3", "year", "population", "source_id", "notes"],
            output.OrderBy(r => r[0], StringComparer.Ordinal).ThenBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)));
    }
}
