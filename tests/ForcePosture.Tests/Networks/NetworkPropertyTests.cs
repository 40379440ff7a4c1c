using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Networks;
using static ForcePosture.Tests.Networks.NetworkGenerators;

namespace ForcePosture.Tests.Networks;

/// <summary>
/// Invariants of agreement activity and of the tie network. Why each can fail:
/// <list type="bullet">
/// <item>Growth: if <see cref="AgreementActivity.IsActiveIn"/> kept an agreement active through its end year (<c>ended.Year ≥ Y</c>
/// instead of <c>&gt; Y</c>), an agreement ending in y1 would be active in y1 and not in y2 although nothing ended in (y1, y2],
/// and the property fails; so it does if the generator's precondition is dropped (any agreement ending between the years
/// falsifies it).</item>
/// <item>Symmetry and weights: an edge added only from one side, or a weight counting an agreement twice (duplicate parties),
/// makes a neighbour list or a weight disagree with the brute-force count from the memberships.</item>
/// <item>Handshake: degrees counted from one end of each edge only (Source, say) sum to E, not 2E; degrees taken as distinct
/// neighbours disagree with the edge count once a self-tie exists.</item>
/// <item>Density and centralities: with self-ties (a country listed twice in one agreement, not de-duplicated) density exceeds 1
/// on small networks; checked by mutation: removing the de-duplication made this property and the symmetry/weight property fail
/// within a few cases, and keeping agreements active through their end year made the growth property fail.</item>
/// </list>
/// </summary>
public class NetworkPropertyTests
{
    [Property]
    public Property Active_set_only_grows_between_two_years_when_nothing_ended_in_between() =>
        Prop.ForAll(Arb.From(Agreements), Arb.From(Gen.Choose(1950, 2030)), Arb.From(Gen.Choose(0, 30)), (agreements, y1, gap) =>
        {
            var y2 = y1 + gap;
            var nothingEnded = agreements.All(a => a.Ended is not { } e || e.Year <= y1 || e.Year > y2);
            var before = AgreementActivity.ActiveIn(agreements, y1).Select(a => a.Id).ToHashSet();
            var after = AgreementActivity.ActiveIn(agreements, y2).Select(a => a.Id).ToHashSet();
            return Prop.When(nothingEnded, () => before.IsSubsetOf(after));
        });

    [Property]
    public Property Active_counts_by_type_add_up_to_the_active_set() =>
        Prop.ForAll(Arb.From(Agreements), Arb.From(Gen.Choose(1950, 2030)), (agreements, year) =>
            AgreementActivity.ActiveByYearAndType(agreements, year, year).Sum(c => c.Count) == AgreementActivity.ActiveIn(agreements, year).Count);

    [Property]
    public Property Network_is_symmetric_and_weights_count_shared_agreements() =>
        Prop.ForAll(Arb.From(Memberships), memberships =>
        {
            var network = SecurityTieNetwork.FromMemberships(memberships);
            var symmetric = network.Countries.All(a => network.Neighbours(a).All(b => network.Neighbours(b).Contains(a) && network.Weight(a, b) == network.Weight(b, a)));
            var weightsRight = Pool.All(a => Pool.All(b =>
                a == b || network.Weight(a, b) == memberships.Count(m => m.Parties.Contains(a) && m.Parties.Contains(b))));
            return symmetric && weightsRight;
        });

    [Property]
    public Property Degrees_sum_to_twice_the_edge_count() =>
        Prop.ForAll(Arb.From(Memberships), memberships =>
        {
            var network = SecurityTieNetwork.FromMemberships(memberships);
            return network.Degrees.Values.Sum() == 2 * network.TieCount;
        });

    [Property]
    public Property Density_and_centralities_lie_within_0_and_1() =>
        Prop.ForAll(Arb.From(Memberships), memberships =>
        {
            var network = SecurityTieNetwork.FromMemberships(memberships);
            bool Unit(double x) => x is >= 0 and <= 1 + 1e-12;
            return Unit(network.Density)
                && network.DegreeCentrality().Values.All(Unit)
                && network.BetweennessCentrality().Values.All(Unit)
                && (network.ShareOfTiesInvolving("USA") is not { } share || Unit(share))
                && (network.WeightedShareOfTiesInvolving("USA") is not { } weighted || Unit(weighted));
        });
}
