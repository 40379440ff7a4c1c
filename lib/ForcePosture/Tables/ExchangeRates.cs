namespace ForcePosture.Tables;

/// <summary>Which series a row of <c>exchange-rates.csv</c> belongs to (<c>exchange-rates.series</c>; see the codebook).</summary>
public enum ConversionSeries
{
    /// <summary>krw-per-usd: South Korean won per US dollar, annual average (Federal Reserve G.5A).</summary>
    KrwPerUsd,
    /// <summary>jpy-per-usd: Japanese yen per US dollar, annual average (Federal Reserve G.5A).</summary>
    JpyPerUsd,
    /// <summary>us-cpi-u: US CPI-U, U.S. city average, all items, annual average, 1982-84=100 (BLS).</summary>
    UsCpiU,
}

/// <summary>CSV codes of the exchange-rates vocabulary.</summary>
public static class ExchangeRateCodes
{
    /// <summary>The <c>exchange-rates.series</c> vocabulary.</summary>
    public static CodeMap<ConversionSeries> Series { get; } = new(
        ("krw-per-usd", ConversionSeries.KrwPerUsd), ("jpy-per-usd", ConversionSeries.JpyPerUsd), ("us-cpi-u", ConversionSeries.UsCpiU));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this ConversionSeries value) => Series.ToCode(value);
}

/// <summary>One annual exchange rate or price-index value (a row of <c>exchange-rates.csv</c>).</summary>
/// <param name="Series">Which rate or index.</param>
/// <param name="Year">Calendar year of the annual average.</param>
/// <param name="Value">Currency units per US dollar, or the index value (1982-84=100), as published.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record ConversionFactor(ConversionSeries Series, int Year, double Value, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class ExchangeRatesTable
{
    public const string Resource = "exchange-rates";

    public static IReadOnlyList<ConversionFactor> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new ConversionFactor(r.Code("series", ExchangeRateCodes.Series), r.RequiredInt32("year"), r.RequiredDouble("value"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<ConversionFactor>().ToList();
}
