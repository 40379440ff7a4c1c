namespace ForcePosture.Transforms;

/// <summary>
/// Per-capita and per-GDP normalisation. Each result has exactly the keys of the values; a result is null (missing) when the
/// value is missing or the denominator is missing, zero or negative for that key.
/// </summary>
public static class Normalisation
{
    /// <summary>Persons in a million: the per-capita unit used throughout.</summary>
    public const double Million = 1_000_000;

    /// <summary>Dollars in a billion: the per-GDP unit used throughout.</summary>
    public const double Billion = 1_000_000_000;

    /// <summary>
    /// <paramref name="values"/> per million people: <c>value / population × 1,000,000</c> (for example US troops per million
    /// inhabitants of the host). <paramref name="population"/> is in persons.
    /// </summary>
    public static IReadOnlyDictionary<TKey, double?> PerMillionPeople<TKey>(IReadOnlyDictionary<TKey, double?> values, IReadOnlyDictionary<TKey, double?> population)
        where TKey : notnull => KeyedValues.Ratio(values, population, Million);

    /// <summary>
    /// <paramref name="values"/> per billion dollars of GDP: <c>value / gdp × 1,000,000,000</c>. <paramref name="gdpDollars"/> is
    /// in dollars (not millions), as in <c>gdp.csv</c>; the values keep their own unit.
    /// </summary>
    public static IReadOnlyDictionary<TKey, double?> PerBillionDollarsOfGdp<TKey>(IReadOnlyDictionary<TKey, double?> values, IReadOnlyDictionary<TKey, double?> gdpDollars)
        where TKey : notnull => KeyedValues.Ratio(values, gdpDollars, Billion);
}
