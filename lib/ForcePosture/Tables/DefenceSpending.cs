namespace ForcePosture.Tables;

/// <summary>SIPRI's marker for a military-expenditure value (<c>*_status</c> columns of <c>defence-spending</c>).</summary>
public enum SipriMarker
{
    /// <summary>ok: a value without marker.</summary>
    Ok,
    /// <summary>estimate: SIPRI estimate.</summary>
    Estimate,
    /// <summary>uncertain: highly uncertain data.</summary>
    Uncertain,
    /// <summary>no_data: SIPRI has no value (the value cell is empty).</summary>
    NoData,
}

/// <summary>CSV codes of <see cref="SipriMarker"/>.</summary>
public static class SpendingCodes
{
    /// <summary>The marker vocabulary.</summary>
    public static CodeMap<SipriMarker> Marker { get; } = new(
        ("ok", SipriMarker.Ok), ("estimate", SipriMarker.Estimate), ("uncertain", SipriMarker.Uncertain), ("no_data", SipriMarker.NoData));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this SipriMarker value) => Marker.ToCode(value);
}

/// <summary>Military expenditure of one country in one year (a row of <c>defence-spending.csv</c>, SIPRI data).</summary>
/// <param name="Iso3">Country.</param>
/// <param name="Year">Calendar year (US fiscal year for the USA, as SIPRI presents it).</param>
/// <param name="Constant2023UsdMillions">Millions of constant 2023 US dollars.</param>
/// <param name="Constant2023UsdMillionsStatus">SIPRI's marker for it.</param>
/// <param name="CurrentUsdMillions">Millions of current US dollars.</param>
/// <param name="CurrentUsdMillionsStatus">SIPRI's marker for it.</param>
/// <param name="ShareOfGdpPercent">Share of GDP, percent.</param>
/// <param name="ShareOfGdpPercentStatus">SIPRI's marker for it.</param>
/// <param name="SipriNotes">SIPRI's footnotes for this country and year.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record DefenceSpendingValue(
    string Iso3, int Year, double? Constant2023UsdMillions, SipriMarker Constant2023UsdMillionsStatus, double? CurrentUsdMillions,
    SipriMarker CurrentUsdMillionsStatus, double? ShareOfGdpPercent, SipriMarker ShareOfGdpPercentStatus, string? SipriNotes,
    string? Notes, Provenance Provenance) : IHasProvenance;

internal static class DefenceSpendingTable
{
    public const string Resource = "defence-spending";

    public static IReadOnlyList<DefenceSpendingValue> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new DefenceSpendingValue(
            r.RequiredText("iso3"), r.RequiredInt32("year"),
            r.Double("constant_2023_usd_m"), r.Code("constant_2023_usd_m_status", SpendingCodes.Marker),
            r.Double("current_usd_m"), r.Code("current_usd_m_status", SpendingCodes.Marker),
            r.Double("share_of_gdp_pct"), r.Code("share_of_gdp_pct_status", SpendingCodes.Marker),
            r.Text("sipri_notes"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<DefenceSpendingValue>().ToList();
}
