namespace ForcePosture.Transforms;

/// <summary>Index numbers: a series relative to its value at a base key (usually a year), base = 100.</summary>
public static class BaseYearIndex
{
    /// <summary><c>value / value[base] × 100</c> for every key; missing values stay missing.</summary>
    /// <exception cref="ArgumentException">The base is missing, zero or negative, or a value is not finite.</exception>
    public static IReadOnlyDictionary<TKey, double?> ToIndex<TKey>(IReadOnlyDictionary<TKey, double?> series, TKey baseKey)
        where TKey : notnull
    {
        var baseValue = BaseValue(series, baseKey);
        return series.ToDictionary(kv => kv.Key, kv => kv.Value is { } v ? v / baseValue * 100 : (double?)null);
    }

    /// <summary>The inverse of <see cref="ToIndex"/>: <c>index × baseValue / 100</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="baseValue"/> is not positive and finite, or an index is not finite.</exception>
    public static IReadOnlyDictionary<TKey, double?> FromIndex<TKey>(IReadOnlyDictionary<TKey, double?> index, double baseValue)
        where TKey : notnull
    {
        if (!(double.IsFinite(baseValue) && baseValue > 0))
        {
            throw new ArgumentException($"base value {baseValue} must be positive and finite", nameof(baseValue));
        }

        KeyedValues.RequireFinite(index, nameof(index));
        return index.ToDictionary(kv => kv.Key, kv => kv.Value is { } v ? v * baseValue / 100 : (double?)null);
    }

    internal static double BaseValue<TKey>(IReadOnlyDictionary<TKey, double?> series, TKey baseKey)
        where TKey : notnull
    {
        KeyedValues.RequireFinite(series, nameof(series));
        if (!series.TryGetValue(baseKey, out var value) || value is null)
        {
            throw new ArgumentException($"the series has no value at the base {baseKey}", nameof(baseKey));
        }

        if (value <= 0)
        {
            throw new ArgumentException($"the value at the base {baseKey} is {value}: an index needs a positive base", nameof(baseKey));
        }

        return value.Value;
    }
}
