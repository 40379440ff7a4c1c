using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ForcePosture.Tests.DataLayer;

/// <summary>
/// The loader on randomly damaged files: it must never throw, and a row that yields no record must never go unreported.
/// (Fails if, for example, a CsvHelper exception escaped, or a row were skipped without a diagnostic.)
/// </summary>
public class RobustnessPropertyTests
{
    private static readonly byte[] Original = File.ReadAllBytes(Path.Combine(FixturePackage.ValidDirectory, "agreements.csv"));

    private static readonly byte[][] Pieces =
        [[(byte)','], [(byte)'"'], [(byte)'\n'], [(byte)'\r'], [(byte)'x'], [(byte)'-'], [(byte)'9'], [(byte)' '], [0xE9], [0xEF, 0xBB, 0xBF], []];

    private static Gen<(int Position, int Delete, byte[] Insert)> Edit { get; } =
        from position in Gen.Choose(0, Original.Length)
        from delete in Gen.Choose(0, 3)
        from insert in Gen.Elements(Pieces)
        select (position, delete, insert);

    private static byte[] Apply(byte[] bytes, IEnumerable<(int Position, int Delete, byte[] Insert)> edits)
    {
        var list = bytes.ToList();
        foreach (var (position, delete, insert) in edits)
        {
            var at = Math.Min(position, list.Count);
            list.RemoveRange(at, Math.Min(delete, list.Count - at));
            list.InsertRange(at, insert);
        }

        return [.. list];
    }

    [Property(MaxTest = 60)]
    public Property Damaged_file_never_throws_and_never_loses_a_row_silently() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Edit).Select(l => l.Take(6).ToList())), edits =>
        {
            using var copy = FixturePackage.Copy().WriteBytes("agreements.csv", Apply(Original, edits));
            var data = ForcePostureData.Load(copy.Directory);
            var summary = data.Summaries.Single(s => s.File == "agreements.csv");
            var reported = data.Diagnostics.Any(d => d.File == "agreements.csv");
            return (data.Agreements.Count == summary.Rows || reported)
                && (data.IsValid == (data.Diagnostics.Count == 0))
                && data.Diagnostics.All(d => d.Line is null or >= 1 && d.Column is null or >= 1);
        });

    [Fact]
    public void Arbitrary_binary_content_is_reported_not_thrown()
    {
        using var copy = FixturePackage.Copy().WriteBytes("agreements.csv", [0x00, 0xFF, 0xFE, (byte)'"', 0x0A, 0xC3]);
        var data = ForcePostureData.Load(copy.Directory);
        Assert.False(data.IsValid);
        Assert.Contains(data.Diagnostics, d => d.File == "agreements.csv" && d.Message.StartsWith("invalid UTF-8", StringComparison.Ordinal));
        Assert.Empty(data.Agreements);
    }
}
