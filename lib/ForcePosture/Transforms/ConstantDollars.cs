namespace ForcePosture.Transforms;

/// <summary>
/// Conversion between current (nominal) and constant dollars with a price deflator series keyed by year (any base, e.g. a GDP
/// deflator with 2017 = 100). Constant dollars of <c>baseYear</c>: <c>nominal[y] × deflator[baseYear] / deflator[y]</c>.
/// </summary>
public static class ConstantDollars
{
    /// <summary>Nominal values expressed in dollars of <paramref name="baseYear"/>. A year without a positive deflator is missing.</summary>
    /// <exception cref="ArgumentException">The deflator has no positive value at the base year, or a value is not finite.</exception>
    public static IReadOnlyDictionary<int, double?> ToConstant(IReadOnlyDictionary<int, double?> nominal, IReadOnlyDictionary<int, double?> deflator, int baseYear)
    {
        var baseDeflator = BaseYearIndex.BaseValue(deflator, baseYear);
        KeyedValues.RequireFinite(nominal, nameof(nominal));
        return nominal.ToDictionary(
            kv => kv.Key,
            kv => kv.Value is { } v && deflator.TryGetValue(kv.Key, out var d) && d is > 0 ? v * baseDeflator / d.Value : (double?)null);
    }

    /// <summary>The inverse of <see cref="ToConstant"/>: constant dollars of <paramref name="baseYear"/> back to current dollars.</summary>
    /// <exception cref="ArgumentException">The deflator has no positive value at the base year, or a value is not finite.</exception>
    public static IReadOnlyDictionary<int, double?> ToNominal(IReadOnlyDictionary<int, double?> constant, IReadOnlyDictionary<int, double?> deflator, int baseYear)
    {
        var baseDeflator = BaseYearIndex.BaseValue(deflator, baseYear);
        KeyedValues.RequireFinite(constant, nameof(constant));
        return constant.ToDictionary(
            kv => kv.Key,
            kv => kv.Value is { } v && deflator.TryGetValue(kv.Key, out var d) && d is > 0 ? v * d.Value / baseDeflator : (double?)null);
    }
}
