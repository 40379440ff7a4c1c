using ForcePosture.Networks;
using ForcePosture.Tables;
using ForcePosture.Tests.DataLayer;
using static ForcePosture.Tests.Networks.NetworkGenerators;

namespace ForcePosture.Tests.Networks;

public class NetworkExampleTests
{
    [Fact]
    public void Activity_follows_start_and_end_years_as_of_31_December()
    {
        var a = MakeAgreement("a", InstrumentType.LogisticsAgreement, new PartialDate(2000, 5), new PartialDate(2001), new PartialDate(2010, 3, 1));
        Assert.False(AgreementActivity.IsActiveIn(a, 1999));
        Assert.True(AgreementActivity.IsActiveIn(a, 2000));
        Assert.True(AgreementActivity.IsActiveIn(a, 2009));
        Assert.False(AgreementActivity.IsActiveIn(a, 2010));
        var announcedOnly = MakeAgreement("b", InstrumentType.LogisticsAgreement, null, null, null);
        Assert.Null(AgreementActivity.StartYear(announcedOnly));
        Assert.False(AgreementActivity.IsActiveIn(announcedOnly, 2030));
    }

    [Fact]
    public void A_superseded_agreement_without_an_end_date_ends_when_its_successor_starts()
    {
        var successor = MakeAgreement("new", InstrumentType.HostNationSupportAgreement, new PartialDate(2014, 2, 2), null, null);
        var old = MakeAgreement("old", InstrumentType.HostNationSupportAgreement, new PartialDate(2009), null, null)
            with { Status = AgreementStatus.Superseded, SupersededBy = "new" };
        var all = new[] { old, successor };
        Assert.Equal(2014, AgreementActivity.EndYear(old, AgreementActivity.IndexById(all)));
        Assert.Equal(["old"], AgreementActivity.ActiveIn(all, 2013).Select(a => a.Id));
        Assert.Equal(["new"], AgreementActivity.ActiveIn(all, 2014).Select(a => a.Id));
        Assert.Equal(1, AgreementActivity.ActiveByYearAndType(all, 2014, 2014).Sum(c => c.Count));
        // Judged from its own dates alone, the old agreement has no end.
        Assert.True(AgreementActivity.IsActiveIn(old, 2014));
    }

    [Fact]
    public void Fixture_network_in_2023()
    {
        var data = ForcePostureData.LoadStrict(FixturePackage.ValidDirectory);
        // Active at the end of 2023 in the fixture: usa-jpn treaty (USA-JPN), aus-jpn RAA (AUS-JPN), the trilateral
        // (AUS-JPN-USA), usa-phl-new (PHL-USA). Ended: usa-phl-old (1991). Not started: gbr-jpn negotiation.
        Assert.Equal(
            ["usa-jpn-fixture-treaty", "aus-jpn-fixture-raa", "aus-jpn-usa-fixture-trilateral", "usa-phl-fixture-new"],
            AgreementActivity.ActiveIn(data.Agreements, 2023).Select(a => a.Id));
        var network = SecurityTieNetwork.ForYear(data.Agreements, data.AgreementParties, 2023);
        Assert.Equal(["AUS", "JPN", "PHL", "USA"], network.Countries);
        Assert.Equal(4, network.TieCount); // AUS-JPN, AUS-USA, JPN-USA, PHL-USA
        Assert.Equal(2, network.Weight("JPN", "AUS"));
        Assert.Equal(2, network.Weight("USA", "JPN"));
        Assert.Equal(1, network.Weight("PHL", "USA"));
        Assert.Equal(0, network.Weight("PHL", "JPN"));
        Assert.Equal(3, network.Degree("USA"));
        Assert.Equal(4, network.Strength("USA")); // JPN 2 + AUS 1 + PHL 1
        Assert.Equal(4 / 6.0, network.Density, 12);
        Assert.Equal(0.75, network.ShareOfTiesInvolving("USA"));
        Assert.Equal(4 / 6.0, network.WeightedShareOfTiesInvolving("USA")!.Value, 12); // (2 + 1 + 1) of 6
        // USA lies on the only shortest paths PHL-AUS and PHL-JPN: 2 of the 3 pairs without it.
        Assert.Equal(2 / 3.0, network.BetweennessCentrality()["USA"], 12);
        Assert.Equal(0, network.BetweennessCentrality()["JPN"], 12);
        Assert.Equal(1.0, network.DegreeCentrality()["USA"]);

        var quasi = SecurityTieNetwork.ForYear(data.Agreements, data.AgreementParties, 2023, a => a.QuasiForcePosture);
        Assert.Equal(4, quasi.TieCount); // RAA, trilateral and usa-phl-new are quasi-force posture rows in the fixture
        Assert.Equal(1, quasi.Weight("JPN", "USA"));
    }

