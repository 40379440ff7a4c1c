using ForcePosture.Prose;
using ForcePosture.Tests.Analyses;

namespace ForcePosture.Tests.Prose;

public sealed class CountryNamesTests
{
    [Theory]
    [InlineData("Philippines", "the Philippines")]
    [InlineData("United States", "the United States")]
    [InlineData("United Kingdom", "the United Kingdom")]
    [InlineData("Netherlands", "the Netherlands")]
    [InlineData("Solomon Islands", "the Solomon Islands")]
    [InlineData("Dominican Republic", "the Dominican Republic")]
    [InlineData("Japan", "Japan")]
    [InlineData("New Zealand", "New Zealand")]
    [InlineData("South Korea", "South Korea")]
    [InlineData("Guam", "Guam")]
    public void Names_take_the_article_running_english_gives_them(string name, string inSentence) =>
        Assert.Equal(inSentence, CountryNames.InSentence(name));

    [Fact]
    public void No_name_of_the_country_table_gets_a_second_article_or_loses_its_text()
    {
        var names = RepositoryCsv.Read("countries.csv").Select(c => c["name_en"]).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(CountryNames.InSentence(n), new[] { n, "the " + n }));
        Assert.DoesNotContain(names, n => n.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
    }
}
