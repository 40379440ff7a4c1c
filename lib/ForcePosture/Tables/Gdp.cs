namespace ForcePosture.Tables;

/// <summary>Which GDP measure a value is (<c>gdp.measure</c>).</summary>
public enum GdpMeasure
{
    /// <summary>current_usd: GDP in current US dollars.</summary>
    CurrentUsd,
    /// <summary>maddison_2011_intl_usd: Maddison Project GDP in 2011 international dollars.</summary>
    Maddison2011InternationalUsd,
}

/// <summary>CSV codes of <see cref="GdpMeasure"/>.</summary>
public static class GdpCodes
{
    /// <summary>The <c>gdp.measure</c> vocabulary.</summary>
    public static CodeMap<GdpMeasure> Measure { get; } = new(
        ("current_usd", GdpMeasure.CurrentUsd), ("maddison_2011_intl_usd", GdpMeasure.Maddison2011InternationalUsd));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this GdpMeasure value) => Measure.ToCode(value);
}

/// <summary>GDP of one country in one year in one measure (a row of <c>gdp.csv</c>).</summary>
/// <param name="Iso3">Country.</param>
/// <param name="Year">Year.</param>
/// <param name="Measure">Which measure.</param>
/// <param name="Dollars">Value in dollars of the measure (not millions).</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record GdpValue(string Iso3, int Year, GdpMeasure Measure, double Dollars, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class GdpTable
{
    public const string Resource = "gdp";

    public static IReadOnlyList<GdpValue> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new GdpValue(r.RequiredText("iso3"), r.RequiredInt32("year"), r.Code("measure", GdpCodes.Measure), r.RequiredDouble("value"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<GdpValue>().ToList();
}
