namespace ForcePosture.Tables;

/// <summary>How a country-year troop figure was chosen from the reports (<c>us-troops.rule</c>; see the codebook).</summary>
public enum TroopFigureRule
{
    /// <summary>september-report</summary>
    SeptemberReport,
    /// <summary>latest-report-in-year</summary>
    LatestReportInYear,
    /// <summary>only-report-in-year</summary>
    OnlyReportInYear,
    /// <summary>compiler-annual-value</summary>
    CompilerAnnualValue,
    /// <summary>interpolated-by-compiler</summary>
    InterpolatedByCompiler,
    /// <summary>external-source</summary>
    ExternalSource,
}

/// <summary>CSV codes of <see cref="TroopFigureRule"/>.</summary>
public static class TroopCodes
{
    /// <summary>The <c>us-troops.rule</c> vocabulary.</summary>
    public static CodeMap<TroopFigureRule> Rule { get; } = new(
        ("september-report", TroopFigureRule.SeptemberReport), ("latest-report-in-year", TroopFigureRule.LatestReportInYear),
        ("only-report-in-year", TroopFigureRule.OnlyReportInYear), ("compiler-annual-value", TroopFigureRule.CompilerAnnualValue),
        ("interpolated-by-compiler", TroopFigureRule.InterpolatedByCompiler), ("external-source", TroopFigureRule.ExternalSource));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this TroopFigureRule value) => Rule.ToCode(value);
}

/// <summary>US active-duty personnel in one host country in one year (a row of <c>us-troops.csv</c>). Counts are persons.</summary>
/// <param name="Iso3">Host country or territory.</param>
/// <param name="Year">Calendar year of the report.</param>
/// <param name="Report">Which report the value is from (e.g. <c>2000-09</c>) or <c>imputed</c>.</param>
/// <param name="Rule">How the year's value was chosen.</param>
/// <param name="PermanentOnly">True from December 2017, when reports count only permanently assigned personnel.</param>
/// <param name="Total">Total active-duty personnel.</param>
/// <param name="Army">Army.</param>
/// <param name="Navy">Navy.</param>
/// <param name="MarineCorps">Marine Corps.</param>
/// <param name="AirForce">Air Force.</param>
/// <param name="SpaceForce">Space Force.</param>
/// <param name="CoastGuard">Coast Guard.</param>
/// <param name="Correction">Id of the documented correction applied, if any.</param>
/// <param name="Estimate">True when the value is an estimate.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record UsTroopCount(
    string Iso3, int Year, string Report, TroopFigureRule Rule, bool PermanentOnly, int? Total, int? Army, int? Navy, int? MarineCorps,
    int? AirForce, int? SpaceForce, int? CoastGuard, string? Correction, bool Estimate, string? Notes, Provenance Provenance) : IHasProvenance
{
    /// <summary>The service figures that are given, by field name.</summary>
    public IEnumerable<(string Field, int Value)> GivenServices()
    {
        (string, int?)[] services =
        [
            ("army", Army), ("navy", Navy), ("marine_corps", MarineCorps), ("air_force", AirForce), ("space_force", SpaceForce), ("coast_guard", CoastGuard),
        ];
        return services.Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!.Value));
    }
}

internal static class UsTroopsTable
{
    public const string Resource = "us-troops";

    public static IReadOnlyList<UsTroopCount> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new UsTroopCount(
            r.RequiredText("iso3"), r.RequiredInt32("year"), r.RequiredText("report"), r.Code("rule", TroopCodes.Rule),
            r.RequiredBoolean("permanent_only"), r.Int32("total"), r.Int32("army"), r.Int32("navy"), r.Int32("marine_corps"),
            r.Int32("air_force"), r.Int32("space_force"), r.Int32("coast_guard"), r.Text("correction"), r.RequiredBoolean("estimate"),
            r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<UsTroopCount>().ToList();
}
