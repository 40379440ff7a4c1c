using ForcePosture.Networks;
using ForcePosture.Tables;

namespace ForcePosture.Analyses;

/// <summary>Which date places a quasi-force posture initiative in a year.</summary>
public enum InitiativeDating
{
    /// <summary>
    /// The year it was concluded: <c>signed</c>, else <c>in_force</c> (the first arrival of a deployment, the opening of a base).
    /// This is <see cref="AgreementActivity.StartYear"/>: because the validator enforces signed ≤ in force, the earlier of the two
    /// is the signature when there is one. Rows only announced or under negotiation are not counted.
    /// </summary>
    Concluded,

    /// <summary>
    /// The year of its first public step: the earliest of <c>announced</c>, <c>signed</c> and <c>in_force</c>. Counts rows that
    /// are only announced or under negotiation too. Used to show how sensitive the trend is to the choice of date.
    /// </summary>
    FirstPublicStep,
}

/// <summary>The ways of counting a country's participation that the notebook compares (the codebook's judgement calls).</summary>
public enum ParticipationCount
{
    /// <summary>Every row flagged <c>quasi_force_posture</c>, the country in any role (party, host, user, provider, recipient).</summary>
    AsCoded,

    /// <summary>As coded, without defence-industrial partnerships.</summary>
    WithoutDefenceIndustrial,

    /// <summary>
    /// Without defence-industrial partnerships, and without rotational deployments in which the country only hosted another
    /// country's forces (port calls and exercise visits by European ships, for example).
    /// </summary>
    WithoutIndustrialOrHostedVisits,

    /// <summary>Reciprocal access, visiting forces and status-of-forces agreements only: the instruments a country signs itself.</summary>
    AccessAndStatusAgreementsOnly,
}

/// <summary>The number of new initiatives in a year and the running total.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="New">Initiatives dated to this year.</param>
/// <param name="Cumulative">Initiatives dated to this year or any earlier year (including years before the window).</param>
public sealed record YearTotal(int Year, int New, int Cumulative);

/// <summary>The number of initiatives of one type a country participates in.</summary>
/// <param name="Iso3">Country.</param>
/// <param name="Type">Instrument type.</param>
/// <param name="Count">Distinct initiatives.</param>
public sealed record CountryTypeCount(string Iso3, InstrumentType Type, int Count);

/// <summary>A country's count of initiatives under one way of counting.</summary>
/// <param name="Iso3">Country.</param>
/// <param name="Counting">Which rows count.</param>
/// <param name="Count">Distinct initiatives.</param>
public sealed record ParticipationCountRow(string Iso3, ParticipationCount Counting, int Count);

/// <summary>One agreement a country takes part in, for listing (e.g. South Korea's rows).</summary>
/// <param name="AgreementId">Agreement id.</param>
/// <param name="Name">Name.</param>
/// <param name="Type">Instrument type.</param>
/// <param name="Year">Year under the chosen dating, or null when not concluded.</param>
/// <param name="Roles">The country's roles, joined by "/".</param>
/// <param name="Partners">The other participants (ISO3), joined by ", ".</param>
/// <param name="Status">Status on the as-of date.</param>
/// <param name="QuasiForcePosture">The row's flag.</param>
public sealed record CountryAgreementRow(
    string AgreementId, string Name, InstrumentType Type, int? Year, string Roles, string Partners, AgreementStatus Status, bool QuasiForcePosture);

/// <summary>
/// Counting quasi-force posture initiatives (Asan Institute, Lee &amp; Dunay 2026): the rows of <c>agreements.csv</c> flagged
/// <c>quasi_force_posture</c>, by year, type and participating country. An initiative is counted once per year or per country
/// however many roles a country has in it.
/// </summary>
public static class QuasiForcePosture
{
    /// <summary>The rows flagged as quasi-force posture initiatives, in input order.</summary>
    public static IReadOnlyList<Agreement> Initiatives(IEnumerable<Agreement> agreements) =>
        agreements.Where(a => a.QuasiForcePosture).ToList();

    /// <summary>The year an agreement is dated to under <paramref name="dating"/>, or null when it has no such date.</summary>
    public static int? Year(Agreement agreement, InitiativeDating dating) => dating switch
    {
        InitiativeDating.Concluded => AgreementActivity.StartYear(agreement),
        InitiativeDating.FirstPublicStep => new[] { agreement.Announced, agreement.Signed, agreement.InForce }
            .Where(d => d is not null).Select(d => (int?)d!.Value.Year).Min(),
        _ => throw new ArgumentOutOfRangeException(nameof(dating), dating, "unknown dating rule"),
    };

