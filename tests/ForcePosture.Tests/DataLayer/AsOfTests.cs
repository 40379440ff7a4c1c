using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.DataPackage;
using ForcePosture.Figures;

namespace ForcePosture.Tests.DataLayer;

/// <summary>The event tables' as-of dates live in one place, the resources' <c>asOf</c> in data/datapackage.json, and the
/// notebooks read them from there (<see cref="Dataset.AsOf"/>).</summary>
public class AsOfTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    private static DateOnly Recorded(string resource)
    {
        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "data", "datapackage.json")))!;
        var value = descriptor["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == resource)!["asOf"]!.GetValue<string>();
        return DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_as_of_date_of_several_tables_is_the_earliest_they_record()
    {
        var data = ForcePostureData.Load(Path.Combine(Root, "data"));
        Assert.Equal(Recorded("agreements"), data.AsOf("agreements"));
        var tables = new[] { "access-sites", "rotational-deployments", "industrial-facilities", "agreements" };
        Assert.Equal(tables.Select(Recorded).Min(), data.AsOf(tables));
        var error = Assert.Throws<ArgumentException>(() => data.AsOf("countries"));
        Assert.Contains("the resource 'countries' has no asOf date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_as_of_date_is_a_diagnostic_naming_its_line()
    {
        const string json = "{\n  \"name\": \"p\",\n  \"resources\": [\n    {\"name\": \"t\", \"path\": \"t.csv\", \"asOf\": \"7 Dec 2026\",\n     \"schema\": {\"fields\": [{\"name\": \"a\", \"type\": \"string\"}]}}\n  ]\n}\n";
        var result = DataPackageReader.Parse(Encoding.UTF8.GetBytes(json), "datapackage.json");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("expected a date as YYYY-MM-DD, found '7 Dec 2026'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(4, diagnostic.Line);
    }
}
