using System.Text;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Figures;

public sealed class PdfDocumentTests
{
    // The information dictionary as Chromium (Skia) writes it, inside a minimal document.
    private const string Printed =
        "%PDF-1.4\n1 0 obj\n<</Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261207031419+00'00')\n/ModDate (D:20261207031420+00'00')>>\nendobj\n" +
        "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2 /Info 1 0 R>>\nstartxref\n190\n%%EOF\n";

    [Fact]
    public void Timestamps_are_blanked_in_place_so_every_offset_stays_and_two_prints_compare_equal()
    {
        var first = PdfDocument.WithoutTimestamps(Encoding.Latin1.GetBytes(Printed));
        var later = PdfDocument.WithoutTimestamps(Encoding.Latin1.GetBytes(Printed.Replace("D:20261207031419", "D:20271231235959", StringComparison.Ordinal)));
        Assert.Equal(first, later);
        Assert.Equal(Printed.Length, first.Length);
        var text = Encoding.Latin1.GetString(first);
        Assert.DoesNotContain("CreationDate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ModDate", text, StringComparison.Ordinal);
        // Everything else, offsets included, is where it was.
        Assert.Equal(Printed.IndexOf("/Producer", StringComparison.Ordinal), text.IndexOf("/Producer", StringComparison.Ordinal));
        Assert.Equal(Printed.IndexOf("xref", StringComparison.Ordinal), text.IndexOf("xref", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_stream_bytes_pass_through_unchanged()
    {
        var bytes = Encoding.Latin1.GetBytes(Printed).Concat(Enumerable.Range(0, 256).Select(b => (byte)b)).ToArray();
        var result = PdfDocument.WithoutTimestamps(bytes);
        Assert.Equal(bytes[^256..], result[^256..]);
    }

    [Fact]
    public void Something_other_than_a_pdf_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => PdfDocument.WithoutTimestamps("<svg></svg>"u8.ToArray()));
    }
}
