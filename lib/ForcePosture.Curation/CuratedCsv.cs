using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ForcePosture.Curation;

/// <summary>Writes a curated table the way every file in data/ is written: UTF-8 without BOM, LF line endings, RFC 4180
/// quoting; to a temporary file in the same folder, then moved into place, so a failed run never leaves a half-written table.</summary>
internal static class CuratedCsv
{
    public static void WriteAtomically(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? throw new ArgumentException($"no folder in {path}");
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
            {
                foreach (var name in header) csv.WriteField(name);
                csv.NextRecord();
                foreach (var row in rows)
                {
                    if (row.Count != header.Count)
                        throw new InvalidOperationException($"{path}: row with {row.Count} fields, header has {header.Count}");
                    foreach (var field in row) csv.WriteField(field ?? "");
                    csv.NextRecord();
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
