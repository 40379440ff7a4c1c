
namespace ForcePosture.Curation.ReferenceFiles;

/// <summary>A World Bank indicator as repackaged by github.com/datasets (Country Name, Country Code, Year, Value).</summary>
internal static class WorldBankIndicatorFile
{
    /// <summary>
    /// World Bank aggregate codes (not countries or territories): regions, income and lending groups, small-state groups,
    /// demographic-dividend groups, EU / euro area / OECD, World. Every code of the reference files that is not here
    /// (and not in <see cref="NotIsoCodes"/>) is kept as a country or territory.
    /// </summary>
    public static readonly IReadOnlySet<string> Aggregates = new HashSet<string>
    {
        "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD",
        "IBT", "IDA", "IDB", "IDX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED",
        "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
    };

    /// <summary>World Bank economy codes with no ISO 3166-1 counterpart that are left out: CHI = Channel Islands (Jersey + Guernsey).</summary>
    public static readonly IReadOnlySet<string> NotIsoCodes = new HashSet<string> { "CHI" };

    /// <summary>Rows of countries and territories (aggregates left out), keyed by code and year; duplicates are an error.</summary>
    public static SortedDictionary<(string Iso3, int Year), ReferenceRow> ReadCountries(string path)
    {
        var result = new SortedDictionary<(string Iso3, int Year), ReferenceRow>(
            Comparer<(string Iso3, int Year)>.Create((a, b) =>
            {
                var byCode = string.CompareOrdinal(a.Iso3, b.Iso3);
                return byCode != 0 ? byCode : a.Year.CompareTo(b.Year);
            }));
        foreach (var row in ReferenceCsv.Read(path, ["Country Name", "Country Code", "Year", "Value"]))
        {
            var code = row.Get("Country Code");
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
                throw row.Error("Country Code", $"expected three capital letters, found '{code}'");
            var year = row.GetYear("Year", 1960, 2100);
            if (Aggregates.Contains(code) || NotIsoCodes.Contains(code)) continue;
            row.RequireNonNegativeNumber("Value");
            if (!result.TryAdd((code, year), row)) throw row.Error("Year", $"duplicate {code} {year}");
        }
        // A truncated or emptied file must not pass as a smaller country set: the comparison countries must all be there.
        foreach (var iso3 in MaddisonProjectFile.EntityToIso3.Values.Where(c => c != "TWN"))
            for (var year = CoreFirstYear; year <= CoreLastYear; year++)
                if (!result.ContainsKey((iso3, year)))
                    throw new InvalidDataException($"{path}: no value for {iso3} {year}; expected every comparison country for {CoreFirstYear}-{CoreLastYear}");
        return result;
    }

    /// <summary>Years every comparison country must have in each World Bank file (GDP ends in 2023).</summary>
    private const int CoreFirstYear = 1990, CoreLastYear = 2023;
}
