using ForcePosture.Networks;
using ForcePosture.Tables;

namespace ForcePosture.Analyses;

/// <summary>
/// Which agreements count as security ties, and whether an agreement of three or more members ties every pair of them.
/// </summary>
/// <param name="Name">Label for charts and tables.</param>
/// <param name="InstrumentTypes">The instrument types that count.</param>
/// <param name="MinilateralCreatesPairwiseTies">True: a minilateral or multilateral agreement ties every pair of its members
/// (as <see cref="SecurityTieNetwork"/> does). False: only agreements of two parties (scope us-bilateral or ally-bilateral) count.</param>
public sealed record TieRule(string Name, IReadOnlySet<InstrumentType> InstrumentTypes, bool MinilateralCreatesPairwiseTies)
{
    /// <summary>Every instrument type, minilaterals tying all member pairs.</summary>
    public static TieRule AllInstruments { get; } =
        new("All instruments", Enum.GetValues<InstrumentType>().ToHashSet(), true);

    /// <summary>
    /// The default: every instrument type except security-assistance programmes (one-way funding or equipment, some with open
    /// groups of recipients that would tie recipients to each other) and host-nation-support agreements (cost-sharing inside
    /// an alliance already counted through its treaty and status-of-forces agreement); minilaterals tie all member pairs.
    /// </summary>
    public static TieRule Default { get; } =
        new("Excluding assistance and cost-sharing",
            Enum.GetValues<InstrumentType>().Except([InstrumentType.SecurityAssistanceProgramme, InstrumentType.HostNationSupportAgreement]).ToHashSet(), true);

    /// <summary>The default's instrument types, but only two-party agreements: minilateral and multilateral formats create no ties.</summary>
    public static TieRule DefaultBilateralOnly { get; } = Default with { Name = "Excluding assistance and cost-sharing, two-party agreements only", MinilateralCreatesPairwiseTies = false };

    /// <summary>
    /// Only instruments with legal commitments or a physical presence: defence treaties and pacts, status-of-forces, visiting
    /// forces, reciprocal access, access or basing, rotational deployments and land leases (no dialogues, frameworks,
    /// logistics, information-security, industrial, assistance or cost-sharing instruments).
    /// </summary>
    public static TieRule TreatiesAndPresence { get; } =
        new("Treaties, status, access and presence only",
            new HashSet<InstrumentType>
            {
                InstrumentType.MutualDefenceTreaty, InstrumentType.SecurityTreatyOrPact, InstrumentType.StatusOfForcesAgreement,
                InstrumentType.VisitingForcesAgreement, InstrumentType.ReciprocalAccessAgreement, InstrumentType.AccessOrBasingAgreement,
                InstrumentType.RotationalDeployment, InstrumentType.LandLease,
            },
            true);

    /// <summary>True when the agreement counts under this rule.</summary>
    public bool Counts(Agreement agreement) =>
        InstrumentTypes.Contains(agreement.InstrumentType)
        && (MinilateralCreatesPairwiseTies || agreement.Scope is AgreementScope.UsBilateral or AgreementScope.AllyBilateral);
}

/// <summary>The network of one year under one rule, summarised.</summary>
/// <param name="Year">Year (state on 31 December).</param>
/// <param name="Rule">Tie rule name.</param>
/// <param name="Countries">Number of countries in the focus set (isolated ones included).</param>
/// <param name="Ties">Number of ties (country pairs with at least one agreement).</param>
/// <param name="TotalWeight">Sum of tie weights (agreement-pairs).</param>
/// <param name="Density">Ties over possible pairs of the focus set, <c>2E / (N(N-1))</c>.</param>
/// <param name="HubTies">Ties involving the hub (the United States).</param>
/// <param name="SpokeTies">Ties not involving the hub.</param>
/// <param name="HubShareOfTies">HubTies / Ties; null without ties.</param>
/// <param name="HubShareOfWeight">Share of tie weight involving the hub; null without ties.</param>
/// <param name="HubBetweenness">The hub's normalised betweenness centrality.</param>
public sealed record NetworkSummary(
    int Year, string Rule, int Countries, int Ties, int TotalWeight, double Density, int HubTies, int SpokeTies,
    double? HubShareOfTies, double? HubShareOfWeight, double HubBetweenness);

/// <summary>One country's position in the network of a year.</summary>
/// <param name="Year">Year.</param>
/// <param name="Iso3">Country.</param>
/// <param name="Degree">Number of countries it has ties with.</param>
/// <param name="Strength">Sum of the weights of its ties.</param>
/// <param name="DegreeCentrality">Degree / (N - 1) over the focus set.</param>
/// <param name="Betweenness">Normalised betweenness centrality over the focus set.</param>
public sealed record CountryPosition(int Year, string Iso3, int Degree, int Strength, double DegreeCentrality, double Betweenness);

/// <summary>One tie of the network of a year.</summary>
/// <param name="Year">Year.</param>
/// <param name="A">First country (string order).</param>
/// <param name="B">Second country.</param>
/// <param name="Agreements">Number of agreements both are party to.</param>
/// <param name="InvolvesHub">True when one end is the hub.</param>
/// <param name="AgreementIds">The agreements, separated by spaces.</param>
public sealed record TieRecord(int Year, string A, string B, int Agreements, bool InvolvesHub, string AgreementIds);

