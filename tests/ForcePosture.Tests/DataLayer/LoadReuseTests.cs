using ForcePosture.Tables;

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
        Assert.Throws<NotSupportedException>(() => ((IList<Validation.Diagnostic>)dataset.Diagnostics).Clear());
        Assert.Equal(7, ForcePostureData.Load(package.Directory).Countries.Count);
    }
}
