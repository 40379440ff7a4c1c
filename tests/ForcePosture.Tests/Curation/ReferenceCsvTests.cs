using System.Text;
using ForcePosture.Curation.ReferenceFiles;
using ForcePosture.Files;

namespace ForcePosture.Tests.Curation;

/// <summary>The one reader of reference files: strict about shape and encoding, and every error names file, line and column.</summary>
public sealed class ReferenceCsvTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("forceposture-reference-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Write(string text, Encoding? encoding = null)
    {
        var path = Path.Combine(folder.FullName, "reference.csv");
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        return path;
    }

    [Fact]
    public void Rows_keep_their_line_in_the_file_and_fields_by_column()
    {
        var path = Write("a,b\nx,\"quoted, with comma\"\n\"two\nlines\",NA\nz,7.0\n");
        var rows = ReferenceCsv.Read(path, ["a", "b"]);
        Assert.Equal([2, 4, 5], rows.Select(r => r.Line));
        Assert.Equal("quoted, with comma", rows[0].Get("b"));
        Assert.Equal("two\nlines", rows[1].Get("a"));
        Assert.Null(rows[1].GetIntOrNa("b"));
        Assert.Equal(7, rows[2].GetInt("b"));
    }

    [Fact]
    public void A_missing_column_is_named_with_the_header()
    {
        var path = Write("a,b\n1,2\n");
        var error = Assert.Throws<InvalidDataException>(() => ReferenceCsv.Read(path, ["a", "c"]));
        Assert.Equal($"{path}:1: expected a column named 'c' (header: a,b)", error.Message);
    }

    [Fact]
    public void A_row_with_too_few_fields_names_its_line()
    {
        var path = Write("a,b\n1,2\n3\n");
        var error = Assert.Throws<InvalidDataException>(() => ReferenceCsv.Read(path, ["a"]));
        Assert.StartsWith($"{path}:3: expected 2 fields per row", error.Message);
    }

    [Fact]
    public void A_value_that_is_not_what_the_column_holds_names_line_and_column()
    {
        var path = Write("a,b\n1,12.5\n");
        var row = Assert.Single(ReferenceCsv.Read(path, ["a", "b"]));
        var error = Assert.Throws<InvalidDataException>(() => row.GetIntOrNa("b"));
        Assert.Equal($"{path}:2:2: b: expected a whole number or NA, found '12.5'", error.Message);
        Assert.Equal($"{path}:2:1: a: expected a year 1950-2025, found '1'", Assert.Throws<InvalidDataException>(() => row.GetYear("a", 1950, 2025)).Message);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_stop_the_read_instead_of_becoming_replacement_characters()
    {
        var path = Write("name\nBagotville\nCamp \u00f3\n", Encoding.Latin1);
        var error = Assert.Throws<InvalidDataException>(() => ReferenceCsv.Read(path, ["name"]));
        Assert.Contains(path, error.Message);
        Assert.Contains("not valid", error.Message);
        Assert.Equal("Camp \u00f3", ReferenceCsv.Read(path, ["name"], Encoding.Latin1)[1].Get("name"));
    }

    [Fact]
    public void An_atomic_write_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(folder.FullName, "nested", "table.csv");
        AtomicFile.WriteAllText(path, "first\n");
        AtomicFile.WriteAllText(path, "second\n");
        Assert.Equal("second\n", File.ReadAllText(path));
        Assert.Equal(["table.csv"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }
}
