using System.Text;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// Reads the repository's data/*.csv files directly, without the library's loader, so that the analysis tests can derive
/// expected values a second, independent way. A minimal RFC 4180 reader: quoted fields, doubled quotes, LF line ends.
/// </summary>
internal static class RepositoryCsv
{
    public static string DataDirectory
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "ForcePosture.slnx")))
            {
                root = root.Parent;
            }

            Assert.True(root is not null, $"no ForcePosture.slnx above {AppContext.BaseDirectory}");
            return Path.Combine(root!.FullName, "data");
        }
    }

    /// <summary>The rows of a table as dictionaries from column name to raw text (empty string = missing).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        var records = Parse(File.ReadAllText(Path.Combine(DataDirectory, fileName), Encoding.UTF8));
        var header = records[0];
        return records.Skip(1).Select(fields =>
        {
            Assert.Equal(header.Count, fields.Count);
            return (IReadOnlyDictionary<string, string>)header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else if (c != '\r') field.Append(c);
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
