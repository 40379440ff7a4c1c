using System.Buffers.Binary;
using System.IO.Hashing;
using ForcePosture.Charts;
using ForcePosture.Figures;

namespace ForcePosture.Tests.Figures;

public sealed class PngFileTests
{
    // A 1x1 PNG as a canvas writes it: signature, IHDR, IDAT, IEND (no pixel density).
    private static readonly byte[] Canvas = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void The_printed_width_becomes_a_phys_chunk_after_the_header_with_a_valid_crc()
    {
        var png = PngFile.WithPrintedWidth(Canvas, 2.54);   // 1 px over one inch: 39.37 px per metre, rounded
        Assert.Equal(Canvas.Length + 21, png.Length);
        Assert.Equal(Canvas[..33], png[..33]);
        Assert.Equal(Canvas[33..], png[54..]);
        Assert.Equal("pHYs"u8.ToArray(), png[37..41]);
        Assert.Equal(39u, PngFile.PixelsPerMetre(png));
        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(50, 4)), Crc32.HashToUInt32(png.AsSpan(37, 13)));
        Assert.Null(PngFile.PixelsPerMetre(Canvas));
    }

    [Fact]
    public void A_png_that_already_declares_its_density_or_a_non_png_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => PngFile.WithPrintedWidth(PngFile.WithPrintedWidth(Canvas, 1), 1));
        Assert.Throws<InvalidDataException>(() => PngFile.WithPrintedWidth("%PDF-1.4 and more bytes than a header needs"u8.ToArray(), 1));
    }

    [Theory]
    [InlineData(FigureSize.Column)]
    [InlineData(FigureSize.Page)]
    [InlineData(FigureSize.Slide)]
    public void Every_preset_prints_its_png_at_300_pixels_per_inch_or_more(FigureSize size)
    {
        var d = FigureDimensions.For(size);
        var pixelsPerInch = d.Width * d.PrintScale / (d.PrintWidthCm / 2.54);
        Assert.True(pixelsPerInch >= 300, $"{size}: {pixelsPerInch:0} px per inch");
        Assert.Equal(d.PrintWidthCm * 10, d.PrintHeightCm(d.Width * 10), 9);
    }
}
