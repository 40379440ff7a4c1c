using System.Text;
using System.Text.RegularExpressions;

namespace ForcePosture.Figures;

/// <summary>What the figures need to know about a PDF file Chromium printed.</summary>
internal static partial class PdfDocument
{
    // Chromium (Skia) writes its document information dictionary in plain text: "/CreationDate (D:20261207031419+00'00')".
    [GeneratedRegex(@"/(CreationDate|ModDate) \(D:[0-9]{4,14}[^)]*\)")]
    private static partial Regex Timestamp();

    /// <summary>The document with its creation and modification dates overwritten by spaces of the same length: whitespace
    /// inside a dictionary is valid PDF, and every object keeps its byte offset, so the cross-reference table stays right.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PDF document.</exception>
    public static byte[] WithoutTimestamps(byte[] pdf)
    {
        if (pdf.Length < 5 || Encoding.ASCII.GetString(pdf, 0, 5) != "%PDF-") throw new InvalidDataException("Chromium returned something other than a PDF document");
        // Latin-1 maps every byte to one char and back, so binary streams pass through unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var blanked = Timestamp().Replace(text, m => new string(' ', m.Length));
        return Encoding.Latin1.GetBytes(blanked);
    }
}
