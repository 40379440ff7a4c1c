using System.Text;

namespace ForcePosture.Tests.DataLayer;

/// <summary>
/// The validator on corrupted copies of the valid fixture: each test introduces one defect (or a few) and asserts the complete list
/// of diagnostics, so a defect that is missed, reported at the wrong place or reported twice fails the test.
/// </summary>
public class ValidatorTests
{
    private static string[] Problems(FixturePackage package) =>
        ForcePostureData.Load(package.Directory).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void Wrong_type_is_reported_at_its_cell()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("us-troops.csv", 2, "JPN,2020,2020-09,september-report,true,1OO,10,40,30,20,0,0,,false,fixture-a,Test fixture: toy values")
            .ReplaceLine("countries.csv", 2, "AUS,Australia,호주,Oceania,sovereign,yes,ANZUS Treaty,1951,fixture-a,Test fixture")
            .ReplaceLine("defence-spending.csv", 3, "JPN,2021,NaN,ok,1000,ok,1.1,ok,,fixture-a,Test fixture: toy values")
            .ReplaceLine("sources.csv", 4, "fixture-c,TEST FIXTURE source C,Fixture Author C,Fixture Press,,https://example.org/fixture-c,25/11/2026,,news,tertiary,Test fixture");
        Assert.Equal(
            [
                "sources.csv:4:7: expected a date YYYY-MM-DD for accessed, got '25/11/2026'",
                "countries.csv:2:6: expected true or false for us_treaty_ally, got 'yes'",
                "us-troops.csv:2:6: expected an integer for total, got '1OO'",
                "defence-spending.csv:3:3: expected a number (digits with '.' as decimal point) for constant_2023_usd_m, got 'NaN'",
            ],
            Problems(p));
    }

    [Fact]
    public void Unknown_country_codes_are_reported_as_foreign_key_errors()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("population.csv", 3, "XYZ,2021,1000,fixture-a,Test fixture: toy values")
            .ReplaceLine("agreement-parties.csv", 3, "usa-jpn-fixture-treaty,JPX,party,Test fixture")
            .ReplaceLine("industrial-facilities.csv", 3, "aus-fixture-plant,Fixture Vehicle Plant,AUS,KOR,Fixture Defense,armoured-vehicles,ZZZ,2021-12,2024,,operating,,,aus-jpn-fixture-raa,Test fixture: a toy plant.,fixture-b,fixture-c,Test fixture: toy values");
        Assert.Equal(
            [
                "population.csv:3:1: unknown countries.iso3 'XYZ': no such row in countries.csv",
                "agreement-parties.csv:3:2: unknown countries.iso3 'JPX': no such row in countries.csv",
                "industrial-facilities.csv:3:7: unknown countries.iso3 'ZZZ': no such row in countries.csv",
            ],
            Problems(p));
    }

    [Fact]
    public void Lower_case_country_code_fails_the_pattern_and_is_not_reported_twice()
    {
        using var p = FixturePackage.Copy().ReplaceLine("population.csv", 3, "jpn,2021,1000,fixture-a,Test fixture: toy values");
        Assert.Equal(["population.csv:3:1: iso3 'jpn' does not match the pattern ^[A-Z]{3}$"], Problems(p));
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_row_with_the_first()
    {
        using var p = FixturePackage.Copy()
            .Append("population.csv", "JPN,2020,1001,fixture-a,Test fixture: toy values")
            .Append("sources.csv", "fixture-a,Another title,Someone,,,https://example.org/x,2026-11-25,,news,secondary,")
            .Append("gdp.csv", "KOR,2020,current_usd,1600001,fixture-a,Test fixture: toy values");
        Assert.Equal(
            [
                "sources.csv:5:1: duplicate primary key source_id = 'fixture-a', first at line 2",
                "population.csv:6:1: duplicate primary key (iso3, year) = (JPN, 2020), first at line 2",
                "gdp.csv:6:1: duplicate primary key (iso3, year, measure) = (KOR, 2020, current_usd), first at line 4",
            ],
            Problems(p));
    }

    [Fact]
    public void Broken_quoting_is_reported_at_its_field_and_the_row_yields_no_record()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("us-bases.csv", 3, "kor-fixture-site,KOR,Fixture \"Site\",37.0,127.0,false,true,false,through-2018,fixture-a,Test fixture: toy values")
            .ReplaceLine("population.csv", 2, "JPN,2020,\"1000\"0,fixture-a,Test fixture: toy values");
        var data = ForcePostureData.Load(p.Directory);
        const string Quoting = "broken quoting: a quote inside an unquoted field or text after a closing quote; quote the whole field and double any quote inside it";
        Assert.Equal(
            [
                $"population.csv:2:3: {Quoting}",
                $"us-bases.csv:3:3: {Quoting}",
            ],
            data.Diagnostics.Select(d => d.ToString()));
        Assert.Single(data.UsBases);
        Assert.Equal(3, data.Population.Count);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_where_it_opens()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("cost-sharing.csv", 3, "KOR,2021,sma-contribution,1100000000,KRW,agreed,,fixture-a,,\"Test fixture: toy values");
        Assert.Equal(
            ["cost-sharing.csv:3:10: broken quoting: a quoted field is opened here and never closed (the rest of the file was read into it)"],
            Problems(p));
    }

    [Fact]
    public void Truncated_last_line_is_reported_with_the_first_missing_column()
    {
        using var p = FixturePackage.Copy();
        var text = File.ReadAllText(p.PathOf("cost-sharing.csv"));
        p.WriteText("cost-sharing.csv", text[..text.IndexOf("JPN,2021,hns-budget,2000", StringComparison.Ordinal)] + "JPN,2021,hns-budget,2000");
        Assert.Equal(["cost-sharing.csv:4:5: the row has 4 field(s) but the header has 10 (a truncated line or a missing comma?)"], Problems(p));
    }

    [Fact]
    public void Extra_field_is_reported()
    {
        using var p = FixturePackage.Copy().ReplaceLine("population.csv", 5, "AUS,2020,250,fixture-a,Test fixture, toy values");
        Assert.Equal(["population.csv:5:6: the row has 6 field(s) but the header has 5 (an unquoted comma?)"], Problems(p));
    }

    [Fact]
    public void Latin1_bytes_are_reported_at_their_line_and_field()
    {
        using var p = FixturePackage.Copy();
        var bytes = File.ReadAllBytes(p.PathOf("us-bases.csv")).ToList();
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf("Fixture Site", StringComparison.Ordinal)]) + "Fixture Sit".Length;
        bytes.Insert(at, 0xE9); // "Fixture Sit\xE9e": an é written in Latin-1
        p.WriteBytes("us-bases.csv", bytes.ToArray());
        var data = ForcePostureData.Load(p.Directory);
        Assert.Equal(
            ["us-bases.csv:3:3: invalid UTF-8: byte(s) 0xE9 cannot be decoded; the file must be saved as UTF-8 (these look like Latin-1 or Windows-1252 text)"],
            data.Diagnostics.Select(d => d.ToString()));
        Assert.Single(data.UsBases);
    }

    [Fact]
    public void Whole_file_in_latin1_reports_every_line_with_invalid_bytes()
    {
        using var p = FixturePackage.Copy().WriteBytes("population.csv", Encoding.Latin1.GetBytes(
            "iso3,year,population,source_id,notes\nJPN,2020,1000,fixture-a,Test fixture: café\nKOR,2020,500,fixture-a,plain\nAUS,2020,250,fixture-a,naïve\n"));
        const string Message = "cannot be decoded; the file must be saved as UTF-8 (these look like Latin-1 or Windows-1252 text)";
        Assert.Equal(
            [$"population.csv:2:5: invalid UTF-8: byte(s) 0xE9 {Message}", $"population.csv:4:5: invalid UTF-8: byte(s) 0xEF {Message}"],
            Problems(p));
    }

    [Fact]
    public void Byte_order_mark_is_an_error_but_the_file_is_still_checked()
    {
        using var p = FixturePackage.Copy();
        p.WriteBytes("gdp.csv", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(p.PathOf("gdp.csv"))]);
        var data = ForcePostureData.Load(p.Directory);
        Assert.Equal(["gdp.csv:1:1: the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM"], data.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(4, data.Gdp.Count);
    }

    [Fact]
    public void Empty_file_and_missing_file_are_reported()
    {
        using var p = FixturePackage.Copy().WriteText("population.csv", "").Delete("us-bases.csv");
        Assert.Equal(
            [
                "population.csv:1:1: the file is empty: expected a header row",
                "us-bases.csv: file not found: the data package lists this resource, so the file must exist",
            ],
            Problems(p));
    }

    [Fact]
    public void Header_problems_name_the_columns()
    {
        // Columns swapped consistently in header and rows: reported, and the rows are still read by column name.
        using var p = FixturePackage.Copy()
            .WriteText("population.csv", "iso3,population,year,source_id,notes\nJPN,1000,2020,fixture-a,x\nKOR,500,2020,fixture-a,x\n")
            .ReplaceLine("gdp.csv", 1, "iso3,year,measure,value,source,notes")
            .ReplaceLine("us-bases.csv", 1, "base_id,iso3,name,lat,lon,major_base,lily_pad,funded_site,snapshot,source_id,notes,extra");
        var data = ForcePostureData.Load(p.Directory);
        Assert.Equal(
            [
                "population.csv:1:2: column 'population' is out of order: the schema expects 'year' here and 'population' at column 3",
                "population.csv:1:3: column 'year' is out of order: the schema expects 'population' here and 'year' at column 2",
                "gdp.csv:1: missing column 'source_id' (the schema expects column 5 to be 'source_id')",
                "gdp.csv:1:5: unexpected column 'source': the schema has no such field",
                "us-bases.csv:1:12: unexpected column 'extra': the schema has no such field",
                "us-bases.csv:2:12: the row has 11 field(s) but the header has 12 (a truncated line or a missing comma?)",
                "us-bases.csv:3:12: the row has 11 field(s) but the header has 12 (a truncated line or a missing comma?)",
            ],
            data.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(data.Gdp);
        Assert.Equal([1000L, 500L], data.Population.Select(x => x.Persons));
    }

    [Fact]
    public void Bad_date_order_is_compared_at_the_common_precision()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 2, "usa-jpn-fixture-treaty,Fixture Treaty A,mutual-defence-treaty,us-bilateral,false,,1960-01,1959,,in-force,,Test fixture: a toy treaty between two parties.,fixture-a,fixture-b,Test fixture")
            // 1947 (year) vs 1947-03: equal at year precision, so no error; 1991-12 vs 1991: equal too.
            .ReplaceLine("agreements.csv", 5, "usa-phl-fixture-old,Fixture Old Agreement,access-or-basing-agreement,us-bilateral,false,,1947,1947-03,1991,superseded,usa-phl-fixture-new,Test fixture: a toy superseded agreement.,fixture-a,,Test fixture")
            .ReplaceLine("access-sites.csv", 3, "phl-fixture-site-b,Fixture Port,PHL,USA,usa-phl-fixture-old,port,14.8,120.3,site,1993-01,1992,fixture-a,fixture-c,Test fixture: toy values")
            .ReplaceLine("industrial-facilities.csv", 2, "kor-fixture-yard,Fixture Shipyard,KOR,KOR,Fixture Heavy Industries,ship-repair,USA,2023-08,2023-07-31,,operating,35.0,129.0,,Test fixture: a toy shipyard repairing another country's ships.,fixture-a,,Test fixture: toy values");
        Assert.Equal(
            [
                "agreements.csv:2:8: date order: in_force 1959 is before signed 1960-01 (expected announced <= signed <= in_force <= ended, compared at their common precision)",
                "access-sites.csv:3:11: date order: ended 1992 is before agreed 1993-01 (expected agreed <= ended, compared at their common precision)",
                "industrial-facilities.csv:2:9: date order: opened 2023-07-31 is before announced 2023-08 (expected announced <= opened <= ended, compared at their common precision)",
            ],
            Problems(p));
    }

    [Fact]
    public void Partial_dates_must_exist_in_the_calendar()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 3, "aus-jpn-fixture-raa,Fixture Access Agreement,reciprocal-access-agreement,ally-bilateral,true,2014-13,2022-02-30,2023-08-13,,in-force,,Test fixture: a toy reciprocal access agreement.,fixture-a,fixture-b;fixture-c,Test fixture")
            .ReplaceLine("sources.csv", 3, "fixture-b,\"TEST FIXTURE source B, with a comma\",Fixture Author B,,23,https://example.org/fixture-b,2026-11-25,,report,secondary,Test fixture");
        Assert.Equal(
            [
                "sources.csv:3:5: expected a partial date YYYY, YYYY-MM or YYYY-MM-DD for published, got '23'",
                "agreements.csv:3:6: announced '2014-13' is not a real calendar date",
                "agreements.csv:3:7: signed '2022-02-30' is not a real calendar date",
            ],
            Problems(p));
    }

    [Fact]
    public void Unknown_source_ids_are_reported_in_source_id_and_other_source_ids()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("gdp.csv", 2, "JPN,2020,current_usd,5000000,fixture-z,Test fixture: toy values")
            .ReplaceLine("agreements.csv", 3, "aus-jpn-fixture-raa,Fixture Access Agreement,reciprocal-access-agreement,ally-bilateral,true,2014,2022-01-06,2023-08-13,,in-force,,Test fixture: a toy reciprocal access agreement.,fixture-a,fixture-b;fixture-q,Test fixture");
        Assert.Equal(
            [
                "gdp.csv:2:5: unknown sources.source_id 'fixture-z': no such row in sources.csv",
                "agreements.csv:3:14: unknown sources.source_id 'fixture-q' in other_source_ids: no such row in sources.csv",
            ],
            Problems(p));
    }

    [Fact]
    public void Negative_count_and_year_out_of_range_break_the_constraints()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("us-troops.csv", 2, "JPN,2020,2020-09,september-report,true,100,-5,40,30,20,0,0,,false,fixture-a,Test fixture: toy values")
            .ReplaceLine("defence-spending.csv", 2, "JPN,1900,1000.5,ok,900,ok,1.0,ok,,fixture-a,Test fixture: toy values")
            .ReplaceLine("cost-sharing.csv", 2, "KOR,2101,sma-contribution,1000000000,KRW,agreed,,fixture-a,,Test fixture: toy values");
        Assert.Equal(
            [
                "us-troops.csv:2:7: army -5 is below the minimum 0",
                "defence-spending.csv:2:2: year 1900 is below the minimum 1949",
                "cost-sharing.csv:2:2: fiscal_year 2101 is above the maximum 2100",
            ],
            Problems(p));
    }

    [Fact]
    public void Agreement_with_fewer_than_two_parties_is_reported()
    {
        using var p = FixturePackage.Copy()
            .RemoveLine("agreement-parties.csv", 13) // gbr-jpn-fixture-raa,GBR
            .ReplaceLine("agreement-parties.csv", 10, "usa-phl-fixture-old,USA,party,Test fixture: the same country twice is one party");
        Assert.Equal(
            [
                "agreements.csv:5:1: agreement 'usa-phl-fixture-old' has 1 distinct party in agreement-parties.csv: at least two are needed",
                "agreements.csv:8:1: agreement 'gbr-jpn-fixture-raa' has 1 distinct party in agreement-parties.csv: at least two are needed",
                "agreement-parties.csv:10:1: duplicate primary key (agreement_id, iso3) = (usa-phl-fixture-old, USA), first at line 9",
            ],
            Problems(p));
    }

    [Fact]
    public void Parties_must_match_the_scope()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("agreement-parties.csv", 2, "usa-jpn-fixture-treaty,AUS,party,Test fixture") // us-bilateral without the US
            .Append("agreement-parties.csv", "aus-jpn-fixture-raa,USA,party,Test fixture") // ally-bilateral with three parties
            .ReplaceLine("agreements.csv", 4, "aus-jpn-usa-fixture-trilateral,Fixture Trilateral,minilateral-framework,us-bilateral,true,2005,2006,,,operating,,\"Test fixture: a toy trilateral, with a comma.\",fixture-b,,Test fixture");
        Assert.Equal(
            [
                "agreements.csv:2:4: scope 'us-bilateral' means the US and one other party, but agreement-parties.csv lists AUS, JPN",
                "agreements.csv:3:4: scope 'ally-bilateral' means two parties neither of which is the US, but agreement-parties.csv lists AUS, JPN, USA",
                "agreements.csv:4:4: scope 'us-bilateral' means the US and one other party, but agreement-parties.csv lists AUS, JPN, USA",
            ],
            Problems(p));
    }

    [Fact]
    public void Permanent_only_must_agree_with_the_report_month()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("us-troops.csv", 2, "JPN,2020,2020-09,september-report,false,100,10,40,30,20,0,0,,false,fixture-a,Test fixture: toy values")
            .Append("us-troops.csv",
                "PHL,2017,2017-12,latest-report-in-year,true,10,,,,,,,,false,fixture-a,Test fixture: toy values",
                "PHL,2016,2016-09,september-report,true,10,,,,,,,,false,fixture-a,Test fixture: toy values",
                "PHL,2015,imputed,interpolated-by-compiler,true,,,,,,,,,true,fixture-a,Test fixture: imputed rows are not checked");
        Assert.Equal(
            [
                "us-troops.csv:2:5: permanent_only false contradicts report 2020-09: reports count only permanently assigned personnel from 2017-12 on",
                "us-troops.csv:8:5: permanent_only true contradicts report 2016-09: reports count only permanently assigned personnel from 2017-12 on",
            ],
            Problems(p));
    }

    [Fact]
    public void Status_must_agree_with_the_dates()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 2, "usa-jpn-fixture-treaty,Fixture Treaty A,mutual-defence-treaty,us-bilateral,false,,1960-01,1960-06-23,2020,in-force,,Test fixture: a toy treaty between two parties.,fixture-a,fixture-b,Test fixture")
            .ReplaceLine("agreements.csv", 5, "usa-phl-fixture-old,Fixture Old Agreement,access-or-basing-agreement,us-bilateral,false,,1947-03,1947,,superseded,,Test fixture: a toy superseded agreement.,fixture-a,,Test fixture")
            .ReplaceLine("agreements.csv", 8, "gbr-jpn-fixture-raa,Fixture Negotiation,reciprocal-access-agreement,ally-bilateral,true,2021-10,2023-01,,,under-negotiation,,Test fixture: a toy negotiation.,fixture-c,,Test fixture")
            .ReplaceLine("industrial-facilities.csv", 3, "aus-fixture-plant,Fixture Vehicle Plant,AUS,KOR,Fixture Defense,armoured-vehicles,,2021-12,2024,,ended,,,aus-jpn-fixture-raa,Test fixture: a toy plant.,fixture-b,fixture-c,Test fixture: toy values");
        Assert.Equal(
            [
                "agreements.csv:2:9: ended date 2020 contradicts status 'in-force' (expected 'ended' or 'superseded')",
                "agreements.csv:5:11: status 'superseded' needs superseded_by (the agreement that replaced it)",
                "agreements.csv:8:7: signed date 2023-01 contradicts status 'under-negotiation' (expected 'signed' or later)",
                "industrial-facilities.csv:3:11: status 'ended' needs an ended date (write YYYY or YYYY-MM when the day is not known)",
            ],
            Problems(p));
    }

    [Fact]
    public void A_superseded_agreement_needs_an_end_date_or_a_dated_successor()
    {
        // Line 5 is superseded by usa-phl-fixture-new (signed 2014-04-28): without its own ended date it ends when that starts.
        using var dated = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 5, "usa-phl-fixture-old,Fixture Old Agreement,access-or-basing-agreement,us-bilateral,false,,1947-03,1947,,superseded,usa-phl-fixture-new,Test fixture: a toy superseded agreement.,fixture-a,,Test fixture");
        Assert.Empty(Problems(dated));

        // A successor with no signed or in-force date leaves the end unknown: the agreement would count as active for ever.
        using var undated = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 5, "usa-phl-fixture-old,Fixture Old Agreement,access-or-basing-agreement,us-bilateral,false,,1947-03,1947,,superseded,gbr-jpn-fixture-raa,Test fixture: a toy superseded agreement.,fixture-a,,Test fixture");
        Assert.Equal(["agreements.csv:5:10: status 'superseded' needs an ended date, or a successor (gbr-jpn-fixture-raa) with a signed or in-force date, so that its end is known at least to the year"], Problems(undated));
    }

    [Fact]
    public void A_child_row_whose_kind_or_notes_imply_an_agreement_needs_its_agreement_id()
    {
        const string Rule = "give the agreements.agreement_id, or say in notes why none applies (a sentence beginning 'No agreement_id:')";
        using var p = FixturePackage.Copy()
            // An access site without its agreement: access is always granted by one.
            .ReplaceLine("access-sites.csv", 2, "phl-fixture-site-a,Fixture Air Base,PHL,USA,,air-base,15.2,120.6,locality,2016-03,,fixture-a,,Test fixture: toy values")
            // A deployment that lost its stated reason.
            .ReplaceLine("rotational-deployments.csv", 2, "fixture-rotation,Fixture Rotation,USA,AUS,,2012,200,,reported,fixture-a,,Test fixture: toy values")
            // An SMA contribution whose notes name the agreement but do not link it.
            .ReplaceLine("cost-sharing.csv", 3, "KOR,2021,sma-contribution,1100000000,KRW,agreed,,fixture-a,,Test fixture: set by usa-jpn-fixture-treaty.")
            // A budget row needs no agreement by its kind, but its notes name one.
            .ReplaceLine("cost-sharing.csv", 4, "JPN,2021,hns-budget,200000000,JPY,budgeted,,fixture-b,,Test fixture: under aus-jpn-fixture-raa")
            // A facility whose notes name an agreement; a longer id that merely contains it does not count.
            .ReplaceLine("industrial-facilities.csv", 2, "kor-fixture-yard,Fixture Shipyard,KOR,KOR,Fixture Heavy Industries,ship-repair,USA,2023-08,2024-01,,operating,35.0,129.0,,Test fixture: a toy shipyard repairing another country's ships.,fixture-a,,Test fixture: see usa-phl-fixture-old and usa-phl-fixture-new-2; not x-usa-phl-fixture-new")
            .ReplaceLine("industrial-facilities.csv", 3, "aus-fixture-plant,Fixture Vehicle Plant,AUS,KOR,Fixture Defense,armoured-vehicles,,2021-12,2024,,operating,,,,Test fixture: a toy plant.,fixture-b,fixture-c,Test fixture: the usa-phl-fixture-new-2 line is not an agreement");
        Assert.Equal(
            [
                $"access-sites.csv:2:5: agreement_id is empty, but an access site is used under an agreement: {Rule}",
                $"rotational-deployments.csv:2:5: agreement_id is empty, but a force deployed to another state is there under an agreement: {Rule}",
                $"industrial-facilities.csv:2:14: agreement_id is empty, but the notes name agreement 'usa-phl-fixture-old': {Rule}",
                $"cost-sharing.csv:3:7: agreement_id is empty, but measure 'sma-contribution' is set by a Special Measures Agreement, and the notes name 'usa-jpn-fixture-treaty': {Rule}",
                $"cost-sharing.csv:4:7: agreement_id is empty, but the notes name agreement 'aus-jpn-fixture-raa': {Rule}",
            ],
            Problems(p));

        // The same rows pass once their notes say why no agreement applies.
        using var stated = FixturePackage.Copy()
            .ReplaceLine("access-sites.csv", 2, "phl-fixture-site-a,Fixture Air Base,PHL,USA,,air-base,15.2,120.6,locality,2016-03,,fixture-a,,Test fixture. No agreement_id: toy access.")
            .ReplaceLine("cost-sharing.csv", 4, "JPN,2021,hns-budget,200000000,JPY,budgeted,,fixture-b,,Test fixture: under aus-jpn-fixture-raa. No agreement_id: toy budget.");
        Assert.Empty(Problems(stated));
    }

    [Fact]
    public void Services_may_not_sum_to_more_than_the_total()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("us-troops.csv", 4, "KOR,2020,2020-09,september-report,true,80,70,5,2,13,,,,false,fixture-a,Test fixture: toy values");
        Assert.Equal(["us-troops.csv:4:6: the services sum to 90 (army 70 + navy 5 + marine_corps 2 + air_force 13), more than total 80"], Problems(p));
    }

    [Fact]
    public void Unknown_vocabulary_and_missing_required_values_are_reported()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 4, "aus-jpn-usa-fixture-trilateral,Fixture Trilateral,alliance,minilateral,true,2005,2006,,,operating,,,fixture-b,,Test fixture");
        Assert.Equal(
            [
                "agreements.csv:4:3: 'alliance' is not an allowed instrument_type: expected one of mutual-defence-treaty, status-of-forces-agreement, visiting-forces-agreement, reciprocal-access-agreement, access-or-basing-agreement, security-treaty-or-pact, defence-cooperation-agreement, logistics-agreement, information-security-agreement, minilateral-framework, rotational-deployment, defence-industrial-partnership, land-lease, security-assistance-programme, host-nation-support-agreement",
                "agreements.csv:4:12: missing value: description is required",
            ],
            Problems(p));
    }

    [Fact]
    public void Line_numbers_count_physical_lines_after_a_multi_line_field_and_blank_lines_are_errors()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("agreements.csv", 8, "gbr-jpn-fixture-raa,Fixture Negotiation,reciprocal-access-agreement,ally-bilateral,maybe,2021-10,,,,under-negotiation,,Test fixture: a toy negotiation.,fixture-c,,Test fixture")
            .ReplaceLine("population.csv", 3, "\nJPN,2021,1000,fixture-a,Test fixture: toy values");
        Assert.Equal(
            [
                "population.csv:3: blank line: remove it (every line must be a record)",
                "agreements.csv:8:5: expected true or false for quasi_force_posture, got 'maybe'",
            ],
            Problems(p));
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        using var p = FixturePackage.Copy()
            .ReplaceLine("population.csv", 2, "JPN,20x0,-1,fixture-q,Test fixture: toy values")
            .ReplaceLine("population.csv", 3, "XYZ,2021,1000,fixture-a,Test fixture: toy values");
        var data = ForcePostureData.Load(p.Directory);
        Assert.Equal(
            [
                "population.csv:2:2: expected an integer for year, got '20x0'",
                "population.csv:2:3: population -1 is below the minimum 0",
                "population.csv:2:4: unknown sources.source_id 'fixture-q': no such row in sources.csv",
                "population.csv:3:1: unknown countries.iso3 'XYZ': no such row in countries.csv",
            ],
            data.Diagnostics.Select(d => d.ToString()));
        // The row with cell errors yields no record; the row with only a dangling key still does (its cells are well-typed).
        Assert.Equal(3, data.Population.Count);
        Assert.False(data.IsValid);
    }

    [Fact]
    public void Missing_or_malformed_descriptor_is_a_diagnostic_not_an_exception()
    {
        using var p = FixturePackage.Copy().WriteText("datapackage.json", "{\n  \"name\": \"x\",\n  \"resources\": [\n    {\"name\": }\n  ]\n}\n");
        var data = ForcePostureData.Load(p.Directory);
        var problem = Assert.Single(data.Diagnostics);
        Assert.StartsWith("datapackage.json:4:14: malformed JSON: ", problem.ToString());

        p.Delete("datapackage.json");
        Assert.Equal(
            [$"datapackage.json: descriptor not found: {p.PathOf("datapackage.json")}"],
            ForcePostureData.Load(p.Directory).Diagnostics.Select(d => d.ToString()));

        var nowhere = Path.Combine(p.Directory, "no-such-dir");
        Assert.Equal([$"datapackage.json: data directory not found: {nowhere}"], ForcePostureData.Load(nowhere).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Descriptor_with_unsupported_constructs_is_reported_by_json_path()
    {
        using var p = FixturePackage.Copy().WriteText("datapackage.json", """
            {"name": "x", "resources": [
              {"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "when", "type": "datetime"}, {"name": "n", "type": "integer", "constraints": {"minimum": "lots"}}],
               "foreignKeys": [{"fields": "n", "reference": {"resource": "b", "fields": "id"}}]}}
            ]}
            """);
        Assert.Equal(
            [
                "datapackage.json:2:73: $.resources[0].schema.fields[0].type: unsupported field type 'datetime' (supported: string, integer, number, boolean, date, year)",
                "datapackage.json:2:143: $.resources[0].schema.fields[1].constraints.minimum: 'lots' is not a valid bound for a integer field",
            ],
            ForcePostureData.Load(p.Directory).Diagnostics.Select(d => d.ToString()));

        p.WriteText("datapackage.json", """
            {"name": "x", "resources": [
              {"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "n", "type": "integer"}],
               "foreignKeys": [{"fields": "n", "reference": {"resource": "b", "fields": "id"}}]}}
            ]}
            """);
        Assert.Equal(
            ["datapackage.json:3:50: $.resources[0].schema.foreignKeys[0].reference.resource: references unknown resource 'b'"],
            ForcePostureData.Load(p.Directory).Diagnostics.Select(d => d.ToString()));
    }
}
