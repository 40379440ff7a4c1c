using System.Globalization;
using ForcePosture.Analyses;
using ForcePosture.Tables;
using static ForcePosture.Tests.Analyses.RepositoryCsv;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The figures notebook 06 quotes, recomputed from cost-sharing.csv, exchange-rates.csv and us-troops.csv read directly: the
/// dollar conversion (amount ÷ rate × CPI[base] ÷ CPI[year]), which years stay unconverted, the amounts per service member, the
/// missing years and the largest rise. The CPI-U values are also checked against the Federal Register's certified figures.
/// </summary>
[Collection(RepositoryCsvCollection.Name)]
public class BurdenSharingTests(RepositoryCsv repo)
{
    private const int BaseYear = 2023;

    private Dictionary<int, double> Series(string series) =>
        repo.Rows("exchange-rates.csv").Where(r => r["series"] == series).ToDictionary(r => int.Parse(r["year"]), r => Number(r["value"])!.Value);

    private IEnumerable<IReadOnlyDictionary<string, string>> AnnualPayments() =>
        repo.Rows("cost-sharing.csv").Where(r => r["measure"] is "sma-contribution" or "hns-budget");

    [Fact]
    public void Every_annual_payment_is_converted_exactly_when_a_rate_and_a_cpi_value_exist()
    {
        var cpi = Series("us-cpi-u");
        var rates = new Dictionary<string, Dictionary<int, double>> { ["KRW"] = Series("krw-per-usd"), ["JPY"] = Series("jpy-per-usd") };
        var result = BurdenSharingAnalysis.Annual(repo.Data, BaseYear).Rows;
        var payments = AnnualPayments().ToList();
        Assert.Equal(payments.Count, result.Count);
        var converted = 0;
        foreach (var p in payments)
        {
            var year = int.Parse(p["fiscal_year"]);
            var row = result.Single(r => r.PayerIso3 == p["payer_iso3"] && r.FiscalYear == year && r.Measure == p["measure"]);
            var amount = double.Parse(p["amount"], CultureInfo.InvariantCulture);
            double? rate = p["currency"] == "USD" ? 1.0 : rates[p["currency"]].TryGetValue(year, out var r) ? r : null;
            double? expected = rate is { } x && cpi.TryGetValue(year, out var c) ? amount / x * cpi[BaseYear] / c : null;
            if (expected is null)
            {
                Assert.Null(row.ConstantUsd);
                Assert.NotNull(row.NotConvertedBecause);
            }
            else
            {
                Assert.Equal(expected.Value, row.ConstantUsd!.Value, 6);
                Assert.Null(row.NotConvertedBecause);
                converted++;
            }
        }

        // The notebook converts Korea 1991-2004 (dollars) and the won and yen years with both a rate and a CPI value.
        Assert.True(converted >= 14, $"only {converted} rows converted");
    }

    [Fact]
    public void Per_service_member_divides_by_the_september_count_of_the_same_year()
    {
        var troops = repo.Rows("us-troops.csv").Where(r => r["iso3"] is "KOR" or "JPN" && r["total"] != "")
            .ToDictionary(r => (r["iso3"], int.Parse(r["year"])), r => double.Parse(r["total"], CultureInfo.InvariantCulture));
        var result = BurdenSharingAnalysis.Annual(repo.Data, BaseYear).Rows;
        foreach (var row in result)
        {
            if (troops.TryGetValue((row.PayerIso3, row.FiscalYear), out var t))
            {
                Assert.Equal((double)row.Amount / t, row.AmountPerServiceMember!.Value, 6);
                if (row.ConstantUsd is { } c)
                {
                    Assert.Equal(c / t, row.ConstantUsdPerServiceMember!.Value, 6);
                }
            }
            else
            {
                Assert.Null(row.AmountPerServiceMember);
            }
        }

        // Korea 1991 against 2021, the ratio the notebook quotes, computed from the files.
        var cpi = Series("us-cpi-u");
        var krw = Series("krw-per-usd");
        var kor = AnnualPayments().Where(p => p["payer_iso3"] == "KOR").ToDictionary(p => int.Parse(p["fiscal_year"]), p => double.Parse(p["amount"], CultureInfo.InvariantCulture));
        var per1991 = kor[1991] * cpi[BaseYear] / cpi[1991] / troops[("KOR", 1991)];
        var per2021 = kor[2021] / krw[2021] * cpi[BaseYear] / cpi[2021] / troops[("KOR", 2021)];
        var k1991 = result.Single(r => r.PayerIso3 == "KOR" && r.FiscalYear == 1991);
        var k2021 = result.Single(r => r.PayerIso3 == "KOR" && r.FiscalYear == 2021);
        Assert.Equal(per2021 / per1991, k2021.ConstantUsdPerServiceMember!.Value / k1991.ConstantUsdPerServiceMember!.Value, 9);
    }

