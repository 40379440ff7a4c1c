using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Transforms;
using static ForcePosture.Tests.Transforms.SeriesGenerators;

namespace ForcePosture.Tests.Transforms;

/// <summary>
/// Invariants of the shared transforms. Each property fails if the transform breaks it: e.g. dividing by the population without
/// the 10^6 factor breaks the round trip, forgetting a missing denominator gives NaN/∞ (caught by NoNaN), summing shares over a
/// total that includes missing values as 0 still sums to 100 but a total that counts nulls as NaN does not.
/// </summary>
public class TransformPropertyTests
{
    [Property]
    public Property Per_capita_keeps_keys_marks_missing_and_round_trips() =>
        Prop.ForAll(Arb.From(Pair(MaybeMissing(Positive), MaybeMissing(NonNegative))), p =>
        {
            var (values, population) = p;
            var perMillion = Normalisation.PerMillionPeople(values, population);
            return perMillion.Keys.SequenceEqual(values.Keys)
                && NoNaN(perMillion)
                && values.All(kv =>
                    (kv.Value is null || population[kv.Key] is null or 0)
                        ? perMillion[kv.Key] is null
                        : Close(perMillion[kv.Key]!.Value * population[kv.Key]!.Value / Normalisation.Million, kv.Value.Value));
        });

    [Property]
    public Property Per_capita_of_a_scaled_population_scales_inversely() =>
        Prop.ForAll(Arb.From(Pair(MaybeMissing(Positive), MaybeMissing(Positive))), Arb.From(Gen.Choose(2, 1000)), (p, k) =>
        {
            var (values, population) = p;
            var scaled = population.ToDictionary(kv => kv.Key, kv => kv.Value * k);
            var baseline = Normalisation.PerMillionPeople(values, population);
            var result = Normalisation.PerMillionPeople(values, scaled);
            return baseline.All(kv => kv.Value is null ? result[kv.Key] is null : Close(result[kv.Key]!.Value * k, kv.Value.Value));
        });

    [Property]
    public Property Per_gdp_round_trips_to_the_value() =>
        Prop.ForAll(Arb.From(Pair(MaybeMissing(Positive), MaybeMissing(Positive))), p =>
        {
            var (values, gdp) = p;
            var perBillion = Normalisation.PerBillionDollarsOfGdp(values, gdp);
            return NoNaN(perBillion) && values.All(kv =>
                kv.Value is null || gdp[kv.Key] is null
                    ? perBillion[kv.Key] is null
                    : Close(perBillion[kv.Key]!.Value * gdp[kv.Key]!.Value / Normalisation.Billion, kv.Value.Value));
        });

    [Property]
    public Property Shares_sum_to_100_and_missing_stays_missing() =>
        Prop.ForAll(Arb.From(Series(MaybeMissing(NonNegative))), values =>
        {
            var shares = Shares.PercentOfTotal(values);
            var (total, _) = KeyedValues.SumPresent(values);
            var present = shares.Values.Where(v => v is not null).Select(v => v!.Value).ToList();
            return NoNaN(shares)
                && values.All(kv => kv.Value is null ? shares[kv.Key] is null : true)
                && (total > 0
                    ? Close(present.Sum(), 100) && present.All(s => s is >= 0 and <= 100 + 1e-9)
                    : present.Count == 0);
        });

    [Property]
    public Property Shares_do_not_change_when_every_part_is_scaled() =>
        Prop.ForAll(Arb.From(Series(MaybeMissing(Positive))), Arb.From(Gen.Choose(2, 1000)), (values, k) =>
        {
            var shares = Shares.PercentOfTotal(values);
            var scaled = Shares.PercentOfTotal(values.ToDictionary(kv => kv.Key, kv => kv.Value * k));
            return shares.All(kv => kv.Value is null ? scaled[kv.Key] is null : Close(scaled[kv.Key]!.Value, kv.Value.Value));
        });

    [Property]
    public Property Index_is_100_at_the_base_and_unindexing_returns_the_series() =>
        Prop.ForAll(Arb.From(Series(MaybeMissing(Positive)).Where(s => s.Values.Any(v => v is not null))), series =>
        {
            var baseYear = series.First(kv => kv.Value is not null).Key;
            var index = BaseYearIndex.ToIndex(series, baseYear);
            var back = BaseYearIndex.FromIndex(index, series[baseYear]!.Value);
            return Close(index[baseYear]!.Value, 100)
                && NoNaN(index)
                && series.All(kv => kv.Value is null ? back[kv.Key] is null : Close(back[kv.Key]!.Value, kv.Value.Value));
        });

