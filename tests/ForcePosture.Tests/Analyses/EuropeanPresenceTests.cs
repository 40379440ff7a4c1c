using System.Globalization;
using System.Text.Json;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The numbers notebook 05's section "European partners: territories and forward presence" quotes, derived a second way from
/// data/european-forces.csv, data/rotational-deployments.csv and data/countries.csv (plain CSV reading, counted here), and
/// compared with the notebook's committed prose and with the committed data of its chart.
/// </summary>
public class EuropeanPresenceTests
{
    private static readonly string[] Senders = ["FRA", "GBR", "DEU", "ITA", "NLD"];
    private const int FirstYear = 2018, LastYear = 2025; // the codebook's inclusion rule, as in the notebook

    private static readonly Lazy<string> Prose = new(() =>
    {
        var path = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "notebooks", "05-pointillist-map.ipynb");
        using var notebook = JsonDocument.Parse(File.ReadAllText(path));
        var texts = notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.TryGetProperty("outputs", out _))
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .Where(o => o.TryGetProperty("data", out var d) && d.TryGetProperty("text/markdown", out _))
            .Select(o => string.Concat(o.GetProperty("data").GetProperty("text/markdown").EnumerateArray().Select(l => l.GetString())));
        return texts.Single(t => t.StartsWith("**What the data show.** The table holds", StringComparison.Ordinal));
    });

    private static string Name(string iso3) => RepositoryCsv.Read("countries.csv").Single(c => c["iso3"] == iso3)["name_en"];

    private static List<IReadOnlyDictionary<string, string>> EuropeanDeployments() => RepositoryCsv.Read("rotational-deployments.csv")
        .Where(d => Senders.Contains(d["sender_iso3"]) && d["figure_kind"] != "planned")
        .Where(d => int.Parse(d["year"], CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear)
        .ToList();

    [Fact]
    public void The_garrison_counts_and_the_largest_and_smallest_figures_are_those_of_the_csv()
    {
        var rows = RepositoryCsv.Read("european-forces.csv");
        var bySender = rows.GroupBy(r => r["sender_iso3"]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{Name(g.Key)} {g.Count()}");
        Assert.Contains($"The table holds {rows.Count} garrisons or units ({string.Join(", ", bySender)})", Prose.Value, StringComparison.Ordinal);

        var withFigure = rows.Where(r => r["personnel"] != "").OrderByDescending(r => int.Parse(r["personnel"], CultureInfo.InvariantCulture)).ToList();
        string Place(IReadOnlyDictionary<string, string> r) =>
            $"{Name(r["host_iso3"])} ({Name(r["sender_iso3"])}, {int.Parse(r["personnel"], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture)})";
        Assert.Contains($"the largest figures are {string.Join(", ", withFigure.Take(3).Select(Place))}", Prose.Value, StringComparison.Ordinal);
        Assert.Contains($"the smallest {string.Join(" and ", withFigure.TakeLast(2).Select(Place))}.", Prose.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deployment_counts_by_sender_and_year_are_those_of_the_csv()
    {
        var rows = EuropeanDeployments();
        var perSender = string.Join(", ", Senders.Select(s => $"{Name(s)} {rows.Count(d => d["sender_iso3"] == s)}"));
        Assert.Contains($"the table holds {rows.Count} European deployments in {FirstYear}-{LastYear}: {perSender}.", Prose.Value, StringComparison.Ordinal);

        var years = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).ToList();
        int Count(int year) => rows.Count(d => d["year"] == year.ToString(CultureInfo.InvariantCulture));
        var withFrance = years.Count(y => rows.Any(d => d["sender_iso3"] == "FRA" && d["year"] == y.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains($"France sent at least one in {withFrance} of the {years.Count} years", Prose.Value, StringComparison.Ordinal);
        var most = years.Max(Count);
        var busiest = years.Where(y => Count(y) == most).ToList();
        Assert.Contains(busiest.Count == 1 ? $"the busiest year is {busiest[0]} with {most}," : $"the busiest years are {string.Join(" and ", busiest)} with {most} each,",
            Prose.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_chart_data_is_the_csv_pivoted_by_year_and_sender()
    {
        var rows = EuropeanDeployments();
        var chart = RepositoryCsv.ReadFigureData("05-european-deployments");
        Assert.Equal(Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)), chart.Select(r => r["year"]));
        foreach (var row in chart)
        {
            foreach (var sender in Senders)
            {
                Assert.Equal(rows.Count(d => d["year"] == row["year"] && d["sender_iso3"] == sender).ToString(CultureInfo.InvariantCulture), row[sender]);
            }

            Assert.Equal(rows.Count(d => d["year"] == row["year"]).ToString(CultureInfo.InvariantCulture), row["all"]);
        }
    }
}
