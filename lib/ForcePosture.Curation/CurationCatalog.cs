namespace ForcePosture.Curation;

/// <summary>Every curation, in the order they run: countries first, since the other tables refer to its codes.</summary>
public static class CurationCatalog
{
    public static IReadOnlyList<ICuration> All { get; } =
    [
        new CountriesCuration(),
        new UsTroopsCuration(),
        new UsBasesCuration(),
        new DefenceSpendingCuration(),
        new PopulationCuration(),
        new GdpCuration(),
    ];
}
