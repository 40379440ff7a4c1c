using ForcePosture.Tables;
using Microsoft.Data.Analysis;

namespace ForcePosture.Interop;

/// <summary>
/// Every table as a Microsoft.Data.Analysis <see cref="DataFrame"/> with the schema's column names and explicit types: integers
/// as Int32 (population as Int64), numbers as Double (cost-sharing amounts as Decimal), booleans as Boolean, codes and partial
/// dates as their CSV text. Each frame ends with <c>source_id</c> (all source ids, ';'-separated) and <c>row</c> (<c>file:line</c>).
/// </summary>
public static class TableFrames
{
    private static DataFrameColumns<T> WithProvenance<T>(this DataFrameColumns<T> columns)
        where T : IHasProvenance =>
        columns.String("source_id", r => string.Join(";", r.Provenance.SourceIds)).String("row", r => r.Provenance.Location.ToString());

    /// <summary><c>sources</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Source> rows) => new DataFrameColumns<Source>()
        .String("source_id", r => r.Id).String("title", r => r.Title).String("author", r => r.Author).String("publisher", r => r.Publisher)
        .String("published", r => r.Published?.ToString()).String("url", r => r.Url).String("accessed", r => r.Accessed?.ToString("yyyy-MM-dd"))
        .String("licence", r => r.Licence).String("kind", r => r.Kind.ToCode()).String("quality", r => r.Quality.ToCode()).String("notes", r => r.Notes)
        .String("row", r => r.Provenance.Location.ToString())
        .Build(rows);

