namespace ForcePosture.Curation.ReferenceFiles;

/// <summary>The Maddison Project Database 2020 as published by Our World in Data (Entity, Year, GDP per capita, Population, GDP).</summary>
internal static class MaddisonProjectFile
{
    /// <summary>Maddison (OWID) entity names mapped to ISO 3166-1 alpha-3, for the countries this repository compares.</summary>
    public static readonly IReadOnlyDictionary<string, string> EntityToIso3 = new Dictionary<string, string>
    {
        ["United States"] = "USA", ["China"] = "CHN", ["Japan"] = "JPN", ["South Korea"] = "KOR", ["Australia"] = "AUS",
        ["Philippines"] = "PHL", ["Taiwan"] = "TWN", ["India"] = "IND", ["Vietnam"] = "VNM", ["Indonesia"] = "IDN",
        ["Singapore"] = "SGP", ["Malaysia"] = "MYS", ["Thailand"] = "THA", ["New Zealand"] = "NZL",
        ["United Kingdom"] = "GBR", ["France"] = "FRA", ["Germany"] = "DEU", ["Canada"] = "CAN",
    };

    public sealed record Entry(string Iso3, int Year, string GdpPerCapita, string Population, string Gdp, ReferenceRow Row);

    /// <summary>Entries of the mapped entities (others are ignored); duplicate entity-years are an error.</summary>
    public static List<Entry> Read(string path)
    {
        var seen = new HashSet<(string, int)>();
        var entries = new List<Entry>();
        var found = new HashSet<string>();
        foreach (var row in ReferenceCsv.Read(path, ["Entity", "Year", "GDP per capita", "Population", "GDP"]))
        {
            if (!EntityToIso3.TryGetValue(row.Get("Entity"), out var iso3)) continue;
            found.Add(iso3);
            var year = row.GetYear("Year", 1, 2100);
            if (!seen.Add((iso3, year))) throw row.Error("Year", $"duplicate {row.Get("Entity")} {year}");
            foreach (var column in new[] { "GDP per capita", "Population", "GDP" })
                if (row.Get(column).Length > 0) row.RequireNonNegativeNumber(column);
            entries.Add(new Entry(iso3, year, row.Get("GDP per capita"), row.Get("Population"), row.Get("GDP"), row));
        }
        var missing = EntityToIso3.Where(kv => !found.Contains(kv.Value)).Select(kv => kv.Key).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{path}: entities not found: {string.Join(", ", missing)}");
        return entries;
    }
}