    /// <summary>
    /// New initiatives per year and instrument type from <paramref name="firstYear"/> to <paramref name="lastYear"/>. Every type
    /// in <paramref name="types"/> appears in every year (0 when none), so stacked series have no gaps.
    /// </summary>
    public static IReadOnlyList<YearTypeCount> NewPerYearByType(
        IEnumerable<Agreement> initiatives, InitiativeDating dating, int firstYear, int lastYear, IReadOnlyList<InstrumentType> types)
    {
        var dated = initiatives.Select(a => (Year: Year(a, dating), a.InstrumentType)).Where(x => x.Year is not null).ToList();
        return Years(firstYear, lastYear)
            .SelectMany(y => types.Select(t => new YearTypeCount(y, t, dated.Count(x => x.Year == y && x.InstrumentType == t))))
            .ToList();
    }

    /// <summary>
    /// New initiatives per year and the running total, from <paramref name="firstYear"/> to <paramref name="lastYear"/>; the running
    /// total includes initiatives dated before <paramref name="firstYear"/>. Undated rows are not counted.
    /// </summary>
    public static IReadOnlyList<YearTotal> Cumulative(IEnumerable<Agreement> initiatives, InitiativeDating dating, int firstYear, int lastYear)
    {
        var years = initiatives.Select(a => Year(a, dating)).OfType<int>().ToList();
        return Years(firstYear, lastYear).Select(y => new YearTotal(y, years.Count(x => x == y), years.Count(x => x <= y))).ToList();
    }

    /// <summary>
    /// Initiatives dated from <paramref name="firstYear"/> to <paramref name="lastYear"/> per participating country and type (the
    /// country in any role), largest total first, then by ISO3; only non-zero combinations.
    /// </summary>
    public static IReadOnlyList<CountryTypeCount> ByCountryAndType(
        IEnumerable<Agreement> initiatives, IEnumerable<AgreementParty> parties, InitiativeDating dating, int firstYear, int lastYear)
    {
        var inWindow = InWindow(initiatives, dating, firstYear, lastYear).ToDictionary(a => a.Id);
        var pairs = parties.Where(p => inWindow.ContainsKey(p.AgreementId))
            .Select(p => (p.Iso3, p.AgreementId)).Distinct()
            .Select(p => (p.Iso3, Type: inWindow[p.AgreementId].InstrumentType)).ToList();
        var totals = pairs.GroupBy(p => p.Iso3).ToDictionary(g => g.Key, g => g.Count());
        return pairs.GroupBy(p => (p.Iso3, p.Type))
            .Select(g => new CountryTypeCount(g.Key.Iso3, g.Key.Type, g.Count()))
            .OrderByDescending(c => totals[c.Iso3]).ThenBy(c => c.Iso3, StringComparer.Ordinal).ThenBy(c => c.Type)
            .ToList();
    }

    /// <summary>
    /// For each country in <paramref name="countries"/> and each way of counting, the number of initiatives dated from
    /// <paramref name="firstYear"/> to <paramref name="lastYear"/> that it takes part in (ordered by counting, then country order).
    /// </summary>
    public static IReadOnlyList<ParticipationCountRow> CompareCountries(
        IEnumerable<Agreement> initiatives, IEnumerable<AgreementParty> parties, InitiativeDating dating, int firstYear, int lastYear,
        IReadOnlyList<string> countries)
    {
        var inWindow = InWindow(initiatives, dating, firstYear, lastYear);
        var roles = parties.GroupBy(p => (p.AgreementId, p.Iso3)).ToDictionary(g => g.Key, g => g.Select(p => p.Role).ToHashSet());
        return Enum.GetValues<ParticipationCount>()
            .SelectMany(counting => countries.Select(iso3 => new ParticipationCountRow(iso3, counting,
                inWindow.Count(a => roles.TryGetValue((a.Id, iso3), out var r) && Counts(a, r, counting)))))
            .ToList();
    }

