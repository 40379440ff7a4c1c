using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ForcePosture.Cells;

namespace ForcePosture.Validation;

/// <summary>One CSV record as read, before any typing.</summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Cells">The fields as the parser returned them.</param>
/// <param name="Broken">True when the record's text could not be read faithfully (bad quoting, invalid bytes, blank line): its
/// cells are not checked further and it yields no typed record. A diagnostic has been reported for it.</param>
internal sealed record RawRow(int Line, string[] Cells, bool Broken);

/// <summary>A CSV file read into header and records.</summary>
internal sealed record RawTable(string File, RawRow Header, IReadOnlyList<RawRow> Rows);

/// <summary>
/// Reads a CSV file strictly: UTF-8 only, RFC 4180 quoting, every record with its physical start line.
/// Problems are reported as diagnostics; nothing is thrown for bad input.
/// </summary>
/// <remarks>
/// Byte-order mark: a leading UTF-8 BOM is reported as an error (the repository's CSV convention is UTF-8 without BOM, LF line
/// endings) and then skipped, so the rest of the file is still checked normally and its header is not reported as well.
/// Invalid UTF-8 bytes are reported at the physical line they are on (and the column of the field holding them); the rest of the
/// file is still read, with those records marked broken.
/// </remarks>
internal static class CsvTableReader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static RawTable? Read(string path, string file, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(file, null, null, null, "file not found: the data package lists this resource, so the file must exist"));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(file, null, null, null, $"cannot read the file: {e.Message}"));
            return null;
        }

        return Parse(bytes, file, diagnostics);
    }

    public static RawTable? Parse(byte[] bytes, string file, List<Diagnostic> diagnostics)
    {
        var offset = 0;
        if (bytes.AsSpan().StartsWith(Bom))
        {
            diagnostics.Add(new Diagnostic(file, 1, 1, null, "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM"));
            offset = Bom.Length;
        }

        if (bytes.Length - offset == 0)
        {
            diagnostics.Add(new Diagnostic(file, 1, 1, null, "the file is empty: expected a header row"));
            return null;
        }

        // The usual case, valid UTF-8, is one vectorised check; only a file that fails it is scanned byte by byte for the lines.
        var invalidBytesByLine = System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(offset)) ? new SortedDictionary<int, List<byte>>() : FindInvalidUtf8(bytes.AsSpan(offset));
        var text = Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);

        var badData = new List<(string Field, string RawRecord)>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            Quote = '"',
            Escape = '"',
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            BadDataFound = args => badData.Add((args.Field, args.RawRecord)),
            // The parser never asks for a field by index; field counts are compared with the header below.
            MissingFieldFound = null,
        };

        var records = new List<RawRow>();
        var linesConsumed = 0;
        using var parser = new CsvParser(new StringReader(text), configuration);
        try
        {
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                var startLine = linesConsumed + 1;
                var lineCount = CountLineBreaks(raw);
                linesConsumed += lineCount;
                var cells = parser.Record ?? [];
                var broken = false;

                foreach (var (field, rawRecord) in badData)
                {
                    broken = true;
                    var column = ColumnAt(rawRecord, rawRecord.IndexOf(field, StringComparison.Ordinal));
                    var quotes = field.Count(c => c == '"');
                    var message = field.StartsWith('"') && quotes % 2 == 1
                        ? "broken quoting: a quoted field is opened here and never closed (the rest of the file was read into it)"
                        : "broken quoting: a quote inside an unquoted field or text after a closing quote; quote the whole field and double any quote inside it";
                    diagnostics.Add(new Diagnostic(file, startLine, column, null, message));
                }

                badData.Clear();

                if (cells.Length == 1 && cells[0].Length == 0 && raw.Trim('\r', '\n').Length == 0)
                {
                    diagnostics.Add(new Diagnostic(file, startLine, null, null, "blank line: remove it (every line must be a record)"));
                    broken = true;
                }

                var lastLine = startLine + Math.Max(0, lineCount - (raw.EndsWith('\n') || raw.EndsWith('\r') ? 1 : 0));
                broken |= ReportInvalidBytes(file, startLine, lastLine, cells, invalidBytesByLine, diagnostics);
                records.Add(new RawRow(startLine, cells, broken));
            }
        }
        catch (CsvHelperException e)
        {
            diagnostics.Add(new Diagnostic(file, linesConsumed + 1, null, null, $"the CSV cannot be parsed beyond this point: {e.Message.Split('\n')[0]}"));
        }

        if (records.Count == 0)
        {
            diagnostics.Add(new Diagnostic(file, 1, 1, null, "the file is empty: expected a header row"));
            return null;
        }

        return new RawTable(file, records[0], records.Skip(1).ToList());
    }

    /// <summary>Maps each 1-based line holding invalid UTF-8 to the offending bytes.</summary>
    private static SortedDictionary<int, List<byte>> FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var result = new SortedDictionary<int, List<byte>>();
        var line = 1;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                }
            }
            else
            {
                if (!result.TryGetValue(line, out var list))
                {
                    result[line] = list = [];
                }

                for (var k = 0; k < Math.Max(consumed, 1); k++)
                {
                    list.Add(bytes[i + k]);
                }
            }

            i += Math.Max(consumed, 1);
        }

        return result;
    }

    private static bool ReportInvalidBytes(
        string file, int firstLine, int lastLine, string[] cells, SortedDictionary<int, List<byte>> invalid, List<Diagnostic> diagnostics)
    {
        if (invalid.Count == 0) return false;
        var broken = false;
        var cellsWithReplacement = cells.Select((c, i) => (c, i)).Where(x => x.c.Contains('\uFFFD')).Select(x => x.i + 1).ToList();
        var k = 0;
        foreach (var (line, bytes) in invalid.Where(kv => kv.Key >= firstLine && kv.Key <= lastLine))
        {
            int? column = k < cellsWithReplacement.Count ? cellsWithReplacement[k++] : null;
            var hex = string.Join(" ", bytes.Take(4).Select(b => $"0x{b:X2}"));
            diagnostics.Add(new Diagnostic(file, line, column, null,
                $"invalid UTF-8: byte(s) {hex} cannot be decoded; the file must be saved as UTF-8 (these look like Latin-1 or Windows-1252 text)"));
            broken = true;
        }

        return broken;
    }

    private static int CountLineBreaks(string raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>1-based field position of character <paramref name="position"/> in a raw record (commas outside quotes before it, plus one).</summary>
    private static int? ColumnAt(string rawRecord, int position)
    {
        if (position < 0)
        {
            return null;
        }

        var column = 1;
        var inQuotes = false;
        for (var i = 0; i < position && i < rawRecord.Length; i++)
        {
            if (rawRecord[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (rawRecord[i] == ',' && !inQuotes)
            {
                column++;
            }
        }

        return column;
    }
}
