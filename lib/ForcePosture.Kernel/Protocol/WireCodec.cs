using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForcePosture.Kernel.Protocol;

/// <summary>Turns messages into ZeroMQ frames and back:
/// [identities...] "&lt;IDS|MSG&gt;" signature header parent_header metadata content [buffers...].</summary>
public sealed class WireCodec(MessageSigner signer)
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private static readonly JsonSerializerOptions HeaderJson = new() { WriteIndented = false };

    public List<byte[]> Encode(KernelMessage message)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(message.Header, HeaderJson);
        var parent = message.ParentHeader is null ? "{}"u8.ToArray() : JsonSerializer.SerializeToUtf8Bytes(message.ParentHeader, HeaderJson);
        var metadata = Encoding.UTF8.GetBytes(message.Metadata.ToJsonString());
        var content = Encoding.UTF8.GetBytes(message.Content.ToJsonString());
        var signed = new[] { header, parent, metadata, content };
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(signed)));
        frames.AddRange(signed);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Parses and authenticates received frames. Returns false with a reason for anything malformed or
    /// badly signed; such a message must be dropped.</summary>
    public bool TryDecode(IReadOnlyList<byte[]> frames, out KernelMessage? message, out string? problem)
    {
        message = null;
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        }
        if (delimiter < 0) { problem = "no <IDS|MSG> delimiter frame"; return false; }
        if (frames.Count < delimiter + 6) { problem = $"expected at least 5 frames after the delimiter, found {frames.Count - delimiter - 1}"; return false; }

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var signed = new[] { frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5] };
        if (!signer.Verify(signature, signed)) { problem = "bad signature"; return false; }

        try
        {
            var header = JsonSerializer.Deserialize<MessageHeader>(signed[0], HeaderJson);
            if (header is null || header.MsgId is null || header.MsgType is null)
            {
                problem = "header lacks msg_id or msg_type";
                return false;
            }
            header = header with
            {
                Session = header.Session ?? "",
                Username = header.Username ?? "",
                Date = header.Date ?? "",
                Version = header.Version ?? "",
            };
            var parentNode = JsonNode.Parse(signed[1]) as JsonObject;
            MessageHeader? parent = parentNode is { Count: > 0 } ? JsonSerializer.Deserialize<MessageHeader>(signed[1], HeaderJson) : null;
            var metadata = JsonNode.Parse(signed[2]) as JsonObject ?? throw new JsonException("metadata is not a JSON object");
            var content = JsonNode.Parse(signed[3]) as JsonObject ?? throw new JsonException("content is not a JSON object");
            message = new KernelMessage(frames.Take(delimiter).ToArray(), header, parent, metadata, content, frames.Skip(delimiter + 6).ToArray());
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"malformed JSON: {e.Message}";
            return false;
        }
    }
}
