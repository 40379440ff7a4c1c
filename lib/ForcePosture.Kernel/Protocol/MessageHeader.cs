using System.Globalization;
using System.Text.Json.Serialization;

namespace ForcePosture.Kernel.Protocol;

/// <summary>A Jupyter message header (protocol 5.3).</summary>
public sealed record MessageHeader(
    [property: JsonPropertyName("msg_id")] string MsgId,
    [property: JsonPropertyName("session")] string Session,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("msg_type")] string MsgType,
    [property: JsonPropertyName("version")] string Version)
{
    public const string ProtocolVersion = "5.3";

    public static MessageHeader Create(string msgType, string session, string username = "kernel") =>
        new(Guid.NewGuid().ToString("N"), session, username,
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            msgType, ProtocolVersion);
}
