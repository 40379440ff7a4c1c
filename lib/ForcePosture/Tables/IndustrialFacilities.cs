
namespace ForcePosture.Tables;

/// <summary>What a facility does (<c>industrial-facilities.capability</c>).</summary>
public enum IndustrialCapability
{
    /// <summary>ship-repair</summary>
    ShipRepair,
    /// <summary>shipbuilding</summary>
    Shipbuilding,
    /// <summary>armoured-vehicles</summary>
    ArmouredVehicles,
    /// <summary>munitions</summary>
    Munitions,
    /// <summary>aircraft-maintenance</summary>
    AircraftMaintenance,
    /// <summary>missiles</summary>
    Missiles,
    /// <summary>other</summary>
    Other,
}

/// <summary>Status of a facility as of the as-of date (<c>industrial-facilities.status</c>).</summary>
public enum FacilityStatus
{
    /// <summary>announced</summary>
    Announced,
    /// <summary>under-construction</summary>
    UnderConstruction,
    /// <summary>operating</summary>
    Operating,
    /// <summary>ended</summary>
    Ended,
}

/// <summary>CSV codes of <see cref="IndustrialCapability"/> and <see cref="FacilityStatus"/>.</summary>
public static class FacilityCodes
{
    /// <summary>The <c>industrial-facilities.capability</c> vocabulary.</summary>
    public static CodeMap<IndustrialCapability> Capability { get; } = new(
        ("ship-repair", IndustrialCapability.ShipRepair), ("shipbuilding", IndustrialCapability.Shipbuilding),
        ("armoured-vehicles", IndustrialCapability.ArmouredVehicles), ("munitions", IndustrialCapability.Munitions),
        ("aircraft-maintenance", IndustrialCapability.AircraftMaintenance), ("missiles", IndustrialCapability.Missiles),
        ("other", IndustrialCapability.Other));

    /// <summary>The <c>industrial-facilities.status</c> vocabulary.</summary>
    public static CodeMap<FacilityStatus> Status { get; } = new(
        ("announced", FacilityStatus.Announced), ("under-construction", FacilityStatus.UnderConstruction),
        ("operating", FacilityStatus.Operating), ("ended", FacilityStatus.Ended));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this IndustrialCapability value) => Capability.ToCode(value);

    /// <summary>The CSV code.</summary>
    public static string ToCode(this FacilityStatus value) => Status.ToCode(value);
}

/// <summary>A cross-national defence-industrial facility or arrangement (a row of <c>industrial-facilities.csv</c>).</summary>
/// <param name="FacilityId">Stable id.</param>
/// <param name="Name">Facility or arrangement name.</param>
/// <param name="HostIso3">Country where it is.</param>
/// <param name="OwnerIso3">Country of the owning company or the served forces (see codebook).</param>
/// <param name="Company">Company involved, if recorded.</param>
/// <param name="Capability">What it does.</param>
/// <param name="ServesIso3">Armed forces served, if not the host's.</param>
/// <param name="Announced">Announced or contract awarded.</param>
/// <param name="Opened">Opened or first work performed.</param>
/// <param name="Ended">Closed or ended.</param>
/// <param name="Status">Status as of the as-of date.</param>
/// <param name="Latitude">Latitude, degrees, if recorded.</param>
/// <param name="Longitude">Longitude, degrees, if recorded.</param>
/// <param name="AgreementId">Related agreement, if any.</param>
/// <param name="Description">One sentence.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record IndustrialFacility(
    string FacilityId, string Name, string HostIso3, string OwnerIso3, string? Company, IndustrialCapability Capability, string? ServesIso3,
    PartialDate? Announced, PartialDate? Opened, PartialDate? Ended, FacilityStatus Status, double? Latitude, double? Longitude,
    string? AgreementId, string Description, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class IndustrialFacilitiesTable
{
    public const string Resource = "industrial-facilities";

    public static IReadOnlyList<IndustrialFacility> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new IndustrialFacility(
            r.RequiredText("facility_id"), r.RequiredText("name"), r.RequiredText("host_iso3"), r.RequiredText("owner_iso3"), r.Text("company"),
            r.Code("capability", FacilityCodes.Capability), r.Text("serves_iso3"), r.PartialDate("announced"), r.PartialDate("opened"),
            r.PartialDate("ended"), r.Code("status", FacilityCodes.Status), r.Double("lat"), r.Double("lon"), r.Text("agreement_id"),
            r.RequiredText("description"), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<IndustrialFacility>().ToList();
}
