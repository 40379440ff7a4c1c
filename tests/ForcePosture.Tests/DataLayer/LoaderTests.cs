using ForcePosture.Tables;
using ForcePosture.Validation;

namespace ForcePosture.Tests.DataLayer;

public class LoaderTests
{
    private static readonly Dataset Fixture = ForcePostureData.Load(FixturePackage.ValidDirectory);

    [Fact]
    public void Valid_fixture_has_no_diagnostics()
    {
        Assert.Empty(Fixture.Diagnostics.Select(d => d.ToString()));
        Assert.True(Fixture.IsValid);
    }

    [Fact]
    public void Every_fixture_row_becomes_a_record()
    {
        // Counts are the data rows of each fixture file (a quoted multi-line field is one row).
        Assert.Equal(3, Fixture.Sources.Count);
        Assert.Equal(7, Fixture.Countries.Count);
        Assert.Equal(5, Fixture.UsTroops.Count);
        Assert.Equal(5, Fixture.DefenceSpending.Count);
        Assert.Equal(4, Fixture.Population.Count);
        Assert.Equal(4, Fixture.Gdp.Count);
        Assert.Equal(2, Fixture.UsBases.Count);
        Assert.Equal(6, Fixture.Agreements.Count);
        Assert.Equal(13, Fixture.AgreementParties.Count);
        Assert.Equal(2, Fixture.AccessSites.Count);
        Assert.Equal(3, Fixture.RotationalDeployments.Count);
        Assert.Equal(2, Fixture.EuropeanForces.Count);
        Assert.Equal(2, Fixture.IndustrialFacilities.Count);
        Assert.Equal(3, Fixture.CostSharing.Count);
        Assert.Equal(3, Fixture.ExchangeRates.Count);
        Assert.Equal(Fixture.Summaries.Select(s => s.Rows), new[] { 3, 7, 5, 5, 4, 4, 2, 6, 13, 2, 3, 2, 2, 3, 3 });
    }

    [Fact]
    public void Typed_values_are_read_with_their_types_and_missing_values_stay_missing()
    {
        var jpn2021 = Fixture.UsTroops.Single(t => t.Iso3 == "JPN" && t.Year == 2021);
        Assert.Equal(110, jpn2021.Total);
        Assert.Null(jpn2021.SpaceForce);
        Assert.Equal(TroopFigureRule.SeptemberReport, jpn2021.Rule);
        Assert.True(jpn2021.PermanentOnly);

        var kor2021 = Fixture.DefenceSpending.Single(s => s.Iso3 == "KOR" && s.Year == 2021);
        Assert.Null(kor2021.Constant2023UsdMillions);
        Assert.Equal(SipriMarker.NoData, kor2021.Constant2023UsdMillionsStatus);
        Assert.Equal(1000.5, Fixture.DefenceSpending[0].Constant2023UsdMillions);

        var raa = Fixture.Agreements.Single(a => a.Id == "aus-jpn-fixture-raa");
        Assert.Equal(new PartialDate(2014), raa.Announced);
        Assert.Equal(DatePrecision.Year, raa.Announced!.Value.Precision);
        Assert.Equal(new PartialDate(2022, 1, 6), raa.Signed);
        Assert.Equal(InstrumentType.ReciprocalAccessAgreement, raa.InstrumentType);
        Assert.Equal(AgreementStatus.InForce, raa.Status);

        Assert.Equal(1_100_000_000m, Fixture.CostSharing[1].Amount);
        Assert.Equal(CurrencyCode.KRW, Fixture.CostSharing[1].Currency);
        Assert.Equal(new DateOnly(2026, 11, 25), Fixture.Sources[0].Accessed);
        Assert.Equal("호주", Fixture.Countries[0].NameKo);
        Assert.Equal(CountryStatus.UsTerritory, Fixture.Countries.Single(c => c.Iso3 == "GUM").Status);
    }