/// <summary>
/// Security-tie networks among a fixed set of countries (the US, its allies and partners) year by year, built with
/// <see cref="SecurityTieNetwork"/> from the agreements active in each year (<see cref="AgreementActivity"/>). Parties outside the
/// focus set are dropped from each agreement (so an agreement between Australia and Papua New Guinea ties no one in a set
/// without Papua New Guinea), and every focus country is a vertex even without ties, so density and centralities are over the
/// same N in every year.
/// </summary>
public static class TieNetworks
{
    /// <summary>The hub of the hub-and-spoke system.</summary>
    public const string Hub = "USA";

    /// <summary>The network of the agreements active in <paramref name="year"/> that count under <paramref name="rule"/>, among <paramref name="countries"/>.</summary>
    /// <exception cref="ArgumentException">The focus set is empty or has duplicates.</exception>
    public static SecurityTieNetwork Build(
        IReadOnlyList<Agreement> agreements, IReadOnlyList<AgreementParty> parties, int year, TieRule rule, IReadOnlyCollection<string> countries)
    {
        if (countries.Count == 0 || countries.Distinct().Count() != countries.Count)
        {
            throw new ArgumentException("the focus set of countries must be non-empty and without duplicates", nameof(countries));
        }

        var focus = countries.ToHashSet();
        var active = AgreementActivity.ActiveIn(agreements, year).Where(rule.Counts).Select(a => a.Id).ToList();
        var partiesOf = parties.GroupBy(p => p.AgreementId)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(p => p.Iso3).Where(focus.Contains).Distinct().ToList());
        // One single-member "membership" per focus country makes it a vertex without creating any tie.
        var isolatedVertices = countries.Select(c => ($"(vertex {c})", (IReadOnlyCollection<string>)[c]));
        return SecurityTieNetwork.FromMemberships(
            active.Select(id => (id, partiesOf.GetValueOrDefault(id) ?? (IReadOnlyCollection<string>)[])).Concat(isolatedVertices));
    }

    /// <summary>Summary measures of a network built by <see cref="Build"/>.</summary>
    public static NetworkSummary Summarise(SecurityTieNetwork network, int year, TieRule rule)
    {
        var ties = network.Ties;
        var hubTies = ties.Count(t => t.Involves(Hub));
        return new NetworkSummary(
            year, rule.Name, network.Countries.Count, ties.Count, ties.Sum(t => t.Tie.Weight), network.Density, hubTies, ties.Count - hubTies,
            network.ShareOfTiesInvolving(Hub), network.WeightedShareOfTiesInvolving(Hub),
            network.BetweennessCentrality().GetValueOrDefault(Hub));
    }

    /// <summary>Every country's degree, strength and centralities, in string order of ISO3.</summary>
    public static IReadOnlyList<CountryPosition> Positions(SecurityTieNetwork network, int year)
    {
        var degreeCentrality = network.DegreeCentrality();
        var betweenness = network.BetweennessCentrality();
        return network.Countries.Select(c => new CountryPosition(
            year, c, network.Degree(c), network.Strength(c), degreeCentrality.GetValueOrDefault(c), betweenness.GetValueOrDefault(c))).ToList();
    }

    /// <summary>The ties, ordered by their two ends.</summary>
    public static IReadOnlyList<TieRecord> Ties(SecurityTieNetwork network, int year) =>
        network.Ties
            .Select(t => new TieRecord(year, t.A, t.B, t.Tie.Weight, t.Involves(Hub), string.Join(" ", t.Tie.AgreementIds)))
            .ToList();

    /// <summary>Summaries for every year from <paramref name="firstYear"/> to <paramref name="lastYear"/> under each rule.</summary>
    public static IReadOnlyList<NetworkSummary> SummariesByYear(
        IReadOnlyList<Agreement> agreements, IReadOnlyList<AgreementParty> parties, IEnumerable<TieRule> rules,
        IReadOnlyCollection<string> countries, int firstYear, int lastYear) =>
        rules.SelectMany(rule => Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1))
            .Select(year => Summarise(Build(agreements, parties, year, rule, countries), year, rule))).ToList();

    /// <summary>
    /// Positions on a circle for a deterministic drawing: the hub at the centre (0, 0), the other countries on the unit circle in
    /// the given order, starting at the top and going clockwise.
    /// </summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> HubAndRingLayout(IReadOnlyList<string> countries)
    {
        var ring = countries.Where(c => c != Hub).ToList();
        var layout = new Dictionary<string, (double X, double Y)>();
        if (countries.Contains(Hub))
        {
            layout[Hub] = (0, 0);
        }

        for (var i = 0; i < ring.Count; i++)
        {
            var angle = Math.PI / 2 - 2 * Math.PI * i / ring.Count;
            layout[ring[i]] = (Math.Round(Math.Cos(angle), 12), Math.Round(Math.Sin(angle), 12));
        }

        return layout;
    }
}
