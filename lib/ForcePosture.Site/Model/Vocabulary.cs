using ForcePosture.Analyses;
using ForcePosture.Tables;
using ForcePosture.Translations;

namespace ForcePosture.Site.Model;

/// <summary>
/// The data's controlled vocabulary (instrument types, statuses, roles, kinds of site and facility) as words of a page's
/// language. English labels are the figures' own; their Korean comes from the figures' translation table
/// (<c>notebooks/translations/ko.csv</c>), so that a term reads the same in a figure and on the site.
/// </summary>
public sealed class Vocabulary
{
    private readonly TranslationTable table;
    private readonly SiteLanguage language;
    private readonly Dictionary<string, string> translated = new(StringComparer.Ordinal);

    /// <summary>The vocabulary of a language, translated with <paramref name="table"/>.</summary>
    public Vocabulary(TranslationTable table, SiteLanguage language)
    {
        this.table = table;
        this.language = language;
    }

    /// <summary>An instrument type.</summary>
    public string Of(InstrumentType type) => Translate(QuasiForcePosture.Label(type));

    /// <summary>One of the Asan report's kinds.</summary>
    public string Of(AsanKind kind) => Translate(AsanKinds.Label(kind));

    /// <summary>A status of an arrangement.</summary>
    public string Of(AgreementStatus status) => Translate(status switch
    {
        AgreementStatus.UnderNegotiation => "Under negotiation",
        AgreementStatus.Announced => "Announced",
        AgreementStatus.Signed => "Signed",
        AgreementStatus.InForce => "In force",
        AgreementStatus.Operating => "Operating",
        AgreementStatus.Suspended => "Suspended",
        AgreementStatus.Ended => "Ended",
        AgreementStatus.Superseded => "Superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    });

    /// <summary>A party's role.</summary>
    public string Of(PartyRole role) => Translate(role switch
    {
        PartyRole.Party => "Party",
        PartyRole.Host => "Host",
        PartyRole.User => "User",
        PartyRole.Provider => "Provider",
        PartyRole.Recipient => "Recipient",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    });

    /// <summary>A kind of access site.</summary>
    public string Of(SiteType type) => Translate(type switch
    {
        SiteType.AirBase => "Air base",
        SiteType.NavalBase => "Naval base",
        SiteType.ArmyBase => "Army base",
        SiteType.TrainingArea => "Training area",
        SiteType.Port => "Port",
        SiteType.Airport => "Airport",
        SiteType.LogisticsHub => "Logistics hub",
        SiteType.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown site type"),
    });

    /// <summary>A facility's capability.</summary>
    public string Of(IndustrialCapability capability) => Translate(capability switch
    {
        IndustrialCapability.ShipRepair => "Ship repair",
        IndustrialCapability.Shipbuilding => "Shipbuilding",
        IndustrialCapability.ArmouredVehicles => "Armoured vehicles",
        IndustrialCapability.Munitions => "Munitions",
        IndustrialCapability.AircraftMaintenance => "Aircraft maintenance",
        IndustrialCapability.Missiles => "Missiles",
        IndustrialCapability.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(capability), capability, "unknown capability"),
    });

    /// <summary>A facility's status.</summary>
    public string Of(FacilityStatus status) => Translate(status switch
    {
        FacilityStatus.Announced => "Announced",
        FacilityStatus.UnderConstruction => "Under construction",
        FacilityStatus.Operating => "Operating",
        FacilityStatus.Ended => "Ended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown facility status"),
    });

    /// <summary>The kind of figure a deployment row gives.</summary>
    public string Of(DeploymentFigureKind kind) => Translate(DeploymentCodes.FigureKind.ToCode(kind));

    /// <summary>How a garrison's source states its personnel figure.</summary>
    public string Of(GarrisonFigureKind kind) => Translate(kind switch
    {
        GarrisonFigureKind.Stated => "stated",
        GarrisonFigureKind.Approximate => "approximate",
        GarrisonFigureKind.LowerBound => "lower bound",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown garrison figure kind"),
    });

    /// <summary>What a garrison's personnel figure counts.</summary>
    public string Of(PersonnelScope scope) => Translate(scope switch
    {
        PersonnelScope.Military => "military only",
        PersonnelScope.MilitaryAndCivilian => "military and civilian",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown personnel scope"),
    });

    /// <summary>Every label of the vocabulary that has no Korean in the table (the build refuses to start while any is missing,
    /// so that one run names all of them).</summary>
    public static IReadOnlyList<string> Untranslated(TranslationTable table)
    {
        var english = new Vocabulary(table, SiteLanguage.English);
        var labels = Enum.GetValues<InstrumentType>().Select(english.Of)
            .Concat(Enum.GetValues<AsanKind>().Select(english.Of)).Concat(Enum.GetValues<AgreementStatus>().Select(english.Of))
            .Concat(Enum.GetValues<PartyRole>().Select(english.Of)).Concat(Enum.GetValues<SiteType>().Select(english.Of))
            .Concat(Enum.GetValues<IndustrialCapability>().Select(english.Of)).Concat(Enum.GetValues<FacilityStatus>().Select(english.Of))
            .Concat(Enum.GetValues<DeploymentFigureKind>().Select(english.Of))
            .Concat(Enum.GetValues<GarrisonFigureKind>().Select(english.Of)).Concat(Enum.GetValues<PersonnelScope>().Select(english.Of));
        return labels.Distinct(StringComparer.Ordinal).Where(l => !table.TryTranslate(l, out _)).ToList();
    }

    /// <summary>An English label in the page's language.</summary>
    /// <exception cref="InvalidOperationException">Korean is asked for and the translation table has no row for the label.</exception>
    public string Translate(string english)
    {
        if (language == SiteLanguage.English) return english;
        if (translated.TryGetValue(english, out var known)) return known;
        return table.TryTranslate(english, out var korean)
            ? translated[english] = korean
            : throw new InvalidOperationException($"{TranslationTable.RelativePath}: no Korean for \"{english}\", which the site's Korean pages need; add a row (english,korean) for it");
    }
}
