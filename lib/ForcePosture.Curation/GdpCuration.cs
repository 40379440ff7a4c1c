// gdp: two measures, one row per country, year and measure.
//  - current_usd: World Bank WDI NY.GDP.MKTP.CD (current US$) from the datasets/gdp package, for the same countries and
//    territories as the population table (aggregates and CHI excluded by the same explicit lists). No Taiwan: the World
//    Bank has none, and no citable DGBAS/IMF current-US$ series was found for this repository (see codebook).
//  - maddison_2011_intl_usd: total GDP in 2011 international dollars from the Maddison Project Database 2020 via Our
//    World in Data, for Taiwan and the 17 comparison countries mapped in MaddisonProjectFile.EntityToIso3, 1950 onwards
//    (the annual series). OWID's "GDP" column is GDP per capita x population (its own description says so); every value
//    used is checked against that product, so a changed column meaning stops the run.
// Values are copied as the source's strings; none is parsed into and re-printed from a float.
using System.Globalization;
using ForcePosture.Curation.ReferenceFiles;

namespace ForcePosture.Curation;

public sealed class GdpCuration : ICuration
{
    public string Table => "gdp";

    private static readonly CurationInput WorldBank = CurationInput.ReferenceData("datasets_gdp/gdp.csv");
    private static readonly CurationInput Maddison = CurationInput.ReferenceData("owid_maddison2020/maddison-project-database-2020.csv");

    public IReadOnlyList<CurationInput> Inputs => [WorldBank, Maddison];

    private const int MaddisonFirstYear = 1950;

    public void Run(CurationContext context)
    {
        var output = new List<string[]>();
        var worldBank = WorldBankIndicatorFile.ReadCountries(context.PathOf(WorldBank));
        foreach (var (key, row) in worldBank)
            output.Add([key.Iso3, key.Year.ToString(CultureInfo.InvariantCulture), "current_usd", row.Get("Value"), "wb-wdi-gdp", ""]);
        if (worldBank.Keys.Any(k => k.Iso3 == "TWN"))
            throw new InvalidDataException("datasets_gdp: the World Bank file now contains TWN; revisit the Taiwan rule");

        var maddison = MaddisonProjectFile.Read(context.PathOf(Maddison));
        foreach (var entry in maddison.Where(e => e.Year >= MaddisonFirstYear && e.Gdp.Length > 0))
        {
            CheckGdpIsPerCapitaTimesPopulation(entry);
            output.Add([entry.Iso3, entry.Year.ToString(CultureInfo.InvariantCulture), "maddison_2011_intl_usd", entry.Gdp, "maddison-2020",
                ""]);
        }

        CuratedCsv.WriteAtomically(Path.Combine(context.DataDir, "gdp.csv"),
            ["iso3", "year", "measure", "value", "source_id", "notes"],
            output.OrderBy(r => r[0], StringComparer.Ordinal)
                .ThenBy(r => int.Parse(r[1], CultureInfo.InvariantCulture))
                .ThenBy(r => r[2], StringComparer.Ordinal));
    }

    /// <summary>OWID's GDP must equal GDP per capita x population to within its rounding (relative 1e-9).</summary>
    private static void CheckGdpIsPerCapitaTimesPopulation(MaddisonProjectFile.Entry entry)
    {
        if (entry.GdpPerCapita.Length == 0 || entry.Population.Length == 0)
            throw entry.Row.Error("GDP", "GDP given without both GDP per capita and population");
        var perCapita = decimal.Parse(entry.GdpPerCapita, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var population = decimal.Parse(entry.Population, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var gdp = decimal.Parse(entry.Gdp, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var product = perCapita * population;
        if (gdp == 0m || Math.Abs(product - gdp) / gdp > 0.000000001m)
            throw entry.Row.Error("GDP", $"expected GDP per capita x population = {product.ToString(CultureInfo.InvariantCulture)}, found {entry.Gdp}");
    }
}
