using System.Text.Json.Nodes;

namespace ForcePosture.Kernel.Protocol;

/// <summary>One Jupyter message as it travels on a socket. <paramref name="Identities"/> are the ZeroMQ routing
/// frames before the "&lt;IDS|MSG&gt;" delimiter (on iopub: the topic).</summary>
public sealed record KernelMessage(
    IReadOnlyList<byte[]> Identities,
    MessageHeader Header,
    MessageHeader? ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MsgType => Header.MsgType;

    /// <summary>A reply or output caused by <paramref name="parent"/>, sent back to the same identities.</summary>
    public static KernelMessage ReplyTo(KernelMessage parent, string msgType, JsonObject content, string session, JsonObject? metadata = null) =>
        new(parent.Identities, MessageHeader.Create(msgType, session), parent.Header, metadata ?? new JsonObject(), content, []);
}
