using System.Text.Json.Nodes;
using ForcePosture.Analyses;
using ForcePosture.Tables;

namespace ForcePosture.Site.Model;

/// <summary>An arrangement with what its pages show: its parties, its sources and its dates in order.</summary>
/// <param name="Agreement">The row of <c>agreements.csv</c>.</param>
/// <param name="Parties">Its rows of <c>agreement-parties.csv</c>, in the file's order.</param>
/// <param name="Sources">Its sources, the row's first source first.</param>
/// <param name="Dates">Its known dates (announced, signed, in force, ended), in that order.</param>
public sealed record ArrangementEntry(Agreement Agreement, IReadOnlyList<AgreementParty> Parties, IReadOnlyList<Source> Sources,
    IReadOnlyList<(string Event, PartialDate Date)> Dates)
{
    /// <summary>The anchor of its row on the arrangements page.</summary>
    public string Anchor => "a-" + Agreement.Id;

    /// <summary>The latest of its dates (for sorting newest first); null when it has none.</summary>
    public PartialDate? LatestDate => Dates.Count == 0 ? null : Dates.Max(d => d.Date);

    /// <summary>The years of its dates, distinct and ascending.</summary>
    public IReadOnlyList<int> Years => Dates.Select(d => d.Date.Year).Distinct().Order().ToList();
}

/// <summary>A figure of <c>figures/</c> as the site shows it. The Korean figure has a title, subtitle and notes but no alt text
/// of its own, so its image is described by its Korean title and subtitle.</summary>
/// <param name="Name">File name without extension.</param>
/// <param name="Title">English title.</param>
/// <param name="KoreanTitle">Korean title.</param>
/// <param name="AltText">English alt text.</param>
/// <param name="KoreanDescription">Korean title and subtitle.</param>
/// <param name="Data">The plotted data (<c>figures/NAME.csv</c>), to find the countries it names.</param>
public sealed record FigureEntry(string Name, string Title, string KoreanTitle, string AltText, string KoreanDescription, string Data);

/// <summary>A point of the map: its layer, name, host, coordinates and the page anchor of its row.</summary>
public sealed record MapPoint(string Layer, string Id, string Name, string HostIso3, double? Latitude, double? Longitude, string Page, string Anchor);

/// <summary>
/// Everything the pages show, derived once from a validated <see cref="Dataset"/> and the figures' metadata: the arrangements
/// with their parties and sources, the countries that get a page, and the points of the map. The pages only arrange it.
/// </summary>
public sealed class SiteContent
{
    /// <summary>Map layers, in drawing order.</summary>
    public const string BaseLayer = "us-bases", AccessSiteLayer = "access-sites", DeploymentLayer = "rotational-deployments", FacilityLayer = "industrial-facilities";

    private SiteContent(Dataset data, IReadOnlyList<ArrangementEntry> arrangements, IReadOnlyList<Country> countries, IReadOnlyList<FigureEntry> figures)
    {
        Data = data;
        Arrangements = arrangements;
        Countries = countries;
        Figures = figures;
        figureCells = figures.ToDictionary(f => f.Name, f => Cells(f.Data), StringComparer.Ordinal);
        AgreementsAsOf = data.AsOf(AgreementsTableName);
        OtherTablesAsOf = data.AsOf("access-sites", "rotational-deployments", "industrial-facilities");
    }

    private const string AgreementsTableName = "agreements";

    /// <summary>The validated package.</summary>
    public Dataset Data { get; }

    /// <summary>Every arrangement, in the order of <c>agreements.csv</c>.</summary>
    public IReadOnlyList<ArrangementEntry> Arrangements { get; }

    /// <summary>The countries that get a page: every party to an arrangement and every host of a site, facility, deployment or
    /// listed US base, by English name.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The figures of <c>figures/</c>, by name.</summary>
    public IReadOnlyList<FigureEntry> Figures { get; }

    /// <summary>The date up to which the arrangements are checked (<c>asOf</c> of <c>agreements</c>).</summary>
    public DateOnly AgreementsAsOf { get; }

    /// <summary>The earliest as-of date of access sites, deployments and facilities.</summary>
    public DateOnly OtherTablesAsOf { get; }

    /// <summary>The arrangement of an id.</summary>
    public ArrangementEntry Arrangement(string id) => Arrangements.Single(a => a.Agreement.Id == id);

    /// <summary>The country of an ISO3 code (it must be in <c>countries.csv</c>, which validation guarantees for every key).</summary>
    public Country Country(string iso3) => Data.FindCountry(iso3) ?? throw new InvalidOperationException($"{iso3} is not in countries.csv");

    /// <summary>Whether a country has a page.</summary>
    public bool HasPage(string iso3) => Countries.Any(c => c.Iso3 == iso3);

    /// <summary>The page of a country, relative to the language's folder.</summary>
    public static string CountryPage(string iso3) => $"countries/{iso3.ToLowerInvariant()}.html";

    /// <summary>The sources of a row, the first source first.</summary>
    public IReadOnlyList<Source> SourcesOf(IHasProvenance row) => Data.SourcesOf(row);

