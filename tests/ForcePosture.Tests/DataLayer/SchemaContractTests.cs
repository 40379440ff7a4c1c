using System.Text.RegularExpressions;
using ForcePosture.DataPackage;
using ForcePosture.Tables;
using ForcePosture.Validation;
using ForcePosture.Cells;

namespace ForcePosture.Tests.DataLayer;

/// <summary>The library's types against the real schema (data/datapackage.json, copied next to the fixture).</summary>
public class SchemaContractTests
{
    private static readonly PackageDescriptor Package =
        DataPackageReader.Read(Path.Combine(FixturePackage.ValidDirectory, "datapackage.json")).Package
        ?? throw new InvalidOperationException("the real datapackage.json does not parse");

    public static TheoryData<string, string, IReadOnlyList<string>> Vocabularies => new()
    {
        { "sources", "kind", SourceCodes.Kind.Codes },
        { "sources", "quality", SourceCodes.Quality.Codes },
        { "countries", "region", CountryCodes.Region.Codes },
        { "countries", "status", CountryCodes.Status.Codes },
        { "us-troops", "rule", TroopCodes.Rule.Codes },
        { "defence-spending", "constant_2023_usd_m_status", SpendingCodes.Marker.Codes },
        { "defence-spending", "current_usd_m_status", SpendingCodes.Marker.Codes },
        { "defence-spending", "share_of_gdp_pct_status", SpendingCodes.Marker.Codes },
        { "gdp", "measure", GdpCodes.Measure.Codes },
        { "us-bases", "snapshot", BaseCodes.Snapshot.Codes },
        { "agreements", "instrument_type", AgreementCodes.InstrumentType.Codes },
        { "agreements", "scope", AgreementCodes.Scope.Codes },
        { "agreements", "status", AgreementCodes.Status.Codes },
        { "agreement-parties", "role", PartyCodes.Role.Codes },
        { "access-sites", "site_type", SiteCodes.SiteType.Codes },
        { "access-sites", "coordinate_precision", SiteCodes.CoordinatePrecision.Codes },
        { "rotational-deployments", "figure_kind", DeploymentCodes.FigureKind.Codes },
        { "european-forces", "coordinate_precision", SiteCodes.CoordinatePrecision.Codes },
        { "european-forces", "personnel_scope", GarrisonCodes.PersonnelScope.Codes },
        { "european-forces", "figure_kind", GarrisonCodes.FigureKind.Codes },
        { "industrial-facilities", "capability", FacilityCodes.Capability.Codes },
        { "industrial-facilities", "status", FacilityCodes.Status.Codes },
        { "cost-sharing", "measure", CostSharingCodes.Measure.Codes },
        { "cost-sharing", "currency", CostSharingCodes.Currency.Codes },
        { "cost-sharing", "figure_kind", CostSharingCodes.FigureKind.Codes },
        { "exchange-rates", "series", ExchangeRateCodes.Series.Codes },
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Every_enum_maps_exactly_the_schema_vocabulary(string resource, string field, IReadOnlyList<string> codes)
    {
        var allowed = Package.FindResource(resource)!.Schema.FindField(field)!.Constraints.Enum;
        Assert.Equal(allowed, codes);
    }

    [Fact]
    public void Every_enum_field_of_the_schema_has_a_mapping()
    {
        var mapped = Vocabularies.Select(row => $"{row[0]}.{row[1]}").ToHashSet();
        var enumFields = Package.Resources.SelectMany(r => r.Schema.Fields.Where(f => f.Constraints.Enum is not null).Select(f => $"{r.Name}.{f.Name}"));
        Assert.Equal([], enumFields.Where(f => !mapped.Contains(f)).ToArray());
    }

    [Fact]
    public void Real_descriptor_has_the_15_resources_and_the_partial_date_fields()
    {
        Assert.Equal(
            ["sources", "countries", "us-troops", "defence-spending", "population", "gdp", "us-bases", "agreements", "agreement-parties",
             "access-sites", "rotational-deployments", "european-forces", "industrial-facilities", "cost-sharing", "exchange-rates"],
            Package.Resources.Select(r => r.Name));
        var partialDates = Package.Resources.SelectMany(r => r.Schema.Fields.Where(f => f.IsPartialDate).Select(f => $"{r.Name}.{f.Name}"));
        Assert.Equal(
            ["sources.published", "agreements.announced", "agreements.signed", "agreements.in_force", "agreements.ended", "access-sites.agreed",
             "access-sites.ended", "european-forces.figure_date", "industrial-facilities.announced", "industrial-facilities.opened", "industrial-facilities.ended"],
            partialDates);
        Assert.Equal(["deployment_id", "year"], Package.FindResource("rotational-deployments")!.Schema.PrimaryKey);
        Assert.Equal(["force_id"], Package.FindResource("european-forces")!.Schema.PrimaryKey);
        Assert.Equal("persons", Package.FindResource("european-forces")!.Schema.FindField("personnel")!.Unit);
        Assert.Equal("persons", Package.FindResource("us-troops")!.Schema.FindField("total")!.Unit);
        var fk = Package.FindResource("agreements")!.Schema.ForeignKeys.Single(k => k.Fields[0] == "superseded_by");
        Assert.Equal("agreements", fk.ReferenceResource);
    }

    [Theory]
    [InlineData(FieldType.Year, "2024", null)]
    [InlineData(FieldType.Year, "24", "expected a four-digit year for f, got '24'")]
    [InlineData(FieldType.Date, "2024-02-29", null)]
    [InlineData(FieldType.Date, "2023-02-29", "expected a date YYYY-MM-DD for f, got '2023-02-29'")]
    [InlineData(FieldType.Integer, "1,000", "expected an integer for f, got '1,000'")]
    [InlineData(FieldType.Integer, " 7", "expected an integer for f, got ' 7'")]
    [InlineData(FieldType.Number, "1e3", null)]
    [InlineData(FieldType.Number, "Infinity", "expected a number (digits with '.' as decimal point) for f, got 'Infinity'")]
    [InlineData(FieldType.Boolean, "True", "expected true or false for f, got 'True'")]
    [InlineData(FieldType.String, "anything", null)]
    public void Cell_types(FieldType type, string text, string? problem)
    {
        var field = new FieldDescriptor("f", type, null, null, null, FieldConstraints.None);
        Assert.Equal(problem, TableChecker.CheckCell(field, text, [""], new Dictionary<string, Regex>()));
    }

    [Fact]
    public void Crlf_line_endings_and_a_missing_final_newline_are_read()
    {
        var diagnostics = new List<Diagnostic>();
        var table = CsvTableReader.Parse("a,b\r\n1,\"x\r\ny\"\r\n3,4"u8.ToArray(), "t.csv", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal([2, 4], table!.Rows.Select(r => r.Line));
        Assert.Equal("x\r\ny", table.Rows[0].Cells[1]);
    }
}

public class PartialDateTests
{
    [Theory]
    [InlineData("2020", DatePrecision.Year)]
    [InlineData("2020-02", DatePrecision.Month)]
    [InlineData("2020-02-29", DatePrecision.Day)]
    public void Parses_each_precision_and_prints_it_back(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("2021-00")]
    [InlineData("2021-13-01")]
    [InlineData("0000")]
    [InlineData("20211")]
    [InlineData("2021-1-01")]
    [InlineData("2021/01/01")]
    public void Rejects_dates_that_do_not_exist_or_are_malformed(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Comparison_at_common_precision()
    {
        Assert.Equal(0, PartialDate.CompareAtCommonPrecision(PartialDate.Parse("2020"), PartialDate.Parse("2020-05-01")));
        Assert.True(PartialDate.CompareAtCommonPrecision(PartialDate.Parse("2020-04"), PartialDate.Parse("2020-05-01")) < 0);
        Assert.True(PartialDate.CompareAtCommonPrecision(PartialDate.Parse("2021"), PartialDate.Parse("2020-12-31")) > 0);
        Assert.Equal(new DateOnly(2020, 2, 29), PartialDate.Parse("2020-02").Latest);
        Assert.Equal(new DateOnly(2020, 12, 31), PartialDate.Parse("2020").Latest);
        Assert.Equal(new DateOnly(2020, 1, 1), PartialDate.Parse("2020").Earliest);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2021, 2, 29));
    }
}
