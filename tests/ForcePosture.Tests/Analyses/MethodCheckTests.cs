using ForcePosture.Analyses;

namespace ForcePosture.Tests.Analyses;

public class MethodCheckTests
{
    [Fact]
    public void Equal_sequences_pass_and_say_what_agreed()
    {
        var text = MethodCheck.Same("totals by year", [(1990, 5), (1991, 6)], [(1990, 5), (1991, 6)], "Lib.Totals").Text;
        Assert.Equal("Checked: the notebook's totals by year (2 items) agree with `Lib.Totals`.", text);
    }

    [Fact]
    public void The_first_differing_item_is_named()
    {
        var e = Assert.Throws<MethodCheckException>(() => MethodCheck.Same("totals", [(1990, 5), (1991, 6)], [(1990, 5), (1991, 7)], "Lib.Totals"));
        Assert.Equal("the notebook's totals differs from Lib.Totals at item 2: the notebook has (1991, 6), the library (1991, 7)", e.Message);
    }

    [Fact]
    public void A_missing_or_extra_item_fails()
    {
        Assert.Throws<MethodCheckException>(() => MethodCheck.Same("totals", [1, 2], [1, 2, 3], "Lib"));
        Assert.Throws<MethodCheckException>(() => MethodCheck.Close<int>("shares", [(1, 1.0), (2, 2.0)], [(1, 1.0)], "Lib"));
    }

    [Fact]
    public void Close_values_pass_within_the_tolerance_and_fail_outside_it()
    {
        MethodCheck.Close<int>("shares", [(1990, 100.0 * 1 / 3), (1991, null)], [(1990, 1.0 / 3 * 100), (1991, null)], "Lib");
        var e = Assert.Throws<MethodCheckException>(() => MethodCheck.Close<int>("shares", [(1990, 33.4)], [(1990, 33.3)], "Lib", 1e-3));
        Assert.Contains("at 1990: the notebook has 33.4, the library 33.3", e.Message);
        Assert.Throws<MethodCheckException>(() => MethodCheck.Close<int>("shares", [(1990, null)], [(1990, 0.0)], "Lib"));
        Assert.Throws<MethodCheckException>(() => MethodCheck.Close<int>("shares", [(1990, 1.0)], [(1991, 1.0)], "Lib"));
    }
}
