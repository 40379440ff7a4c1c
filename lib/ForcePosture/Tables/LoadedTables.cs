namespace ForcePosture.Tables;

/// <summary>The typed tables, as built by the loaders.</summary>
internal sealed record LoadedTables(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<UsTroopCount> UsTroops,
    IReadOnlyList<DefenceSpendingValue> DefenceSpending,
    IReadOnlyList<PopulationCount> Population,
    IReadOnlyList<GdpValue> Gdp,
    IReadOnlyList<UsBase> UsBases,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<AgreementParty> AgreementParties,
    IReadOnlyList<AccessSite> AccessSites,
    IReadOnlyList<RotationalDeployment> RotationalDeployments,
    IReadOnlyList<EuropeanForce> EuropeanForces,
    IReadOnlyList<IndustrialFacility> IndustrialFacilities,
    IReadOnlyList<CostSharingPayment> CostSharing,
    IReadOnlyList<ConversionFactor> ExchangeRates)
{
    public static LoadedTables Empty { get; } = new([], [], [], [], [], [], [], [], [], [], [], [], [], [], []);
}