    /// <summary>The arrangements a country takes part in.</summary>
    public IEnumerable<ArrangementEntry> ArrangementsOf(string iso3) => Arrangements.Where(a => a.Parties.Any(p => p.Iso3 == iso3));

    /// <summary>The figures whose plotted data name the country (its ISO3 code or English name as a whole cell).</summary>
    public IEnumerable<FigureEntry> FiguresOf(Country country) =>
        Figures.Where(f => figureCells[f.Name].Contains(country.Iso3) || figureCells[f.Name].Contains(country.NameEn));

    private readonly Dictionary<string, HashSet<string>> figureCells;

    private static HashSet<string> Cells(string csv) =>
        csv.Split('\n').SelectMany(line => line.TrimEnd('\r').Split(',')).Select(cell => cell.Trim('"')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every point of the map's four layers (rows without coordinates too: the map's table lists them).</summary>
    public IEnumerable<MapPoint> MapPoints()
    {
        foreach (var b in Data.UsBases.OrderBy(b => Country(b.Iso3).NameEn, StringComparer.Ordinal).ThenBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.BaseId, StringComparer.Ordinal))
            yield return new MapPoint(BaseLayer, b.BaseId, b.Name, b.Iso3, b.Latitude, b.Longitude, CountryPage(b.Iso3), "base-" + b.BaseId);
        foreach (var s in Data.AccessSites)
            yield return new MapPoint(AccessSiteLayer, s.SiteId, s.Name, s.HostIso3, s.Latitude, s.Longitude, CountryPage(s.HostIso3), "site-" + s.SiteId);
        foreach (var d in Data.RotationalDeployments.GroupBy(d => (d.DeploymentId, d.HostIso3)).Select(g => g.First()))
            yield return new MapPoint(DeploymentLayer, d.DeploymentId, d.Name, d.HostIso3, null, null, CountryPage(d.HostIso3), DeploymentAnchor(d));
        foreach (var f in Data.IndustrialFacilities)
            yield return new MapPoint(FacilityLayer, f.FacilityId, f.Name, f.HostIso3, f.Latitude, f.Longitude, CountryPage(f.HostIso3), "facility-" + f.FacilityId);
    }

    /// <summary>The anchor of a deployment's rows on its host's page.</summary>
    public static string DeploymentAnchor(RotationalDeployment d) => $"deployment-{d.DeploymentId}-{d.HostIso3.ToLowerInvariant()}";

    /// <summary>Reads the package and the figures' metadata (<c>figures/*.json</c> and the plotted <c>figures/*.csv</c>).</summary>
    public static SiteContent From(Dataset data, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(data);
        var partiesById = data.AgreementParties.ToLookup(p => p.AgreementId);
        var arrangements = data.Agreements.Select(a => new ArrangementEntry(a, partiesById[a.Id].ToList(), data.SourcesOf(a), DatesOf(a))).ToList();

        var withPage = data.AgreementParties.Select(p => p.Iso3)
            .Concat(data.AccessSites.Select(s => s.HostIso3)).Concat(data.IndustrialFacilities.Select(f => f.HostIso3))
            .Concat(data.RotationalDeployments.Select(d => d.HostIso3)).Concat(data.UsBases.Select(b => b.Iso3))
            .Concat(data.EuropeanForces.Select(f => f.HostIso3))
            .ToHashSet(StringComparer.Ordinal);
        var countries = data.Countries.Where(c => withPage.Contains(c.Iso3)).OrderBy(c => c.NameEn, StringComparer.Ordinal).ToList();
        return new SiteContent(data, arrangements, countries, ReadFigures(repositoryRoot));
    }

    private static List<(string Event, PartialDate Date)> DatesOf(Agreement a)
    {
        var dates = new List<(string, PartialDate)>();
        if (a.Announced is { } announced) dates.Add(("announced", announced));
        if (a.Signed is { } signed) dates.Add(("signed", signed));
        if (a.InForce is { } inForce) dates.Add(("in-force", inForce));
        if (a.Ended is { } ended) dates.Add(("ended", ended));
        return dates;
    }

    private static List<FigureEntry> ReadFigures(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "figures");
        if (!Directory.Exists(folder)) return [];
        var figures = new List<FigureEntry>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name == ForcePosture.Figures.FigureManifest.FileName[..^".json".Length]) continue;
            var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException($"figures/{name}.json: expected a JSON object");
            string Text(JsonObject o, string key) => o[key]?.GetValue<string>()
                ?? throw new InvalidDataException($"figures/{name}.json: no \"{key}\"");
            var ko = json["ko"] as JsonObject ?? throw new InvalidDataException($"figures/{name}.json: no \"ko\" object");
            var csv = Path.Combine(folder, name + ".csv");
            figures.Add(new FigureEntry(name, Text(json, "title"), Text(ko, "title"), Text(json, "alt_text"), $"{Text(ko, "title")}. {Text(ko, "subtitle")}",
                File.Exists(csv) ? File.ReadAllText(csv) : ""));
        }

        return figures;
    }
}