    [Fact]
    public void Records_carry_their_sources_and_file_line()
    {
        var raa = Fixture.Agreements.Single(a => a.Id == "aus-jpn-fixture-raa");
        Assert.Equal(["fixture-a", "fixture-b", "fixture-c"], raa.Provenance.SourceIds);
        Assert.Equal("agreements.csv:3", raa.Provenance.Location.ToString());

        // The record after a quoted two-line field starts two lines further down.
        Assert.Equal(6, Fixture.Agreements.Single(a => a.Id == "usa-phl-fixture-new").Provenance.Location.Line);
        Assert.Equal(8, Fixture.Agreements.Single(a => a.Id == "gbr-jpn-fixture-raa").Provenance.Location.Line);

        // Party rows have no source column: they carry the sources of their agreement.
        var party = Fixture.AgreementParties.First(p => p.AgreementId == "aus-jpn-fixture-raa");
        Assert.Equal(raa.Provenance.SourceIds, party.Provenance.SourceIds);
        Assert.Equal("agreement-parties.csv:4", party.Provenance.Location.ToString());
    }

    [Fact]
    public void Sources_line_lists_distinct_sources_in_order_of_first_citation()
    {
        var rows = Fixture.Agreements.Where(a => a.Id is "aus-jpn-usa-fixture-trilateral" or "aus-jpn-fixture-raa").Reverse();
        Assert.Equal(
            "Sources: TEST FIXTURE source B, with a comma (Fixture Author B, 2023); TEST FIXTURE source A (not a real document) (Fixture Publisher, 2024-05); TEST FIXTURE source C (Fixture Press).",
            Fixture.SourcesLine(rows).Text);
        Assert.Equal("https://example.org/fixture-c", Fixture.SourcesOf(Fixture.Gdp[3]).Single().Url);
    }

    [Fact]
    public void Sources_line_refuses_an_empty_set()
    {
        Assert.Throws<ArgumentException>(() => Fixture.SourcesLine([]));
    }

    [Fact]
    public void Sources_summary_counts_documents_and_names_the_publishers_cited_most_for_an_image_that_cannot_hold_them_all()
    {
        var rows = Fixture.Agreements.Where(a => a.Id is "aus-jpn-usa-fixture-trilateral" or "aus-jpn-fixture-raa");
        var line = Fixture.SourcesLine(rows);
        // One document each, so the publishers (the author where none is given) are in name order.
        Assert.Equal("Sources: 3 public documents, from Fixture Author B (1); Fixture Press (1); Fixture Publisher (1); all are listed in figures/01-x.json.",
            line.Summary("figures/01-x.json"));
        Assert.Equal(line.Text, line.ToString());
        Assert.Equal("Sources: 3 public documents, from Fixture Author B (1) and 2 other publishers; all are listed in f.json.",
            line.Summary("f.json", publishers: 1));
        Assert.Equal("Toy data.", ForcePosture.Figures.SourceLine.Uncited("Toy data.").Summary("f.json"));
    }

    [Fact]
    public void Strict_load_of_the_valid_fixture_returns_it()
    {
        Assert.Equal(6, ForcePostureData.LoadStrict(FixturePackage.ValidDirectory).Agreements.Count);
    }

    [Fact]
    public void Strict_load_throws_one_exception_listing_every_problem()
    {
        using var copy = FixturePackage.Copy()
            .ReplaceLine("population.csv", 2, "JPN,2020,-1000,fixture-a,Test fixture: toy values")
            .ReplaceLine("gdp.csv", 3, "JPN,2021,current_usd,lots,fixture-a,Test fixture: toy values");
        var e = Assert.Throws<DataValidationException>(() => ForcePostureData.LoadStrict(copy.Directory));
        Assert.Equal(2, e.Diagnostics.Count);
        Assert.Contains("population.csv:2:3: population -1000 is below the minimum 0", e.Message);
        Assert.Contains("gdp.csv:3:4: expected a number (digits with '.' as decimal point) for value, got 'lots'", e.Message);
    }

    [Fact]
    public void Default_data_directory_is_found_by_walking_up_to_data_datapackage_json()
    {
        var root = Path.Combine(Path.GetTempPath(), "forceposture-tests", Guid.NewGuid().ToString("N"));
        var nested = Path.Combine(root, "notebooks", "deep");
        Directory.CreateDirectory(nested);
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "data", "datapackage.json"), "{}");
        try
        {
            Assert.Equal(Path.Combine(root, "data"), ForcePostureData.FindDataDirectory(nested));
            Assert.Null(ForcePostureData.FindDataDirectory(Path.GetTempPath()) is { } found && found.StartsWith(root) ? found : null);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
