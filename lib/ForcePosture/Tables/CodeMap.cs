namespace ForcePosture.Tables;

/// <summary>
/// A two-way mapping between an enum and the codes the CSV tables use for it (the schema's <c>enum</c> constraint),
/// written out explicitly so that renaming a C# member can never change the data's vocabulary.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CodeMap<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> byCode;
    private readonly Dictionary<TEnum, string> byValue;

    /// <summary>Creates the map; every code and every value must appear once.</summary>
    /// <exception cref="ArgumentException">A code or a value appears twice, or an enum member has no code.</exception>
    public CodeMap(params (string Code, TEnum Value)[] pairs)
    {
        byCode = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        byValue = [];
        foreach (var (code, value) in pairs)
        {
            if (!byCode.TryAdd(code, value) || !byValue.TryAdd(value, code))
            {
                throw new ArgumentException($"{typeof(TEnum).Name}: code '{code}' or value {value} appears twice", nameof(pairs));
            }
        }

        var unmapped = Enum.GetValues<TEnum>().Where(v => !byValue.ContainsKey(v)).ToList();
        if (unmapped.Count > 0)
        {
            throw new ArgumentException($"{typeof(TEnum).Name}: no code for {string.Join(", ", unmapped)}", nameof(pairs));
        }

        Codes = pairs.Select(p => p.Code).ToList();
    }

    /// <summary>The codes in declaration order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The CSV code of a value.</summary>
    public string ToCode(TEnum value) =>
        byValue.TryGetValue(value, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a defined {typeof(TEnum).Name}");

    /// <summary>The value of a CSV code; false when the code is unknown.</summary>
    public bool TryParse(string code, out TEnum value) => byCode.TryGetValue(code, out value);

    /// <summary>The value of a CSV code.</summary>
    /// <exception cref="FormatException">The code is unknown.</exception>
    public TEnum Parse(string code) =>
        byCode.TryGetValue(code, out var value) ? value : throw new FormatException($"'{code}' is not a {typeof(TEnum).Name} code (expected one of {string.Join(", ", Codes)})");
}
