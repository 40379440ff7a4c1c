using FsCheck;
using FsCheck.Fluent;

namespace ForcePosture.Tests.Transforms;

/// <summary>Generators of keyed series: years 1950-2025, positive values over twelve orders of magnitude, some missing.</summary>
internal static class SeriesGenerators
{
    /// <summary>Positive values from 0.001 to 10^9, spread evenly in log scale.</summary>
    public static Gen<double> Positive { get; } = Gen.Choose(-3000, 9000).Select(e => Math.Pow(10, e / 1000.0));

    /// <summary>Non-negative values, zero included.</summary>
    public static Gen<double> NonNegative { get; } = Gen.Frequency((1, Gen.Constant(0.0)), (6, Positive));

    public static Gen<double?> MaybeMissing(Gen<double> values) =>
        Gen.Frequency((5, values.Select(v => (double?)v)), (1, Gen.Constant((double?)null)));

    /// <summary>A series over a random subset of the years 1950-2025.</summary>
    public static Gen<IReadOnlyDictionary<int, double?>> Series(Gen<double?> values) =>
        Gen.SubListOf(Enumerable.Range(1950, 76))
            .SelectMany(years => Gen.CollectToList(years, _ => values).Select(vs => (IReadOnlyDictionary<int, double?>)years.Zip(vs).ToDictionary(p => p.First, p => p.Second)));

    /// <summary>Two series over the same random years (for example values and a denominator).</summary>
    public static Gen<(IReadOnlyDictionary<int, double?> A, IReadOnlyDictionary<int, double?> B)> Pair(Gen<double?> a, Gen<double?> b) =>
        Gen.SubListOf(Enumerable.Range(1950, 76)).SelectMany(years =>
            Gen.CollectToList(years, _ => a).SelectMany(va => Gen.CollectToList(years, _ => b).Select(vb =>
                ((IReadOnlyDictionary<int, double?>)years.Zip(va).ToDictionary(p => p.First, p => p.Second),
                 (IReadOnlyDictionary<int, double?>)years.Zip(vb).ToDictionary(p => p.First, p => p.Second)))));

    public static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    public static bool NoNaN(IReadOnlyDictionary<int, double?> series) => series.Values.All(v => v is null || double.IsFinite(v.Value));
}
