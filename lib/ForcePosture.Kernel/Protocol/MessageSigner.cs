using System.Security.Cryptography;
using System.Text;

namespace ForcePosture.Kernel.Protocol;

/// <summary>HMAC-SHA256 over header, parent_header, metadata and content, as the Jupyter wire protocol defines it.
/// An empty key disables signing (the signature is then the empty string), as in Jupyter.</summary>
public sealed class MessageSigner
{
    public const string Scheme = "hmac-sha256";

    private readonly byte[] key;

    public MessageSigner(string key) => this.key = Encoding.UTF8.GetBytes(key);

    public bool Enabled => key.Length > 0;

    /// <summary>Lower-case hex of the HMAC of the given frames, or "" when signing is disabled.</summary>
    public string Sign(IReadOnlyList<byte[]> parts)
    {
        if (!Enabled) return "";
        return Convert.ToHexStringLower(Compute(parts));
    }

    /// <summary>Constant-time check of a received hex signature against the frames it signs.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> parts)
    {
        if (!Enabled) return true;
        byte[] received;
        try { received = Convert.FromHexString(signature); }
        catch (FormatException) { return false; }
        var expected = Compute(parts);
        return CryptographicOperations.FixedTimeEquals(received, expected);
    }

    private byte[] Compute(IReadOnlyList<byte[]> parts)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var part in parts) hmac.AppendData(part);
        return hmac.GetHashAndReset();
    }
}
