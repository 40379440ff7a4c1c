using System.Globalization;
using ForcePosture.Curation;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Curation;

/// <summary>Japan and the Ryukyu Islands (Okinawa) 1950-1973 in data/us-troops.csv (correction <c>ryukyu-separated</c>): each
/// row is the report line the transcription of the compilers' June 2024 per-report file gives, and the curation refuses a
/// transcription whose Japan, Ryukyu and Bonin lines do not add up to the older series' Japan.</summary>
public class RyukyuIslandsTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
    private static readonly string Transcription = Path.Combine(Root, "lib", "ForcePosture.Curation", "Inputs", "troopdata-reports-japan-1950-1973.csv");

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(kv => kv.Key, kv => (string)kv.Value)).ToList();
    }

    [Fact]
    public void Japan_and_the_Ryukyu_Islands_hold_their_own_report_lines_1950_to_1973()
    {
        var troops = ReadCsv(Path.Combine(Root, "data", "us-troops.csv")).ToDictionary(r => (r["iso3"], int.Parse(r["year"], CultureInfo.InvariantCulture)));
        var lines = ReadCsv(Transcription).Where(l => l["place"] is "JPN" or "XRY").ToList();
        Assert.Equal(44, lines.Count);   // 22 report years (1950, 1953-1973), two lines each
        foreach (var line in lines)
        {
            var row = troops[(line["place"], int.Parse(line["year"], CultureInfo.InvariantCulture))];
            Assert.Equal(line["total"], row["total"]);
            Assert.Equal("dmdc-troopdata-reports-2024", row["source_id"]);
            Assert.Equal(line["month"] == "June" ? "06" : "09", row["report"][5..]);
        }
        Assert.All(troops.Values.Where(r => r["iso3"] == "JPN" && int.Parse(r["year"], CultureInfo.InvariantCulture) <= 1973),
            r => Assert.Contains("ryukyu-separated", r["correction"].Split(';')));
        // No report in 1951-1952, and the compilers' interpolation ran between totals that were not Japan's.
        Assert.Equal("", troops[("JPN", 1951)]["total"]);
        Assert.Equal("", troops[("JPN", 1952)]["total"]);
        Assert.DoesNotContain(troops.Keys, k => k.Item1 == "XRY" && k.Item2 > 1973);
    }

    [Fact]
    public void The_ryukyu_islands_are_a_place_of_the_country_table_with_a_korean_name()
    {
        var row = ReadCsv(Path.Combine(Root, "data", "countries.csv")).Single(r => r["iso3"] == "XRY");
        Assert.Equal("Ryukyu Islands", row["name_en"]);
        Assert.False(string.IsNullOrWhiteSpace(row["name_ko"]));
    }

    [ReferenceDataFact]
    public void A_transcription_that_disagrees_with_the_older_series_stops_the_curation_naming_file_and_line()
    {
        var lines = File.ReadAllLines(Transcription);
        var japan1970 = Array.FindIndex(lines, l => l.Contains(",1970,September,Japan,JPN,", StringComparison.Ordinal));
        Assert.True(japan1970 > 0);
        var fields = lines[japan1970].Split(',');
        fields[5] = (int.Parse(fields[5], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        lines[japan1970] = string.Join(',', fields);
        var folder = Directory.CreateTempSubdirectory("forceposture-ryukyu-");
        try
        {
            var planted = Path.Combine(folder.FullName, "transcription.csv");
            File.WriteAllLines(planted, lines);
            var error = Assert.Throws<InvalidDataException>(() =>
                new UsTroopsCuration(planted).Run(new CurationContext(ReferenceData.Directory()!, folder.FullName, Root)));
            Assert.Contains($"{planted}:{japan1970 + 1}", error.Message, StringComparison.Ordinal);
            Assert.Contains("1970", error.Message, StringComparison.Ordinal);
            Assert.Contains("older series", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "us-troops.csv")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
