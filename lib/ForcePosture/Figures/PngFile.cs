using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace ForcePosture.Figures;

/// <summary>What the figures need to write into a PNG file Chromium encoded.</summary>
internal static class PngFile
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image with a <c>pHYs</c> chunk (pixels per metre) that makes it <paramref name="widthCm"/> wide when placed
    /// in a word processor or layout program, inserted after the header (a PNG from a canvas carries none).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PNG image, or it already says its pixel density.</exception>
    public static byte[] WithPrintedWidth(byte[] png, double widthCm)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || Encoding.ASCII.GetString(png, 12, 4) != "IHDR")
            throw new InvalidDataException("Chromium returned something other than a PNG image");
        if (Encoding.Latin1.GetString(png).Contains("pHYs", StringComparison.Ordinal))
            throw new InvalidDataException("the PNG already carries a pixel density (pHYs)");
        var widthPx = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4));
        var perMetre = (uint)Math.Round(widthPx / (widthCm / 100));
        // Chunk: length 9, type, x and y pixels per unit, unit 1 (metre), CRC-32 of type and data.
        var chunk = new byte[21];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32.HashToUInt32(chunk.AsSpan(4, 13)));
        const int afterHeader = 8 + 4 + 4 + 13 + 4;
        return [.. png.AsSpan(0, afterHeader), .. chunk, .. png.AsSpan(afterHeader)];
    }

    /// <summary>The pixel density a PNG declares, in pixels per metre, or null when it declares none.</summary>
    public static uint? PixelsPerMetre(byte[] png)
    {
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at, 4));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "pHYs" && png[at + 16] == 1) return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8, 4));
            at += 12 + length;
        }
        return null;
    }
}
