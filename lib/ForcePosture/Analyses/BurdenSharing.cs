using ForcePosture.Tables;
using ForcePosture.Transforms;

namespace ForcePosture.Analyses;

/// <summary>One year's host-nation support by one payer, in the currency of the agreement and converted where the data allow.</summary>
/// <param name="PayerIso3">Payer (<c>KOR</c>, <c>JPN</c>).</param>
/// <param name="Payer">Payer name.</param>
/// <param name="FiscalYear">The payer's fiscal year (Korea: calendar year; Japan: April-March, converted at the calendar-year average of the year it starts).</param>
/// <param name="Measure">The <c>cost-sharing.measure</c> code (annual measures only).</param>
/// <param name="FigureKind">agreed or budgeted.</param>
/// <param name="Currency">Currency of the amount as agreed.</param>
/// <param name="Amount">Amount in currency units, as published.</param>
/// <param name="UnitsPerUsd">Annual-average currency units per US dollar (1 for amounts agreed in dollars); null when the table has no rate for the year.</param>
/// <param name="CurrentUsd">The amount in current US dollars; null without a rate.</param>
/// <param name="ConstantUsd">The amount in US dollars of <paramref name="BaseYear"/> (deflated with the US CPI-U); null without a rate or a CPI value.</param>
/// <param name="BaseYear">Base year of <paramref name="ConstantUsd"/>.</param>
/// <param name="UsTroops">US active-duty personnel in the payer's country in the September report of the same year; null where the table has none.</param>
/// <param name="TroopsEstimate">True when that troop figure is an estimate (e.g. South Korea 2024-2025, halved values).</param>
/// <param name="TroopsPermanentOnly">True when the troop figure counts permanently assigned personnel only (from December 2017).</param>
/// <param name="AmountPerServiceMember"><c>Amount / UsTroops</c> in the currency as agreed; null without troops.</param>
/// <param name="ConstantUsdPerServiceMember"><c>ConstantUsd / UsTroops</c>; null when either is missing.</param>
/// <param name="NotConvertedBecause">Why the dollar conversion is missing (no exchange rate, no CPI value), or null when converted.</param>
public sealed record HostNationSupportYear(
    string PayerIso3, string Payer, int FiscalYear, string Measure, string FigureKind, string Currency, decimal Amount, double? UnitsPerUsd,
    double? CurrentUsd, double? ConstantUsd, int BaseYear, int? UsTroops, bool TroopsEstimate, bool TroopsPermanentOnly,
    double? AmountPerServiceMember, double? ConstantUsdPerServiceMember, string? NotConvertedBecause);

/// <summary>
/// Notebook 06 (burden sharing): host-nation support from <c>cost-sharing</c> converted to current dollars at the annual-average
/// exchange rate and to constant dollars with the US CPI-U from <c>exchange-rates</c> (through <see cref="ConstantDollars"/>), and
/// put against the US personnel each payer hosts.
/// </summary>
public static class BurdenSharingAnalysis
{
    /// <summary>
    /// Annual host-nation support rows (measures <c>sma-contribution</c> and <c>hns-budget</c>; multi-year period totals are not
    /// annual and are left out: see <see cref="PeriodTotals"/>), ordered by payer and year, converted where a rate and a CPI value
    /// exist for the year. Per service member values divide by the same year's September troop count.
    /// </summary>
    /// <exception cref="ArgumentException">The CPI-U has no value for <paramref name="baseYear"/>.</exception>
    public static AnalysisResult<HostNationSupportYear> Annual(Dataset data, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var cpi = KeyedValues.From(data.ExchangeRates.Where(r => r.Series == ConversionSeries.UsCpiU), r => r.Year, r => (double?)r.Value);
        var rates = new Dictionary<CurrencyCode, IReadOnlyDictionary<int, double?>>
        {
            [CurrencyCode.KRW] = KeyedValues.From(data.ExchangeRates.Where(r => r.Series == ConversionSeries.KrwPerUsd), r => r.Year, r => (double?)r.Value),
            [CurrencyCode.JPY] = KeyedValues.From(data.ExchangeRates.Where(r => r.Series == ConversionSeries.JpyPerUsd), r => r.Year, r => (double?)r.Value),
        };

        var payments = data.CostSharing
            .Where(p => p.Measure is CostSharingMeasure.SmaContribution or CostSharingMeasure.HnsBudget)
            .OrderBy(p => p.PayerIso3).ThenBy(p => p.Measure).ThenBy(p => p.FiscalYear)
            .ToList();
        var inputs = new List<IHasProvenance>(payments);
        var rows = new List<HostNationSupportYear>();
        foreach (var group in payments.GroupBy(p => (p.PayerIso3, p.Measure, p.Currency)))
        {
            double? RateOf(int year) => group.Key.Currency == CurrencyCode.USD ? 1.0 : rates[group.Key.Currency].GetValueOrDefault(year);
            var currentUsd = group.ToDictionary(p => p.FiscalYear, p => RateOf(p.FiscalYear) is { } rate ? (double)p.Amount / rate : (double?)null);
            var constantUsd = ConstantDollars.ToConstant(currentUsd, cpi, baseYear);
            var payer = data.FindCountry(group.Key.PayerIso3)?.NameEn ?? group.Key.PayerIso3;
            foreach (var p in group)
            {
                var rate = RateOf(p.FiscalYear);
                var troops = data.UsTroops.SingleOrDefault(t => t.Iso3 == p.PayerIso3 && t.Year == p.FiscalYear);
                if (troops is not null)
                {
                    inputs.Add(troops);
                }

                var constant = constantUsd[p.FiscalYear];
                var gap = rate is null ? $"no {p.Currency.ToCode()} rate for {p.FiscalYear}" : constant is null ? $"no US CPI-U value for {p.FiscalYear}" : null;
                rows.Add(new HostNationSupportYear(
                    p.PayerIso3, payer, p.FiscalYear, p.Measure.ToCode(), p.FigureKind.ToCode(), p.Currency.ToCode(), p.Amount, rate,
                    currentUsd[p.FiscalYear], constant, baseYear, troops?.Total, troops?.Estimate ?? false, troops?.PermanentOnly ?? false,
                    troops?.Total is > 0 ? (double)p.Amount / troops.Total.Value : null,
                    troops?.Total is > 0 && constant is { } c ? c / troops.Total.Value : null,
                    gap));
            }
        }

        inputs.AddRange(data.ExchangeRates.Where(r => rows.Any(x => x.FiscalYear == r.Year || r.Year == baseYear)));
        return new AnalysisResult<HostNationSupportYear>(rows, inputs.Distinct().ToList());
    }

    /// <summary>The multi-year agreement totals (<c>special-measures-agreement-total</c>), as published: not converted, not divided into years.</summary>
    public static IReadOnlyList<CostSharingPayment> PeriodTotals(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.CostSharing.Where(p => p.Measure == CostSharingMeasure.SpecialMeasuresAgreementTotal).OrderBy(p => p.PayerIso3).ThenBy(p => p.FiscalYear).ToList();
    }

    /// <summary>Years in <c>[firstYear, lastYear]</c> without an annual amount for <paramref name="payerIso3"/> and <paramref name="measure"/>.</summary>
    public static IReadOnlyList<int> MissingYears(Dataset data, string payerIso3, CostSharingMeasure measure, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var present = data.CostSharing.Where(p => p.PayerIso3 == payerIso3 && p.Measure == measure).Select(p => p.FiscalYear).ToHashSet();
        return Enumerable.Range(firstYear, lastYear - firstYear + 1).Where(y => !present.Contains(y)).ToList();
    }
}
