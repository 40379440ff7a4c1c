namespace ForcePosture.Tables;

/// <summary>A party's role in an agreement (<c>agreement-parties.role</c>).</summary>
public enum PartyRole
{
    /// <summary>party: signatory or member.</summary>
    Party,
    /// <summary>host: hosts forces or facilities.</summary>
    Host,
    /// <summary>user: gains access or deploys forces.</summary>
    User,
    /// <summary>provider: provides assistance.</summary>
    Provider,
    /// <summary>recipient: receives assistance.</summary>
    Recipient,
}

/// <summary>CSV codes of <see cref="PartyRole"/>.</summary>
public static class PartyCodes
{
    /// <summary>The <c>agreement-parties.role</c> vocabulary.</summary>
    public static CodeMap<PartyRole> Role { get; } = new(
        ("party", PartyRole.Party), ("host", PartyRole.Host), ("user", PartyRole.User), ("provider", PartyRole.Provider), ("recipient", PartyRole.Recipient));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this PartyRole value) => Role.ToCode(value);
}

/// <summary>One party to one agreement (a row of <c>agreement-parties.csv</c>).</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Iso3">The party.</param>
/// <param name="Role">Its role.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">The row, and the sources of the agreement (the table has no source column of its own; empty when
/// the agreement is unknown).</param>
public sealed record AgreementParty(string AgreementId, string Iso3, PartyRole Role, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class AgreementPartiesTable
{
    public const string Resource = "agreement-parties";

    public static IReadOnlyList<AgreementParty> Load(TableLoadContext cx, IReadOnlyList<Agreement> agreements)
    {
        var sourcesByAgreement = agreements.ToDictionary(a => a.Id, a => a.Provenance.SourceIds);
        return cx.ValidRows().Select(r =>
        {
            var agreementId = r.RequiredText("agreement_id");
            var sources = sourcesByAgreement.TryGetValue(agreementId, out var ids) ? ids : [];
            var record = new AgreementParty(agreementId, r.RequiredText("iso3"), r.Code("role", PartyCodes.Role), r.Text("notes"), new Provenance(sources, r.Location));
            return r.Failed ? null : record;
        }).OfType<AgreementParty>().ToList();
    }
}
