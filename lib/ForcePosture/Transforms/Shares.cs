namespace ForcePosture.Transforms;

/// <summary>Shares of a total, in percent.</summary>
public static class Shares
{
    /// <summary>
    /// Each value as a percentage of the sum of the values present. Missing values stay missing and do not count towards the total;
    /// the shares present sum to 100. When nothing is present or the total is 0, every share is missing (a share of nothing is not
    /// defined).
    /// </summary>
    /// <exception cref="ArgumentException">A value is negative, NaN or infinite.</exception>
    public static IReadOnlyDictionary<TKey, double?> PercentOfTotal<TKey>(IReadOnlyDictionary<TKey, double?> values)
        where TKey : notnull
    {
        var negative = values.FirstOrDefault(kv => kv.Value < 0);
        if (negative.Value is not null)
        {
            throw new ArgumentException($"value for {negative.Key} is negative ({negative.Value}): shares need non-negative parts", nameof(values));
        }

        var (total, _) = KeyedValues.SumPresent(values);
        return values.ToDictionary(kv => kv.Key, kv => total > 0 && kv.Value is { } v ? v / total * 100 : (double?)null);
    }
}