    [Property]
    public Property Constant_dollars_then_back_returns_the_series() =>
        Prop.ForAll(Arb.From(Pair(MaybeMissing(Positive), MaybeMissing(Positive)).Where(p => p.B.Values.Any(v => v is not null))), p =>
        {
            var (nominal, deflator) = p;
            var baseYear = deflator.First(kv => kv.Value is not null).Key;
            var constant = ConstantDollars.ToConstant(nominal, deflator, baseYear);
            var back = ConstantDollars.ToNominal(constant, deflator, baseYear);
            return NoNaN(constant)
                && (nominal[baseYear] is not { } atBase || Close(constant[baseYear]!.Value, atBase))
                && nominal.All(kv => kv.Value is null || deflator[kv.Key] is null
                    ? back[kv.Key] is null
                    : Close(back[kv.Key]!.Value, kv.Value.Value));
        });
}

public class TransformExampleTests
{
    [Fact]
    public void Worked_example_constant_dollars_from_the_cited_cpi_rows()
    {
        // The US CPI-U annual averages in data/exchange-rates.csv: 2015 = 237.02 (Statista's reproduction of BLS data) and
        // 2023 = 304.702 (inflationdata.com). By hand, US$1,000 of 2015 is 1,000 × 304.702 / 237.02 = 1,285.554 dollars of
        // 2023; the inverted ratio (237.02 / 304.702) would give 777.875, and a deflator ignored would give 1,000.
        var cpiRows = ForcePosture.Tests.Analyses.RepositoryCsv.Read("exchange-rates.csv").Where(r => r["series"] == "us-cpi-u")
            .ToDictionary(r => int.Parse(r["year"], System.Globalization.CultureInfo.InvariantCulture),
                r => (double?)double.Parse(r["value"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(237.02, cpiRows[2015]);
        Assert.Equal(304.702, cpiRows[2023]);

        var constant = ConstantDollars.ToConstant(new Dictionary<int, double?> { [2015] = 1_000, [2023] = 1_000, [2019] = 1_000 }, cpiRows, baseYear: 2023);
        Assert.Equal(1_285.554, constant[2015]!.Value, 3);
        Assert.Equal(1_000, constant[2023]!.Value, 9);
        Assert.Null(constant[2019]); // 2018-2020 have no cited CPI value: missing, not guessed.

        var nominal = ConstantDollars.ToNominal(new Dictionary<int, double?> { [2015] = 1_285.554 }, cpiRows, baseYear: 2023);
        Assert.Equal(1_000, nominal[2015]!.Value, 2);
    }

    [Fact]
    public void Worked_example_per_capita_and_per_gdp()
    {
        // 28,500 troops in a country of 51.7 million people and GDP of 1.7 trillion dollars (toy figures for arithmetic only).
        var troops = new Dictionary<string, double?> { ["A"] = 28_500, ["B"] = null, ["C"] = 10 };
        var population = new Dictionary<string, double?> { ["A"] = 51_700_000, ["B"] = 1_000_000, ["C"] = 0 };
        var perMillion = Normalisation.PerMillionPeople(troops, population);
        Assert.Equal(28_500 / 51.7, perMillion["A"]!.Value, 9);
        Assert.Null(perMillion["B"]);
        Assert.Null(perMillion["C"]); // zero population: missing, not infinity
        var gdp = new Dictionary<string, double?> { ["A"] = 1.7e12 };
        Assert.Equal(28_500 / 1700.0, Normalisation.PerBillionDollarsOfGdp(troops, gdp)["A"]!.Value, 9);
        Assert.Null(Normalisation.PerBillionDollarsOfGdp(troops, gdp)["C"]); // no GDP for C
    }

    [Fact]
    public void Empty_and_all_zero_totals_give_missing_shares_not_NaN()
    {
        Assert.Empty(Shares.PercentOfTotal(new Dictionary<int, double?>()));
        Assert.All(Shares.PercentOfTotal(new Dictionary<int, double?> { [1] = 0, [2] = null }).Values, Assert.Null);
        Assert.Equal((0.0, 0), KeyedValues.SumPresent(new Dictionary<int, double?> { [1] = null }));
    }

    [Fact]
    public void Bad_inputs_are_refused_with_a_reason()
    {
        var withNaN = new Dictionary<int, double?> { [2000] = double.NaN };
        Assert.Contains("use null for a missing value", Assert.Throws<ArgumentException>(() => Shares.PercentOfTotal(withNaN)).Message);
        var series = new Dictionary<int, double?> { [2000] = null, [2001] = 5 };
        Assert.Contains("no value at the base 2000", Assert.Throws<ArgumentException>(() => BaseYearIndex.ToIndex(series, 2000)).Message);
        Assert.Throws<ArgumentException>(() => Shares.PercentOfTotal(new Dictionary<int, double?> { [1] = -1 }));
        Assert.Contains("two rows have the key 2020", Assert.Throws<ArgumentException>(() => KeyedValues.From(new[] { 2020, 2020 }, y => y, _ => 1.0)).Message);
    }
}
