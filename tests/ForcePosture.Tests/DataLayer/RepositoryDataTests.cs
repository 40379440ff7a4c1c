using ForcePosture.Figures;

namespace ForcePosture.Tests.DataLayer;

/// <summary>Validates the repository's real data/ directory: every table present, every rule of the validator passing.</summary>
public class RepositoryDataTests
{
    [Fact]
    public void Repository_data_directory_is_valid()
    {
        var dataDirectory = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "data");
        var data = ForcePostureData.Load(dataDirectory);
        Assert.NotNull(data.Package);
        var missing = data.Package!.Resources.Select(r => r.Path).Where(p => !File.Exists(Path.Combine(dataDirectory, p))).ToList();
        Assert.True(missing.Count == 0, $"missing in data/: {string.Join(", ", missing)}");
        Assert.True(data.IsValid, string.Join(Environment.NewLine, data.Diagnostics.Select(d => d.ToString())));
    }
}
