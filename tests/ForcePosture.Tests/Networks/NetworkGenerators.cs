using FsCheck;
using FsCheck.Fluent;
using ForcePosture.Tables;

namespace ForcePosture.Tests.Networks;

/// <summary>Random agreements over a small pool of countries, with start and end years, as the network properties need.</summary>
internal static class NetworkGenerators
{
    public static readonly string[] Pool = ["AUS", "FRA", "GBR", "IND", "JPN", "KOR", "PHL", "USA"];

    public static Agreement MakeAgreement(string id, InstrumentType type, PartialDate? signed, PartialDate? inForce, PartialDate? ended) =>
        new(id, id, type, AgreementScope.Minilateral, false, null, signed, inForce, ended,
            ended is null ? AgreementStatus.InForce : AgreementStatus.Ended, null, "generated for a property test", null,
            new Provenance(["generated"], new RowLocation("generated.csv", 1)));

    public static Gen<Agreement> Agreement(int index) =>
        from start in Gen.Choose(1950, 2025)
        from hasSigned in Gen.Elements(true, false)
        from inForceLag in Gen.Choose(0, 3)
        from hasInForce in Gen.Elements(true, false)
        from ends in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from length in Gen.Choose(0, 40)
        from type in Gen.Elements(Enum.GetValues<InstrumentType>())
        select MakeAgreement(
            $"agreement-{index}", type,
            hasSigned || !hasInForce ? new PartialDate(start) : null,
            hasInForce ? new PartialDate(start + inForceLag) : null,
            ends ? new PartialDate(start + inForceLag + length) : null);

    public static Gen<IReadOnlyList<Agreement>> Agreements { get; } =
        Gen.Choose(0, 25).SelectMany(n => Gen.CollectToList(Enumerable.Range(0, n), Agreement))
            .Select(list => (IReadOnlyList<Agreement>)list);

    /// <summary>Agreement memberships: each agreement with 0-5 parties from the pool (duplicates possible, as in bad data).</summary>
    public static Gen<IReadOnlyList<(string AgreementId, IReadOnlyCollection<string> Parties)>> Memberships { get; } =
        Gen.Choose(0, 20).SelectMany(n => Gen.CollectToList(Enumerable.Range(0, n), i =>
                Gen.Choose(0, 5).SelectMany(k => Gen.ArrayOf(Gen.Elements(Pool), k))
                    .Select(parties => ($"agreement-{i}", (IReadOnlyCollection<string>)parties))))
            .Select(list => (IReadOnlyList<(string, IReadOnlyCollection<string>)>)list);
}
