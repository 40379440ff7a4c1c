namespace ForcePosture.Transforms;

/// <summary>
/// Checks shared by the transforms. A transform takes and returns values keyed by year or by country
/// (<see cref="IReadOnlyDictionary{TKey, TValue}"/> of <c>double?</c>) where null is "missing"; NaN and infinities are never
/// accepted or produced, so a missing value can never silently turn into a number or a NaN.
/// </summary>
public static class KeyedValues
{
    /// <summary>Throws when a value is NaN or infinite (use null for a missing value).</summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static void RequireFinite<TKey>(IReadOnlyDictionary<TKey, double?> values, string parameterName)
        where TKey : notnull
    {
        foreach (var (key, value) in values)
        {
            if (value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException($"value for {key} is {v}: use null for a missing value", parameterName);
            }
        }
    }

    /// <summary>
    /// The sum of the values that are present and how many there were. Unlike Deedle's <c>Stats.sum</c>, which returns NaN for
    /// an empty series, the sum of nothing is 0 with a count of 0, so the caller decides what an empty total means.
    /// </summary>
    public static (double Sum, int Count) SumPresent<TKey>(IReadOnlyDictionary<TKey, double?> values)
        where TKey : notnull
    {
        RequireFinite(values, nameof(values));
        var present = values.Values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return (present.Sum(), present.Count);
    }

    /// <summary>Builds keyed values from rows, refusing duplicate keys (a duplicate would otherwise be silently overwritten).</summary>
    /// <exception cref="ArgumentException">Two rows share a key.</exception>
    public static IReadOnlyDictionary<TKey, double?> From<TRow, TKey>(IEnumerable<TRow> rows, Func<TRow, TKey> key, Func<TRow, double?> value)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, double?>();
        foreach (var row in rows)
        {
            var k = key(row);
            if (!result.TryAdd(k, value(row)))
            {
                throw new ArgumentException($"two rows have the key {k}; filter the rows (e.g. by country or measure) first", nameof(rows));
            }
        }

        RequireFinite(result, nameof(value));
        return result;
    }

    internal static IReadOnlyDictionary<TKey, double?> Ratio<TKey>(
        IReadOnlyDictionary<TKey, double?> numerator, IReadOnlyDictionary<TKey, double?> denominator, double scale)
        where TKey : notnull
    {
        RequireFinite(numerator, nameof(numerator));
        RequireFinite(denominator, nameof(denominator));
        var result = new Dictionary<TKey, double?>();
        foreach (var (key, value) in numerator)
        {
            result[key] = value is { } v && denominator.TryGetValue(key, out var d) && d is > 0 ? v / d.Value * scale : null;
        }

        return result;
    }
}
