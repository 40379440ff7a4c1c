using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ForcePosture.Files;

namespace ForcePosture.Curation;

/// <summary>Writes a curated table the way every file in data/ is written: UTF-8 without BOM, LF line endings, RFC 4180
/// quoting; through <see cref="AtomicFile"/>, so a failed run never leaves a half-written table.</summary>
internal static class CuratedCsv
{
    public static void WriteAtomically(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
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
        AtomicFile.WriteAllText(path, text.ToString());
    }
}
