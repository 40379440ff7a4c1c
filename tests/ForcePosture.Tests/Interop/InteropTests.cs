using Deedle;
using ForcePosture.Interop;
using ForcePosture.Tables;
using ForcePosture.Tests.DataLayer;
using ForcePosture.Transforms;
using Microsoft.Data.Analysis;

namespace ForcePosture.Tests.Interop;

public class InteropTests
{
    private static readonly Dataset Fixture = ForcePostureData.LoadStrict(FixturePackage.ValidDirectory);

    [Fact]
    public void Data_frame_columns_have_explicit_types_and_keep_missing_values()
    {
        var frame = Fixture.UsTroops.ToDataFrame();
        Assert.Equal(5, frame.Rows.Count);
        Assert.IsType<Int32DataFrameColumn>(frame["year"]);
        Assert.IsType<Int32DataFrameColumn>(frame["total"]);
        Assert.IsType<BooleanDataFrameColumn>(frame["permanent_only"]);
        Assert.IsType<StringDataFrameColumn>(frame["rule"]);
        Assert.Equal(2021, frame["year"][1]);
        Assert.Null(frame["space_force"][1]);
        Assert.Equal(1, frame["total"].NullCount);
        Assert.Equal("us-troops.csv:2", frame["row"][0]);
        Assert.Equal("september-report", frame["rule"][0]);

        var spending = Fixture.DefenceSpending.ToDataFrame();
        Assert.IsType<DoubleDataFrameColumn>(spending["constant_2023_usd_m"]);
        Assert.Equal(1000.5, spending["constant_2023_usd_m"][0]);
        Assert.Null(spending["constant_2023_usd_m"][3]);

        Assert.IsType<DoubleDataFrameColumn>(Fixture.Population.ToDataFrame()["population"]);
        var costs = Fixture.CostSharing.ToDataFrame();
        Assert.IsType<DecimalDataFrameColumn>(costs["amount"]);
        Assert.Equal(1_100_000_000m, costs["amount"][1]);
        Assert.Equal("2022-01-06", Fixture.Agreements.ToDataFrame()["signed"][1]);
        Assert.Equal("fixture-a;fixture-b;fixture-c", Fixture.Agreements.ToDataFrame()["source_id"][1]);
    }

    [Fact]
    public void Every_table_converts_with_the_schema_column_names()
    {
        var package = Fixture.Package!;
        IEnumerable<string> Names(DataFrame f) => f.Columns.Select(c => c.Name);
        void SchemaColumnsPresent(string resource, DataFrame frame)
        {
            var expected = package.FindResource(resource)!.Schema.Fields.Select(f => f.Name).Except(["other_source_ids"]);
            Assert.All(expected, name => Assert.Contains(name, Names(frame)));
        }

        SchemaColumnsPresent("sources", Fixture.Sources.ToDataFrame());
        SchemaColumnsPresent("countries", Fixture.Countries.ToDataFrame());
        SchemaColumnsPresent("us-troops", Fixture.UsTroops.ToDataFrame());
        SchemaColumnsPresent("defence-spending", Fixture.DefenceSpending.ToDataFrame());
        SchemaColumnsPresent("population", Fixture.Population.ToDataFrame());
        SchemaColumnsPresent("gdp", Fixture.Gdp.ToDataFrame());
        SchemaColumnsPresent("us-bases", Fixture.UsBases.ToDataFrame());
        SchemaColumnsPresent("agreements", Fixture.Agreements.ToDataFrame());
        SchemaColumnsPresent("agreement-parties", Fixture.AgreementParties.ToDataFrame());
        SchemaColumnsPresent("access-sites", Fixture.AccessSites.ToDataFrame());
        SchemaColumnsPresent("rotational-deployments", Fixture.RotationalDeployments.ToDataFrame());
        SchemaColumnsPresent("european-forces", Fixture.EuropeanForces.ToDataFrame());
        SchemaColumnsPresent("industrial-facilities", Fixture.IndustrialFacilities.ToDataFrame());
        SchemaColumnsPresent("cost-sharing", Fixture.CostSharing.ToDataFrame());
        SchemaColumnsPresent("exchange-rates", Fixture.ExchangeRates.ToDataFrame());
    }

    [Fact]
    public void Deedle_series_by_year_keeps_missing_values_missing_and_round_trips()
    {
        var korea = Fixture.DefenceSpending.Where(s => s.Iso3 == "KOR");
        var series = DeedleConversion.ToSeries(korea, s => s.Year, s => s.Constant2023UsdMillions);
        Assert.Equal([2020, 2021], series.Keys);
        Assert.Equal(800, series[2020]);
        Assert.False(series.TryGet(2021).HasValue);
        Assert.Equal(1, series.ValueCount);
        var back = DeedleConversion.ToKeyedValues(series);
        Assert.Equal(800, back[2020]);
        Assert.Null(back[2021]);
    }

    [Fact]
    public void Deedle_frame_by_year_and_country()
    {
        var frame = DeedleConversion.ToFrameByYear(Fixture.DefenceSpending, s => s.Year, s => s.Iso3, s => s.Constant2023UsdMillions);
        Assert.Equal(["AUS", "JPN", "KOR"], frame.ColumnKeys);
        Assert.Equal([2020, 2021], frame.RowKeys);
        Assert.Equal(1100, frame.GetColumn<double>("JPN")[2021]);
        Assert.False(frame.GetColumn<double>("AUS").TryGet(2021).HasValue); // no AUS row for 2021
        Assert.False(frame.GetColumn<double>("KOR").TryGet(2021).HasValue); // KOR 2021 is no_data
    }

    [Fact]
    public void Deedle_series_by_country_for_one_year_and_duplicates_are_refused()
    {
        var byCountry = DeedleConversion.ToSeries(Fixture.Population.Where(p => p.Year == 2020), p => p.Iso3, p => (double)p.Persons);
        Assert.Equal(["AUS", "JPN", "KOR"], byCountry.Keys);
        Assert.Throws<ArgumentException>(() => DeedleConversion.ToSeries(Fixture.Population, p => p.Iso3, p => (double)p.Persons));
    }

    [Fact]
    public void Deedle_sum_of_an_empty_series_is_NaN_which_SumPresent_avoids()
    {
        // The hazard the transforms guard against: Deedle's Stats.sum of a series without values is NaN, not 0.
        var empty = DeedleConversion.ToSeries(new Dictionary<int, double?> { [2020] = null });
        Assert.True(double.IsNaN(Stats.sum(empty)));
        Assert.Equal((0.0, 0), KeyedValues.SumPresent(DeedleConversion.ToKeyedValues(empty)));
    }
}
