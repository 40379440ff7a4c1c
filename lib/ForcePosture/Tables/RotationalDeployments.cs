namespace ForcePosture.Tables;

/// <summary>What a deployment figure is (<c>rotational-deployments.figure_kind</c>).</summary>
public enum DeploymentFigureKind
{
    /// <summary>peak: the largest size reached.</summary>
    Peak,
    /// <summary>planned: a plan, not an observed size.</summary>
    Planned,
    /// <summary>announced: as announced.</summary>
    Announced,
    /// <summary>reported: a figure for the rotation without further qualification.</summary>
    Reported,
    /// <summary>average: an average over the year.</summary>
    Average,
}

/// <summary>CSV codes of <see cref="DeploymentFigureKind"/>.</summary>
public static class DeploymentCodes
{
    /// <summary>The <c>rotational-deployments.figure_kind</c> vocabulary.</summary>
    public static CodeMap<DeploymentFigureKind> FigureKind { get; } = new(
        ("peak", DeploymentFigureKind.Peak), ("planned", DeploymentFigureKind.Planned), ("announced", DeploymentFigureKind.Announced),
        ("reported", DeploymentFigureKind.Reported), ("average", DeploymentFigureKind.Average));

    /// <summary>The CSV code.</summary>
    public static string ToCode(this DeploymentFigureKind value) => FigureKind.ToCode(value);
}

/// <summary>A rotational deployment in one year (a row of <c>rotational-deployments.csv</c>).</summary>
/// <param name="DeploymentId">Id of the deployment series.</param>
/// <param name="Name">Name of the deployment.</param>
/// <param name="SenderIso3">Country sending forces.</param>
/// <param name="HostIso3">Host country.</param>
/// <param name="AgreementId">Agreement under which it takes place, if any.</param>
/// <param name="Year">Year.</param>
/// <param name="Personnel">Personnel as the source gives it, if given.</param>
/// <param name="Assets">Main units or systems, if recorded.</param>
/// <param name="FigureKind">What the figure is (peak, plan, ...).</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="Provenance">Sources and row.</param>
public sealed record RotationalDeployment(
    string DeploymentId, string Name, string SenderIso3, string HostIso3, string? AgreementId, int Year, int? Personnel, string? Assets,
    DeploymentFigureKind FigureKind, string? Notes, Provenance Provenance) : IHasProvenance;

internal static class RotationalDeploymentsTable
{
    public const string Resource = "rotational-deployments";

    public static IReadOnlyList<RotationalDeployment> Load(TableLoadContext cx) => cx.ValidRows().Select(r =>
    {
        var record = new RotationalDeployment(
            r.RequiredText("deployment_id"), r.RequiredText("name"), r.RequiredText("sender_iso3"), r.RequiredText("host_iso3"), r.Text("agreement_id"),
            r.RequiredInt32("year"), r.Int32("personnel"), r.Text("assets"), r.Code("figure_kind", DeploymentCodes.FigureKind), r.Text("notes"), r.Provenance());
        return r.Failed ? null : record;
    }).OfType<RotationalDeployment>().ToList();
}
