using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ForcePosture.Curation.ReferenceFiles;

/// <summary>
/// The one reader of the reference CSV files in ../shared/reference-data (troopdata, World Bank, Maddison, SIPRI extract).
/// It is strict: a missing file or column, a row with the wrong number of fields, a malformed quoted field or bytes that
/// are not valid in the file's encoding stop the curation with an error naming file, line (and column where there is one).
/// </summary>
internal static class ReferenceCsv
{
    /// <summary>Every data row of <paramref name="path"/>, after checking that the header has each required column.</summary>
    /// <param name="encoding">The file's encoding: UTF-8 (the default) is read with invalid bytes an error; a file known to be
    /// ISO-8859-1 passes <see cref="Encoding.Latin1"/>, in which every byte is a character.</param>
    public static List<ReferenceRow> Read(string path, IReadOnlyList<string> requiredColumns, Encoding? encoding = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: reference file not found", path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = true,
            BadDataFound = args => throw new InvalidDataException($"{path}:{args.Context.Parser?.RawRow}: malformed CSV field: {args.Field}"),
        };
        using var reader = new StreamReader(path, encoding ?? new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        using var csv = new CsvReader(reader, config);
        var header = ReadHeader(path, csv);
        foreach (var column in requiredColumns)
            if (!header.Contains(column))
                throw new InvalidDataException($"{path}:1: expected a column named '{column}' (header: {string.Join(",", header)})");
        var rows = new List<ReferenceRow>();
        try
        {
            while (csv.Read())
            {
                var fields = new string[header.Length];
                for (var i = 0; i < header.Length; i++) fields[i] = csv.GetField(i) ?? "";
                rows.Add(new ReferenceRow(path, csv.Parser.RawRow, header, fields));
            }
        }
        catch (CsvHelperException e)
        {
            throw new InvalidDataException($"{path}:{csv.Parser.RawRow}: expected {header.Length} fields per row ({e.GetType().Name})", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{path}: after line {csv.Parser.RawRow}: bytes that are not valid {reader.CurrentEncoding.WebName}", e);
        }
        return rows;
    }

    private static string[] ReadHeader(string path, CsvReader csv)
    {
        try
        {
            if (csv.Read() && csv.ReadHeader() && csv.HeaderRecord is { Length: > 0 } header) return header;
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{path}:1: the header has bytes that are not valid in the file's encoding", e);
        }
        throw new InvalidDataException($"{path}:1: empty file, expected a header row");
    }
}
