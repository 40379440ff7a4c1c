namespace ForcePosture.Tables;

/// <summary>Analysis region of a country (<c>countries.region</c>).</summary>
public enum Region
{
    /// <summary>East Asia</summary>
    EastAsia,
    /// <summary>Southeast Asia</summary>
    SoutheastAsia,
    /// <summary>South Asia</summary>
    SouthAsia,
    /// <summary>Oceania</summary>
    Oceania,
    /// <summary>North America</summary>
    NorthAmerica,
    /// <summary>Latin America &amp; Caribbean</summary>
    LatinAmericaAndCaribbean,
    /// <summary>Europe</summary>
    Europe,
    /// <summary>Central Asia</summary>
    CentralAsia,
    /// <summary>Middle East &amp; North Africa</summary>
    MiddleEastAndNorthAfrica,
    /// <summary>Sub-Saharan Africa</summary>
    SubSaharanAfrica,
    /// <summary>Other</summary>
    Other,
}

/// <summary>Political status of a country or territory (<c>countries.status</c>).</summary>
public enum CountryStatus
{
    /// <summary>sovereign state</summary>
    Sovereign,
    /// <summary>US territory (Guam etc.), kept distinct from foreign hosts</summary>
    UsTerritory,
    /// <summary>other dependent territory</summary>
    OtherTerritory,
    /// <summary>former state</summary>
    Former,
}

/// <summary>CSV codes of <see cref="Region"/> and <see cref="CountryStatus"/>.</summary>
public static class CountryCodes
{
    /// <summary>The <c>countries.region</c> vocabulary.</summary>
    public static CodeMap<Region> Region { get; } = new(
        ("East Asia", Tables.Region.EastAsia), ("Southeast Asia", Tables.Region.SoutheastAsia), ("South Asia", Tables.Region.SouthAsia),
        ("Oceania", Tables.Region.Oceania), ("North America", Tables.Region.NorthAmerica),
        ("Latin America & Caribbean", Tables.Region.LatinAmericaAndCaribbean), ("Europe", Tables.Region.Europe),
        ("Central Asia", Tables.Region.CentralAsia), ("Middle East & North Africa", Tables.Region.MiddleEastAndNorthAfrica),
        ("Sub-Saharan Africa", Tables.Region.SubSaharanAfrica), ("Other", Tables.Region.Other));

    /// <summary>The <c>countries.status</c> vocabulary.</summary>
    public static CodeMap<CountryStatus> Status { get; } = new(
        ("sovereign", CountryStatus.Sovereign), ("us-territory", CountryStatus.UsTerritory),
        ("other-territory", CountryStatus.OtherTerritory), ("former", CountryStatus.Former));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this Region value) => Region.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this CountryStatus value) => Status.ToCode(value);
}

/// <summary>A country or territory (a row of <c>countries.csv</c>).</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code (or the codebook's user-assigned code).</param>
/// <param name="NameEn">Short English name.</param>
/// <param name="NameKo">Korean name, if recorded.</param>
/// <param name="Region">Analysis region.</param>
/// <param name="Status">Sovereign state, territory or former state.</param>
/// <param name="UsTreatyAlly">Party to a mutual defence treaty with the US in force as of the as-of date.</param>
/// <param name="UsTreaty">That treaty, if any.</param>
/// <param name="UsTreatyYear">Year that treaty was signed, if any.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record Country(
    string Iso3, string NameEn, string? NameKo, Region Region, CountryStatus Status, bool UsTreatyAlly, string? UsTreaty,
    int? UsTreatyYear, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class CountriesTable
{
    public const string Resource = "countries";

    public static IReadOnlyList<Country> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new Country(
            r.RequiredText("iso3"), r.RequiredText("name_en"), r.Text("name_ko"), r.Code("region", CountryCodes.Region),
            r.Code("status", CountryCodes.Status), r.RequiredBoolean("us_treaty_ally"), r.Text("us_treaty"), r.Int32("us_treaty_year"),
            r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<Country>().ToList();
}
