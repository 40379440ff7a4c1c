using Deedle;

namespace ForcePosture.Interop;

/// <summary>
/// Conversions to Deedle series and frames, keyed by year or by country. Missing values become Deedle missing values (Deedle
/// represents a missing <c>double</c> as NaN internally and never reports it as a value); going back, a missing value becomes
/// null. Beware: Deedle's <c>Stats.sum</c> of a series with no values is NaN, not 0; use
/// <see cref="Transforms.KeyedValues.SumPresent{TKey}"/> when an empty total must be 0.
/// </summary>
public static class DeedleConversion
{
    /// <summary>A series sorted by key; null values become missing.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite (NaN would be indistinguishable from missing).</exception>
    public static Series<TKey, double> ToSeries<TKey>(IReadOnlyDictionary<TKey, double?> values)
        where TKey : notnull
    {
        Transforms.KeyedValues.RequireFinite(values, nameof(values));
        var ordered = values.OrderBy(kv => kv.Key).ToList();
        return new Series<TKey, double>(ordered.Select(kv => kv.Key), ordered.Select(kv => kv.Value ?? double.NaN));
    }

    /// <summary>A series from rows, keyed by <paramref name="key"/> (a year or a country); duplicate keys are refused.</summary>
    /// <exception cref="ArgumentException">Two rows share a key, or a value is not finite.</exception>
    public static Series<TKey, double> ToSeries<TRow, TKey>(IEnumerable<TRow> rows, Func<TRow, TKey> key, Func<TRow, double?> value)
        where TKey : notnull => ToSeries(Transforms.KeyedValues.From(rows, key, value));

    /// <summary>The series as keyed values; missing values become null.</summary>
    public static IReadOnlyDictionary<TKey, double?> ToKeyedValues<TKey>(Series<TKey, double> series)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, double?>();
        foreach (var key in series.Keys)
        {
            var value = series.TryGet(key);
            result[key] = value.HasValue ? value.Value : null;
        }

        return result;
    }

    /// <summary>
    /// A frame with a row per year and a column per <paramref name="column"/> value (typically a country code), e.g. military
    /// expenditure by year and country. Cells without a row are missing.
    /// </summary>
    /// <exception cref="ArgumentException">Two rows share a year and column, or a value is not finite.</exception>
    public static Frame<int, string> ToFrameByYear<TRow>(IEnumerable<TRow> rows, Func<TRow, int> year, Func<TRow, string> column, Func<TRow, double?> value)
    {
        var columns = rows.GroupBy(column)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, ToSeries(g, year, value)))
            .ToList();
        return Frame.FromColumns(columns);
    }
}