    /// <summary>Whether an agreement in which a country has <paramref name="roles"/> counts under <paramref name="counting"/>.</summary>
    public static bool Counts(Agreement agreement, IReadOnlySet<PartyRole> roles, ParticipationCount counting) => counting switch
    {
        ParticipationCount.AsCoded => roles.Count > 0,
        ParticipationCount.WithoutDefenceIndustrial =>
            roles.Count > 0 && agreement.InstrumentType != InstrumentType.DefenceIndustrialPartnership,
        ParticipationCount.WithoutIndustrialOrHostedVisits =>
            roles.Count > 0 && agreement.InstrumentType != InstrumentType.DefenceIndustrialPartnership
            && !(agreement.InstrumentType == InstrumentType.RotationalDeployment && roles.All(r => r == PartyRole.Host)),
        ParticipationCount.AccessAndStatusAgreementsOnly =>
            roles.Count > 0 && agreement.InstrumentType is InstrumentType.ReciprocalAccessAgreement
                or InstrumentType.VisitingForcesAgreement or InstrumentType.StatusOfForcesAgreement,
        _ => throw new ArgumentOutOfRangeException(nameof(counting), counting, "unknown way of counting"),
    };

    /// <summary>
    /// Every agreement (flagged or not) in which <paramref name="iso3"/> takes part, optionally only those without the United
    /// States, ordered by year (undated last) then id: the rows a reader needs to judge a country's record.
    /// </summary>
    public static IReadOnlyList<CountryAgreementRow> AgreementsOf(
        string iso3, IEnumerable<Agreement> agreements, IEnumerable<AgreementParty> parties, InitiativeDating dating, bool withoutUnitedStates)
    {
        var byAgreement = parties.GroupBy(p => p.AgreementId).ToDictionary(g => g.Key, g => g.ToList());
        return agreements
            .Where(a => byAgreement.TryGetValue(a.Id, out var ps) && ps.Any(p => p.Iso3 == iso3)
                        && !(withoutUnitedStates && ps.Any(p => p.Iso3 == "USA")))
            .Select(a =>
            {
                var ps = byAgreement[a.Id];
                return new CountryAgreementRow(a.Id, a.Name, a.InstrumentType, Year(a, dating),
                    string.Join("/", ps.Where(p => p.Iso3 == iso3).Select(p => p.Role.ToCode()).Distinct()),
                    string.Join(", ", ps.Where(p => p.Iso3 != iso3).Select(p => p.Iso3).Distinct()),
                    a.Status, a.QuasiForcePosture);
            })
            .OrderBy(r => r.Year ?? int.MaxValue).ThenBy(r => r.AgreementId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A readable English label for an instrument type (sentence case), for legends and tables.</summary>
    public static string Label(InstrumentType type) => type switch
    {
        InstrumentType.MutualDefenceTreaty => "Mutual defence treaty",
        InstrumentType.StatusOfForcesAgreement => "Status of forces agreement",
        InstrumentType.VisitingForcesAgreement => "Visiting forces agreement",
        InstrumentType.ReciprocalAccessAgreement => "Reciprocal access agreement",
        InstrumentType.AccessOrBasingAgreement => "Access or basing agreement",
        InstrumentType.SecurityTreatyOrPact => "Security treaty or pact",
        InstrumentType.DefenceCooperationAgreement => "Defence cooperation agreement",
        InstrumentType.LogisticsAgreement => "Logistics agreement",
        InstrumentType.InformationSecurityAgreement => "Information security agreement",
        InstrumentType.MinilateralFramework => "Minilateral framework",
        InstrumentType.RotationalDeployment => "Rotational deployment",
        InstrumentType.DefenceIndustrialPartnership => "Defence-industrial partnership",
        InstrumentType.LandLease => "Land lease or land use",
        InstrumentType.SecurityAssistanceProgramme => "Security assistance programme",
        InstrumentType.HostNationSupportAgreement => "Host-nation support agreement",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown instrument type"),
    };

    /// <summary>A readable label for a way of counting participation.</summary>
    public static string Label(ParticipationCount counting) => counting switch
    {
        ParticipationCount.AsCoded => "All flagged initiatives (codebook rule)",
        ParticipationCount.WithoutDefenceIndustrial => "Without defence-industrial partnerships",
        ParticipationCount.WithoutIndustrialOrHostedVisits => "… and without hosting visiting deployments",
        ParticipationCount.AccessAndStatusAgreementsOnly => "Access, visiting and status agreements only",
        _ => throw new ArgumentOutOfRangeException(nameof(counting), counting, "unknown way of counting"),
    };

    private static List<Agreement> InWindow(IEnumerable<Agreement> initiatives, InitiativeDating dating, int firstYear, int lastYear) =>
        initiatives.Where(a => Year(a, dating) is { } y && y >= firstYear && y <= lastYear).ToList();

    private static IEnumerable<int> Years(int firstYear, int lastYear) =>
        Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1));
}
