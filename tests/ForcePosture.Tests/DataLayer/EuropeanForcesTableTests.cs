using System.Globalization;
using ForcePosture.Tables;
using ForcePosture.Tests.Analyses;

namespace ForcePosture.Tests.DataLayer;

/// <summary>The <c>european-forces</c> table: its loader on the fixture, and the rules of its real rows read from the CSV itself.</summary>
public class EuropeanForcesTableTests
{
    private static readonly Dataset Fixture = ForcePostureData.Load(FixturePackage.ValidDirectory);

    [Fact]
    public void The_loader_reads_typed_values_and_keeps_missing_values_missing()
    {
        var garrison = Fixture.EuropeanForces.Single(f => f.ForceId == "fixture-garrison");
        Assert.Equal(("GBR", "GUM", "Toy base"), (garrison.SenderIso3, garrison.HostIso3, garrison.MainBase));
        Assert.Equal((13.5, 144.8), (garrison.Latitude, garrison.Longitude));
        Assert.Equal(CoordinatePrecision.Site, garrison.CoordinatePrecision);
        Assert.Equal(300, garrison.Personnel);
        Assert.Equal(PersonnelScope.Military, garrison.PersonnelScope);
        Assert.Equal(new PartialDate(2020, 5), garrison.FigureDate);
        Assert.Equal(GarrisonFigureKind.Approximate, garrison.FigureKind);
        Assert.Equal(["fixture-a", "fixture-b"], garrison.Provenance.SourceIds);

        var outpost = Fixture.EuropeanForces.Single(f => f.ForceId == "fixture-outpost");
        Assert.Null(outpost.Latitude);
        Assert.Null(outpost.CoordinatePrecision);
        Assert.Null(outpost.Personnel);
        Assert.Null(outpost.PersonnelScope);
        Assert.Null(outpost.FigureDate);
        Assert.Null(outpost.FigureKind);
    }

    [Fact]
    public void An_unknown_personnel_scope_is_a_diagnostic_naming_file_line_and_column()
    {
        using var copy = FixturePackage.Copy().ReplaceLine("european-forces.csv", 2,
            "fixture-garrison,Fixture Garrison,GBR,GUM,Toy base,13.5,144.8,site,300,soldiers,2020-05,approximate,fixture-a,fixture-b,Test fixture: toy values");
        var data = ForcePostureData.Load(copy.Directory);
        Assert.False(data.IsValid);
        Assert.Contains(data.Diagnostics, d => d.ToString().StartsWith("european-forces.csv:2:10:", StringComparison.Ordinal)
            && d.Message.Contains("'soldiers'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_library_reads_every_row_of_the_csv_as_the_file_has_it()
    {
        var rows = RepositoryCsv.Read("european-forces.csv");
        var data = new RepositoryCsv().Data;
        Assert.Equal(rows.Select(r => r["force_id"]), data.EuropeanForces.Select(f => f.ForceId));
        foreach (var (row, force) in rows.Zip(data.EuropeanForces))
        {
            Assert.Equal(row["personnel"] == "" ? null : int.Parse(row["personnel"], CultureInfo.InvariantCulture), force.Personnel);
            Assert.Equal(row["lat"] == "" ? null : double.Parse(row["lat"], CultureInfo.InvariantCulture), force.Latitude);
            Assert.Equal(row["figure_date"], force.FigureDate?.ToString() ?? "");
        }
    }

    [Fact]
    public void Coordinates_and_personnel_come_with_their_qualifiers_or_not_at_all()
    {
        foreach (var row in RepositoryCsv.Read("european-forces.csv"))
        {
            var coordinates = new[] { row["lat"], row["lon"], row["coordinate_precision"] };
            Assert.True(coordinates.All(v => v == "") || coordinates.All(v => v != ""), $"{row["force_id"]}: lat, lon and coordinate_precision");
            var figure = new[] { row["personnel"], row["personnel_scope"], row["figure_kind"] };
            Assert.True(figure.All(v => v == "") || figure.All(v => v != ""), $"{row["force_id"]}: personnel, personnel_scope and figure_kind");
            Assert.True(row["personnel"] != "" || row["figure_date"] == "", $"{row["force_id"]}: a figure_date without a figure");
        }
    }
}
