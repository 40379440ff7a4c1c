using System.Text;
using ForcePosture.Kernel.Protocol;

namespace ForcePosture.Tests.Kernel;

public class MessageSignerTests
{
    private static byte[][] Parts(params string[] texts) => texts.Select(Encoding.UTF8.GetBytes).ToArray();

    [Fact]
    public void Signs_the_concatenated_parts_with_hmac_sha256()
    {
        // RFC 2104 HMAC-SHA256 of "The quick brown fox jumps over the lazy dog" with key "key" (the widely published
        // test vector), split across the four signed frames to show they are hashed in order, without separators.
        var signer = new MessageSigner("key");
        var signature = signer.Sign(Parts("The quick ", "brown fox ", "jumps over ", "the lazy dog"));
        Assert.Equal("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", signature);
    }

    [Fact]
    public void Verifies_its_own_signature_and_rejects_changed_content_wrong_key_and_garbage()
    {
        var parts = Parts("{\"msg_type\":\"execute_request\"}", "{}", "{}", "{\"code\":\"1+1\"}");
        var signature = new MessageSigner("secret").Sign(parts);
        Assert.True(new MessageSigner("secret").Verify(signature, parts));
        Assert.True(new MessageSigner("secret").Verify(signature.ToUpperInvariant(), parts));
        Assert.False(new MessageSigner("other").Verify(signature, parts));
        Assert.False(new MessageSigner("secret").Verify(signature, Parts("{\"msg_type\":\"execute_request\"}", "{}", "{}", "{\"code\":\"2+2\"}")));
        Assert.False(new MessageSigner("secret").Verify("not hex", parts));
        Assert.False(new MessageSigner("secret").Verify("", parts));
        Assert.False(new MessageSigner("secret").Verify(signature[..^2], parts));
    }

    [Fact]
    public void An_empty_key_disables_signing_as_in_jupyter()
    {
        var signer = new MessageSigner("");
        Assert.False(signer.Enabled);
        Assert.Equal("", signer.Sign(Parts("a", "b", "c", "d")));
        Assert.True(signer.Verify("", Parts("a", "b", "c", "d")));
    }
}
