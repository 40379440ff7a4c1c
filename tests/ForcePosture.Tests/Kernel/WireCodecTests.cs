using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Kernel.Protocol;

namespace ForcePosture.Tests.Kernel;

public class WireCodecTests
{
    private readonly WireCodec codec = new(new MessageSigner("a-key"));

    private static KernelMessage Sample() => new(
        [Encoding.ASCII.GetBytes("client-identity")],
        MessageHeader.Create("execute_request", "client-session", "researcher"),
        null,
        new JsonObject { ["cellId"] = "c1" },
        new JsonObject { ["code"] = "1+1", ["silent"] = false },
        [new byte[] { 1, 2, 3 }]);

    [Fact]
    public void Encodes_frames_in_the_wire_order_and_decodes_them_back()
    {
        var message = Sample();
        var frames = codec.Encode(message);

        Assert.Equal("client-identity", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal(64, frames[2].Length);
        Assert.Equal("{}", Encoding.UTF8.GetString(frames[4]));
        Assert.Equal(new byte[] { 1, 2, 3 }, frames[7]);
        Assert.Equal(8, frames.Count);
        var header = JsonNode.Parse(frames[3])!.AsObject();
        Assert.Equal(["msg_id", "session", "username", "date", "msg_type", "version"], header.Select(p => p.Key));
        Assert.Equal("5.3", (string?)header["version"]);

        Assert.True(codec.TryDecode(frames, out var decoded, out var problem), problem);
        Assert.Equal(message.Header, decoded!.Header);
        Assert.Null(decoded.ParentHeader);
        Assert.Equal("1+1", (string?)decoded.Content["code"]);
        Assert.Equal("c1", (string?)decoded.Metadata["cellId"]);
        Assert.Equal(message.Identities[0], decoded.Identities[0]);
        Assert.Equal(new byte[] { 1, 2, 3 }, decoded.Buffers.Single());
    }

    [Fact]
    public void A_reply_carries_the_request_header_as_parent_and_its_identities()
    {
        var request = Sample();
        var reply = KernelMessage.ReplyTo(request, "execute_reply", new JsonObject { ["status"] = "ok" }, "kernel-session");
        Assert.True(codec.TryDecode(codec.Encode(reply), out var decoded, out _));
        Assert.Equal(request.Header, decoded!.ParentHeader);
        Assert.Equal("execute_reply", decoded.MsgType);
        Assert.Equal(request.Identities[0], decoded.Identities[0]);
    }

    [Fact]
    public void Rejects_a_tampered_message_a_foreign_key_and_malformed_frames()
    {
        var frames = codec.Encode(Sample());
        var tampered = frames.ToList();
        tampered[6] = Encoding.UTF8.GetBytes("{\"code\":\"File.Delete(\\\"x\\\")\"}");
        Assert.False(codec.TryDecode(tampered, out _, out var problem));
        Assert.Equal("bad signature", problem);

        var foreign = new WireCodec(new MessageSigner("another-key")).Encode(Sample());
        Assert.False(codec.TryDecode(foreign, out _, out problem));
        Assert.Equal("bad signature", problem);

        Assert.False(codec.TryDecode(frames.Where((_, i) => i != 1).ToList(), out _, out problem));
        Assert.Contains("delimiter", problem);

        Assert.False(codec.TryDecode(frames.Take(5).ToList(), out _, out problem));
        Assert.Contains("at least 5 frames", problem);
    }

    [Fact]
    public void Rejects_a_correctly_signed_message_whose_content_is_not_an_object()
    {
        var signer = new MessageSigner("a-key");
        var parts = new[] { codec.Encode(Sample())[2 + 1], "{}"u8.ToArray(), "{}"u8.ToArray(), "[1,2]"u8.ToArray() };
        var frames = new List<byte[]> { WireCodec.Delimiter, Encoding.ASCII.GetBytes(signer.Sign(parts)) };
        frames.AddRange(parts);
        Assert.False(codec.TryDecode(frames, out _, out var problem));
        Assert.Contains("content is not a JSON object", problem);
    }
}