    [Fact]
    public void Betweenness_of_a_star_centre_is_1_and_of_a_leaf_0()
    {
        var star = SecurityTieNetwork.FromMemberships([("a", ["USA", "JPN"]), ("b", ["USA", "KOR"]), ("c", ["USA", "AUS"]), ("d", ["USA", "PHL"])]);
        var betweenness = star.BetweennessCentrality();
        Assert.Equal(1.0, betweenness["USA"], 12);
        Assert.Equal(0.0, betweenness["JPN"], 12);
        Assert.Equal(0.4, star.Density, 12); // 4 ties of 10 possible
    }

    [Fact]
    public void Counts_of_new_agreements_by_year_and_type()
    {
        var data = ForcePostureData.LoadStrict(FixturePackage.ValidDirectory);
        Assert.Equal(
            [
                new YearTypeCount(1947, InstrumentType.AccessOrBasingAgreement, 1),
                new YearTypeCount(1960, InstrumentType.MutualDefenceTreaty, 1),
                new YearTypeCount(2006, InstrumentType.MinilateralFramework, 1),
                new YearTypeCount(2014, InstrumentType.AccessOrBasingAgreement, 1),
                new YearTypeCount(2022, InstrumentType.ReciprocalAccessAgreement, 1),
            ],
            AgreementActivity.NewByYearAndType(data.Agreements));
        var active1990 = AgreementActivity.ActiveByYearAndType(data.Agreements, 1990, 1990);
        Assert.Equal(Enum.GetValues<InstrumentType>().Length, active1990.Count);
        Assert.Equal(1, active1990.Single(c => c.Type == InstrumentType.AccessOrBasingAgreement).Count);
        Assert.Equal(1, active1990.Single(c => c.Type == InstrumentType.MutualDefenceTreaty).Count);
        Assert.Equal(2, active1990.Sum(c => c.Count));
    }

    [Fact]
    public void A_network_cannot_be_changed_through_what_it_exposes()
    {
        var ids = new List<string> { "a", "b" };
        var network = SecurityTieNetwork.FromMemberships([("a", ["JPN", "USA"]), ("b", ["JPN", "USA"]), ("c", ["AUS", "USA"])]);
        Assert.Equal(2, network.Degree("USA"));

        // The graph (whose edges and tags can be changed) is not public; what is public refuses changes.
        Assert.Null(typeof(SecurityTieNetwork).GetProperty("Graph"));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)network.Degrees)["USA"] = 99);
        Assert.Throws<NotSupportedException>(() => ((ICollection<CountryTie>)network.Ties).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<string>)network.Countries).Clear());
        var tie = network.Ties.Single(t => t.A == "JPN" && t.B == "USA");
        Assert.Equal(["a", "b"], tie.Tie.AgreementIds);
        Assert.Throws<NotSupportedException>(() => ((ICollection<string>)tie.Tie.AgreementIds).Clear());

        // A tie built from a caller's list keeps its own copy.
        var own = new SecurityTie(ids);
        ids.Add("later");
        Assert.Equal(2, own.Weight);
        Assert.Equal(2, network.Degree("USA"));
        Assert.Equal(3, network.Strength("USA"));
    }
}
