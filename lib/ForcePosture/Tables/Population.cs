namespace ForcePosture.Tables;

/// <summary>Population of one country in one year (a row of <c>population.csv</c>).</summary>
/// <param name="Iso3">Country.</param>
/// <param name="Year">Year.</param>
/// <param name="Persons">Population, persons (mid-year or as the source defines). A number, not an integer: the Maddison Project
/// publishes fractions of a person for Taiwan, and they are kept as published.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record PopulationCount(string Iso3, int Year, double Persons, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class PopulationTable
{
    public const string Resource = "population";

    public static IReadOnlyList<PopulationCount> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new PopulationCount(r.RequiredText("iso3"), r.RequiredInt32("year"), r.RequiredDouble("population"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<PopulationCount>().ToList();
}
