using ForcePosture.Tables;
using ForcePosture.Cells;

namespace ForcePosture.Tests.DataLayer;

/// <summary>A package whose files have not changed is loaded once per process; any change to any byte loads it afresh.</summary>
public class LoadReuseTests
{
    [Fact]
    public void Unchanged_files_give_the_same_dataset_and_a_changed_byte_loads_afresh()
    {
        using var package = FixturePackage.Copy();
        var first = ForcePostureData.Load(package.Directory);
        Assert.True(first.IsValid);
        Assert.Same(first, ForcePostureData.Load(package.Directory));

        // Same length, one character different: still noticed.
        var countries = File.ReadAllText(package.PathOf("countries.csv"));
        package.WriteBytes("countries.csv", System.Text.Encoding.UTF8.GetBytes(countries.Replace("JPN", "JPX")));
        var changed = ForcePostureData.Load(package.Directory);
        Assert.NotSame(first, changed);
        Assert.False(changed.IsValid);
        Assert.Contains(changed.Countries, c => c.Iso3 == "JPX");

        package.WriteBytes("countries.csv", System.Text.Encoding.UTF8.GetBytes(countries));
        Assert.True(ForcePostureData.Load(package.Directory).IsValid);
    }

    [Fact]
    public void A_shared_dataset_cannot_be_changed_through_its_lists()
    {
        using var package = FixturePackage.Copy();
        var dataset = ForcePostureData.Load(package.Directory);
        Assert.Throws<NotSupportedException>(() => ((IList<Country>)dataset.Countries).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Diagnostic>)dataset.Diagnostics).Clear());
        Assert.Equal(7, ForcePostureData.Load(package.Directory).Countries.Count);
    }

    [Fact]
    public void Every_list_of_a_shared_dataset_and_of_its_rows_refuses_a_change_through_a_cast()
    {
        using var package = FixturePackage.Copy();
        var dataset = ForcePostureData.Load(package.Directory);
        AssertReadOnly(dataset.Sources);
        AssertReadOnly(dataset.Countries);
        AssertReadOnly(dataset.UsTroops);
        AssertReadOnly(dataset.DefenceSpending);
        AssertReadOnly(dataset.Population);
        AssertReadOnly(dataset.Gdp);
        AssertReadOnly(dataset.UsBases);
        AssertReadOnly(dataset.Agreements);
        AssertReadOnly(dataset.AgreementParties);
        AssertReadOnly(dataset.AccessSites);
        AssertReadOnly(dataset.RotationalDeployments);
        AssertReadOnly(dataset.EuropeanForces);
        AssertReadOnly(dataset.IndustrialFacilities);
        AssertReadOnly(dataset.CostSharing);
        AssertReadOnly(dataset.ExchangeRates);
        AssertReadOnly(dataset.Diagnostics);
        AssertReadOnly(dataset.Summaries);

        // A row's sources: the list a caller gets is not the reader's list, and a cast cannot change it.
        var agreement = dataset.Agreements[0];
        var sources = agreement.Provenance.SourceIds;
        AssertReadOnly(sources);
        var before = sources.ToList();
        Assert.Throws<NotSupportedException>(() => ((IList<string>)sources)[0] = "changed");
        Assert.Equal(before, ForcePostureData.Load(package.Directory).Agreements[0].Provenance.SourceIds);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is List<T>, $"{typeof(T).Name}: a List<T> can be changed through a cast");
        Assert.False(list is T[], $"{typeof(T).Name}: an array can be changed through a cast");
        var collection = Assert.IsAssignableFrom<ICollection<T>>(list);
        Assert.True(collection.IsReadOnly, $"{typeof(T).Name}: the list says it can be changed");
        Assert.Throws<NotSupportedException>(() => collection.Clear());
    }
}