    [Fact]
    public void The_per_member_rise_notebook_06_quotes_compares_a_full_count_with_a_permanent_only_one()
    {
        // The first and last Korean years with a constant-dollar amount (a dollar amount, or a won rate, and a CPI value) and a troop count.
        var cpi = Series("us-cpi-u");
        var krw = Series("krw-per-usd");
        var troops = repo.Rows("us-troops.csv").Where(r => r["iso3"] == "KOR" && r["total"] != "").ToDictionary(r => int.Parse(r["year"]));
        var years = AnnualPayments().Where(p => p["payer_iso3"] == "KOR")
            .Where(p => (p["currency"] == "USD" || krw.ContainsKey(int.Parse(p["fiscal_year"]))) && cpi.ContainsKey(int.Parse(p["fiscal_year"])))
            .Select(p => int.Parse(p["fiscal_year"])).Where(troops.ContainsKey).ToList();
        var (first, last) = (years.Min(), years.Max());
        Assert.Equal("false", troops[first]["permanent_only"]);
        Assert.Equal("true", troops[last]["permanent_only"]);

        var rows = BurdenSharingAnalysis.Annual(repo.Data, BaseYear).Rows.Where(r => r.PayerIso3 == "KOR" && r.ConstantUsdPerServiceMember is not null).ToList();
        Assert.Equal((first, false), (rows.MinBy(r => r.FiscalYear)!.FiscalYear, rows.MinBy(r => r.FiscalYear)!.TroopsPermanentOnly));
        Assert.Equal((last, true), (rows.MaxBy(r => r.FiscalYear)!.FiscalYear, rows.MaxBy(r => r.FiscalYear)!.TroopsPermanentOnly));
    }

    [Fact]
    public void Missing_years_and_largest_rise_match_the_csv()
    {
        var korYears = AnnualPayments().Where(p => p["payer_iso3"] == "KOR").Select(p => int.Parse(p["fiscal_year"])).ToHashSet();
        var expectedMissing = Enumerable.Range(korYears.Min(), korYears.Max() - korYears.Min() + 1).Where(y => !korYears.Contains(y)).ToList();
        Assert.Equal(expectedMissing, BurdenSharingAnalysis.MissingYears(repo.Data, "KOR", CostSharingMeasure.SmaContribution, korYears.Min(), korYears.Max()));

        var won = AnnualPayments().Where(p => p["payer_iso3"] == "KOR" && p["currency"] == "KRW")
            .ToDictionary(p => int.Parse(p["fiscal_year"]), p => decimal.Parse(p["amount"], CultureInfo.InvariantCulture));
        var rises = won.Keys.Where(y => won.ContainsKey(y - 1)).Select(y => (Year: y, Percent: (won[y] / won[y - 1] - 1) * 100)).ToList();
        var largest = rises.MaxBy(r => r.Percent);
        var rows = BurdenSharingAnalysis.Annual(repo.Data, BaseYear).Rows.Where(r => r.PayerIso3 == "KOR" && r.Currency == "KRW").ToDictionary(r => r.FiscalYear);
        Assert.Equal(largest.Percent, (rows[largest.Year].Amount / rows[largest.Year - 1].Amount - 1) * 100);

        // Period totals are never in the annual rows.
        Assert.DoesNotContain(BurdenSharingAnalysis.Annual(repo.Data, BaseYear).Rows, r => r.Measure == "special-measures-agreement-total");
        Assert.Equal(repo.Rows("cost-sharing.csv").Count(r => r["measure"] == "special-measures-agreement-total"), BurdenSharingAnalysis.PeriodTotals(repo.Data).Count);
    }

    /// <summary>
    /// The CPI-U rows (1982-84=100, secondary copies) agree with the primary Federal Register certifications on the 1967=100 base
    /// once rebased at 2022: 2014 709.156, 2017 734.269, 2022 876.664 (FR Docs 2015-07759, 2018-12484, 2023-14212).
    /// </summary>
    [Theory]
    [InlineData(2014, 709.156)]
    [InlineData(2017, 734.269)]
    public void Cpi_rows_agree_with_the_federal_register(int year, double cpi1967Base)
    {
        var cpi = Series("us-cpi-u");
        var rebased = cpi1967Base / 876.664 * cpi[2022];
        Assert.True(Math.Abs(rebased - cpi[year]) < 0.006, $"{year}: table {cpi[year]}, Federal Register rebased {rebased:F3}");
    }

    [Fact]
    public void A_base_year_without_a_cpi_value_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BurdenSharingAnalysis.Annual(repo.Data, 1900));
    }
}