    /// <summary><c>countries</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Country> rows) => new DataFrameColumns<Country>()
        .String("iso3", r => r.Iso3).String("name_en", r => r.NameEn).String("name_ko", r => r.NameKo).String("region", r => r.Region.ToCode())
        .String("status", r => r.Status.ToCode()).Boolean("us_treaty_ally", r => r.UsTreatyAlly).String("us_treaty", r => r.UsTreaty)
        .Int32("us_treaty_year", r => r.UsTreatyYear).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>us-troops</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<UsTroopCount> rows) => new DataFrameColumns<UsTroopCount>()
        .String("iso3", r => r.Iso3).Int32("year", r => r.Year).String("report", r => r.Report).String("rule", r => r.Rule.ToCode())
        .Boolean("permanent_only", r => r.PermanentOnly).Int32("total", r => r.Total).Int32("army", r => r.Army).Int32("navy", r => r.Navy)
        .Int32("marine_corps", r => r.MarineCorps).Int32("air_force", r => r.AirForce).Int32("space_force", r => r.SpaceForce)
        .Int32("coast_guard", r => r.CoastGuard).String("correction", r => r.Correction).Boolean("estimate", r => r.Estimate)
        .String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>defence-spending</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<DefenceSpendingValue> rows) => new DataFrameColumns<DefenceSpendingValue>()
        .String("iso3", r => r.Iso3).Int32("year", r => r.Year)
        .Double("constant_2023_usd_m", r => r.Constant2023UsdMillions).String("constant_2023_usd_m_status", r => r.Constant2023UsdMillionsStatus.ToCode())
        .Double("current_usd_m", r => r.CurrentUsdMillions).String("current_usd_m_status", r => r.CurrentUsdMillionsStatus.ToCode())
        .Double("share_of_gdp_pct", r => r.ShareOfGdpPercent).String("share_of_gdp_pct_status", r => r.ShareOfGdpPercentStatus.ToCode())
        .String("sipri_notes", r => r.SipriNotes).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>population</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<PopulationCount> rows) => new DataFrameColumns<PopulationCount>()
        .String("iso3", r => r.Iso3).Int32("year", r => r.Year).Double("population", r => r.Persons).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>gdp</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<GdpValue> rows) => new DataFrameColumns<GdpValue>()
        .String("iso3", r => r.Iso3).Int32("year", r => r.Year).String("measure", r => r.Measure.ToCode()).Double("value", r => r.Dollars)
        .String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>us-bases</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<UsBase> rows) => new DataFrameColumns<UsBase>()
        .String("base_id", r => r.BaseId).String("iso3", r => r.Iso3).String("name", r => r.Name).Double("lat", r => r.Latitude)
        .Double("lon", r => r.Longitude).Boolean("major_base", r => r.MajorBase).Boolean("lily_pad", r => r.LilyPad)
        .Boolean("funded_site", r => r.FundedSite).String("snapshot", r => r.Snapshot.ToCode()).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>agreements</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Agreement> rows) => new DataFrameColumns<Agreement>()
        .String("agreement_id", r => r.Id).String("name", r => r.Name).String("instrument_type", r => r.InstrumentType.ToCode())
        .String("scope", r => r.Scope.ToCode()).Boolean("quasi_force_posture", r => r.QuasiForcePosture)
        .String("announced", r => r.Announced?.ToString()).String("signed", r => r.Signed?.ToString())
        .String("in_force", r => r.InForce?.ToString()).String("ended", r => r.Ended?.ToString()).String("status", r => r.Status.ToCode())
        .String("superseded_by", r => r.SupersededBy).String("description", r => r.Description).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>agreement-parties</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<AgreementParty> rows) => new DataFrameColumns<AgreementParty>()
        .String("agreement_id", r => r.AgreementId).String("iso3", r => r.Iso3).String("role", r => r.Role.ToCode()).String("notes", r => r.Notes)
        .WithProvenance()
        .Build(rows);

    /// <summary><c>access-sites</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<AccessSite> rows) => new DataFrameColumns<AccessSite>()
        .String("site_id", r => r.SiteId).String("name", r => r.Name).String("host_iso3", r => r.HostIso3).String("user_iso3", r => r.UserIso3)
        .String("agreement_id", r => r.AgreementId).String("site_type", r => r.SiteType.ToCode()).Double("lat", r => r.Latitude)
        .Double("lon", r => r.Longitude).String("coordinate_precision", r => r.CoordinatePrecision?.ToCode())
        .String("agreed", r => r.Agreed?.ToString()).String("ended", r => r.Ended?.ToString()).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>rotational-deployments</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<RotationalDeployment> rows) => new DataFrameColumns<RotationalDeployment>()
        .String("deployment_id", r => r.DeploymentId).String("name", r => r.Name).String("sender_iso3", r => r.SenderIso3)
        .String("host_iso3", r => r.HostIso3).String("agreement_id", r => r.AgreementId).Int32("year", r => r.Year)
        .Int32("personnel", r => r.Personnel).String("assets", r => r.Assets).String("figure_kind", r => r.FigureKind.ToCode())
        .String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>european-forces</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<EuropeanForce> rows) => new DataFrameColumns<EuropeanForce>()
        .String("force_id", r => r.ForceId).String("name", r => r.Name).String("sender_iso3", r => r.SenderIso3)
        .String("host_iso3", r => r.HostIso3).String("main_base", r => r.MainBase).Double("lat", r => r.Latitude).Double("lon", r => r.Longitude)
        .String("coordinate_precision", r => r.CoordinatePrecision?.ToCode()).Int32("personnel", r => r.Personnel)
        .String("personnel_scope", r => r.PersonnelScope?.ToCode()).String("figure_date", r => r.FigureDate?.ToString())
        .String("figure_kind", r => r.FigureKind?.ToCode()).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>industrial-facilities</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<IndustrialFacility> rows) => new DataFrameColumns<IndustrialFacility>()
        .String("facility_id", r => r.FacilityId).String("name", r => r.Name).String("host_iso3", r => r.HostIso3)
        .String("owner_iso3", r => r.OwnerIso3).String("company", r => r.Company).String("capability", r => r.Capability.ToCode())
        .String("serves_iso3", r => r.ServesIso3).String("announced", r => r.Announced?.ToString()).String("opened", r => r.Opened?.ToString())
        .String("ended", r => r.Ended?.ToString()).String("status", r => r.Status.ToCode()).Double("lat", r => r.Latitude)
        .Double("lon", r => r.Longitude).String("agreement_id", r => r.AgreementId).String("description", r => r.Description)
        .String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>cost-sharing</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<CostSharingPayment> rows) => new DataFrameColumns<CostSharingPayment>()
        .String("payer_iso3", r => r.PayerIso3).Int32("fiscal_year", r => r.FiscalYear).String("measure", r => r.Measure.ToCode())
        .Decimal("amount", r => r.Amount).String("currency", r => r.Currency.ToCode()).String("figure_kind", r => r.FigureKind.ToCode())
        .String("agreement_id", r => r.AgreementId).String("notes", r => r.Notes).WithProvenance()
        .Build(rows);

    /// <summary><c>exchange-rates</c> as a frame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<ConversionFactor> rows) => new DataFrameColumns<ConversionFactor>()
        .String("series", r => r.Series.ToCode()).Int32("year", r => r.Year).Double("value", r => r.Value).String("notes", r => r.Notes)
        .WithProvenance()
        .Build(rows);
}
