using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Kernel.Protocol;

namespace ForcePosture.Tests.Kernel;

public class CursorPositionTests
{
    [Fact]
    public void Counts_a_surrogate_pair_as_one_code_point()
    {
        var code = "var s = \"😀\"; s.";   // the emoji is two UTF-16 units, one code point
        Assert.Equal(code.Length - 1, CursorPosition.ToCodePoints(code, code.Length));
        Assert.Equal(code.Length, CursorPosition.ToUtf16Index(code, code.Length - 1));
        Assert.Equal(9, CursorPosition.ToUtf16Index(code, 9));
        Assert.Equal(11, CursorPosition.ToUtf16Index(code, 10));
    }

    [Property]
    public Property Converting_code_points_to_utf16_and_back_is_the_identity_within_the_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), ArbMap.Default.ArbFor<NonNegativeInt>(), (text, n) =>
        {
            text ??= "";
            var codePoints = CursorPosition.ToCodePoints(text, text.Length);
            var position = n.Get % (codePoints + 1);
            return CursorPosition.ToCodePoints(text, CursorPosition.ToUtf16Index(text, position)) == position;
        });
}
