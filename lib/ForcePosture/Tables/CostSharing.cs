namespace ForcePosture.Tables;

/// <summary>What a host-nation support amount is (<c>cost-sharing.measure</c>; see the codebook).</summary>
public enum CostSharingMeasure
{
    /// <summary>sma-contribution: South Korea's contribution under a Special Measures Agreement.</summary>
    SmaContribution,
    /// <summary>hns-budget: Japan's host-nation support budget.</summary>
    HnsBudget,
    /// <summary>special-measures-agreement-total: the total an SMA sets.</summary>
    SpecialMeasuresAgreementTotal,
}

/// <summary>Currency of an amount (<c>cost-sharing.currency</c>, ISO 4217).</summary>
public enum CurrencyCode
{
    /// <summary>South Korean won.</summary>
    KRW,
    /// <summary>Japanese yen.</summary>
    JPY,
    /// <summary>US dollar.</summary>
    USD,
}

/// <summary>Whether an amount was agreed, budgeted or spent (<c>cost-sharing.figure_kind</c>).</summary>
public enum CostFigureKind
{
    /// <summary>agreed: set by an agreement.</summary>
    Agreed,
    /// <summary>budgeted: in the payer's budget.</summary>
    Budgeted,
    /// <summary>executed: actually spent.</summary>
    Executed,
}

/// <summary>CSV codes of the cost-sharing vocabularies.</summary>
public static class CostSharingCodes
{
    /// <summary>The <c>cost-sharing.measure</c> vocabulary.</summary>
    public static CodeMap<CostSharingMeasure> Measure { get; } = new(
        ("sma-contribution", CostSharingMeasure.SmaContribution), ("hns-budget", CostSharingMeasure.HnsBudget),
        ("special-measures-agreement-total", CostSharingMeasure.SpecialMeasuresAgreementTotal));

    /// <summary>The <c>cost-sharing.currency</c> vocabulary.</summary>
    public static CodeMap<CurrencyCode> Currency { get; } = new(("KRW", CurrencyCode.KRW), ("JPY", CurrencyCode.JPY), ("USD", CurrencyCode.USD));

    /// <summary>The <c>cost-sharing.figure_kind</c> vocabulary.</summary>
    public static CodeMap<CostFigureKind> FigureKind { get; } = new(
        ("agreed", CostFigureKind.Agreed), ("budgeted", CostFigureKind.Budgeted), ("executed", CostFigureKind.Executed));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this CostSharingMeasure value) => Measure.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this CurrencyCode value) => Currency.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this CostFigureKind value) => FigureKind.ToCode(value);
}

/// <summary>Host-nation support paid by one country for one fiscal year (a row of <c>cost-sharing.csv</c>).</summary>
/// <param name="PayerIso3">Country paying.</param>
/// <param name="FiscalYear">The payer's fiscal year.</param>
/// <param name="Measure">What the amount is.</param>
/// <param name="Amount">Amount in currency units (not millions), exact as written.</param>
/// <param name="Currency">Currency.</param>
/// <param name="FigureKind">Agreed, budgeted or executed.</param>
/// <param name="AgreementId">The agreement that set it, if any.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record CostSharingPayment(
    string PayerIso3, int FiscalYear, CostSharingMeasure Measure, decimal Amount, CurrencyCode Currency, CostFigureKind FigureKind,
    string? AgreementId, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class CostSharingTable
{
    public const string Resource = "cost-sharing";

    public static IReadOnlyList<CostSharingPayment> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new CostSharingPayment(
            r.RequiredText("payer_iso3"), r.RequiredInt32("fiscal_year"), r.Code("measure", CostSharingCodes.Measure), r.RequiredDecimal("amount"),
            r.Code("currency", CostSharingCodes.Currency), r.Code("figure_kind", CostSharingCodes.FigureKind), r.Text("agreement_id"),
            r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<CostSharingPayment>().ToList();
}
