using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcePosture.Analyses;
using ForcePosture.Tables;

namespace ForcePosture.Tests.Analyses;

/// <summary>
/// The figures notebook 03 quotes, checked against values derived a second way: the CSV files are read here with
/// <see cref="RepositoryCsv"/> (CsvHelper, not the library's reader), dates are taken as the first four characters of the text, and the
/// counting rules are written out again on plain strings.
/// </summary>
public class QuasiForcePostureTests
{
    private const int FirstYear = 2000; // the notebook's parameter
    private const int LastYear = 2026;  // the year of the agreements' as-of date (data/datapackage.json)
    private static readonly string[] Compared = ["KOR", "JPN", "AUS", "PHL"];

    private static readonly Lazy<(Dataset Data, List<Dictionary<string, string>> Agreements, List<Dictionary<string, string>> Parties)> Loaded = new(() =>
        (ForcePostureData.Load(RepositoryCsv.DataDirectory), ReadCsv("agreements.csv"), ReadCsv("agreement-parties.csv")));

    private static List<Dictionary<string, string>> ReadCsv(string file) => RepositoryCsv.Read(file).Select(r => new Dictionary<string, string>(r)).ToList();

    private static int? YearOf(string text) => text.Length >= 4 ? int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture) : null;

    private static List<Dictionary<string, string>> FlaggedRows() => Loaded.Value.Agreements.Where(r => r["quasi_force_posture"] == "true").ToList();

    // Signed, else in force.
    private static int? ConcludedYear(Dictionary<string, string> row) => YearOf(row["signed"]) ?? YearOf(row["in_force"]);

    private static int? FirstStepYear(Dictionary<string, string> row) =>
        new[] { "announced", "signed", "in_force" }.Select(c => YearOf(row[c])).Where(y => y is not null).Min();

    private static IReadOnlyList<Agreement> Initiatives() => QuasiForcePosture.Initiatives(Loaded.Value.Data.Agreements);

    [Fact]
    public void The_data_load_without_problems()
    {
        Assert.True(Loaded.Value.Data.IsValid, string.Join(Environment.NewLine, Loaded.Value.Data.Diagnostics));
    }

    [Fact]
    public void Flagged_rows_and_undated_rows_match_the_csv()
    {
        var flagged = FlaggedRows();
        Assert.Equal(flagged.Count, Initiatives().Count);
        var undated = flagged.Where(r => ConcludedYear(r) is null).Select(r => r["agreement_id"]).Order().ToList();
        var libraryUndated = Initiatives().Where(a => QuasiForcePosture.Year(a, InitiativeDating.Concluded) is null).Select(a => a.Id).Order().ToList();
        Assert.Equal(undated, libraryUndated);
        Assert.Equal(flagged.Count(r => ConcludedYear(r) < FirstYear), Initiatives().Count(a => QuasiForcePosture.Year(a, InitiativeDating.Concluded) < FirstYear));
    }

    [Theory]
    [InlineData(InitiativeDating.Concluded)]
    [InlineData(InitiativeDating.FirstPublicStep)]
    public void New_and_cumulative_counts_per_year_match_the_csv(InitiativeDating dating)
    {
        Func<Dictionary<string, string>, int?> year = dating == InitiativeDating.Concluded ? ConcludedYear : FirstStepYear;
        var expectedYears = FlaggedRows().Select(year).OfType<int>().ToList();
        var cumulative = QuasiForcePosture.Cumulative(Initiatives(), dating, FirstYear, LastYear);
        Assert.Equal(Enumerable.Range(FirstYear, LastYear - FirstYear + 1), cumulative.Select(r => r.Year));
        foreach (var row in cumulative)
        {
            Assert.Equal(expectedYears.Count(y => y == row.Year), row.New);
            Assert.Equal(expectedYears.Count(y => y <= row.Year), row.Cumulative);
        }

        // The notebook's split of the window at 2021.
        Assert.Equal(expectedYears.Count(y => y >= FirstYear && y <= 2020), cumulative.Where(r => r.Year <= 2020).Sum(r => r.New));
        Assert.Equal(expectedYears.Count(y => y >= 2021 && y <= LastYear), cumulative.Where(r => r.Year >= 2021).Sum(r => r.New));
    }

    [Fact]
    public void New_per_year_by_type_matches_the_csv()
    {
        var flagged = FlaggedRows();
        var types = Initiatives().Select(a => a.InstrumentType).Distinct().ToList();
        var perYear = QuasiForcePosture.NewPerYearByType(Initiatives(), InitiativeDating.Concluded, FirstYear, LastYear, types);
        Assert.Equal((LastYear - FirstYear + 1) * types.Count, perYear.Count);
        foreach (var row in perYear)
        {
            var code = row.Type.ToCode();
            Assert.Equal(flagged.Count(r => ConcludedYear(r) == row.Year && r["instrument_type"] == code), row.Count);
        }
    }

    [Fact]
    public void Busiest_years_and_signed_but_not_in_force_rows_quoted_in_the_notebook_match_the_csv()
    {
        var inWindow = FlaggedRows().Where(r => ConcludedYear(r) is int y && y >= FirstYear && y <= LastYear).ToList();
        var perYear = inWindow.GroupBy(r => ConcludedYear(r)!.Value).ToDictionary(g => g.Key, g => g.Count());
        var expectedPeak = perYear.Values.Max();
        var expectedPeakYears = perYear.Where(kv => kv.Value == expectedPeak).Select(kv => kv.Key).Order().ToList();

        var cumulative = QuasiForcePosture.Cumulative(Initiatives(), InitiativeDating.Concluded, FirstYear, LastYear);
        Assert.Equal(expectedPeak, cumulative.Max(r => r.New));
        Assert.Equal(expectedPeakYears, cumulative.Where(r => r.New == expectedPeak).Select(r => r.Year).ToList());

        // Concluded since 2021 and still at status "signed" on the as-of date: entry into force not confirmed.
        var expectedSigned = inWindow.Count(r => ConcludedYear(r) >= 2021 && r["status"] == "signed");
        Assert.Equal(expectedSigned, Initiatives().Count(a => QuasiForcePosture.Year(a, InitiativeDating.Concluded) is int y && y >= 2021 && y <= LastYear
                                                             && a.Status == AgreementStatus.Signed));
    }

    // The four ways of counting written again on the CSV's strings.
    private static bool CountsInCsv(Dictionary<string, string> agreement, IReadOnlyCollection<string> roles, ParticipationCount counting)
    {
        var type = agreement["instrument_type"];
        return counting switch
        {
            ParticipationCount.AsCoded => true,
            ParticipationCount.WithoutDefenceIndustrial => type != "defence-industrial-partnership",
            ParticipationCount.WithoutIndustrialOrHostedVisits => type != "defence-industrial-partnership"
                && !(type == "rotational-deployment" && roles.All(r => r == "host")),
            ParticipationCount.AccessAndStatusAgreementsOnly =>
                type is "reciprocal-access-agreement" or "visiting-forces-agreement" or "status-of-forces-agreement",
            _ => throw new ArgumentOutOfRangeException(nameof(counting)),
        };
    }

    private static int ExpectedCount(string iso3, ParticipationCount counting, int firstYear, int lastYear) =>
        FlaggedRows()
            .Where(r => ConcludedYear(r) is int y && y >= firstYear && y <= lastYear)
            .Select(r => (Row: r, Roles: Loaded.Value.Parties.Where(p => p["agreement_id"] == r["agreement_id"] && p["iso3"] == iso3).Select(p => p["role"]).ToList()))
            .Count(x => x.Roles.Count > 0 && CountsInCsv(x.Row, x.Roles, counting));

    [Fact]
    public void South_Korea_and_peers_under_four_ways_of_counting_match_the_csv()
    {
        var comparison = QuasiForcePosture.CompareCountries(Initiatives(), Loaded.Value.Data.AgreementParties, InitiativeDating.Concluded, FirstYear, LastYear, Compared);
        Assert.Equal(Compared.Length * Enum.GetValues<ParticipationCount>().Length, comparison.Count);
        foreach (var row in comparison)
        {
            Assert.Equal(ExpectedCount(row.Iso3, row.Counting, FirstYear, LastYear), row.Count);
        }
    }

    [Fact]
    public void Participation_by_country_matches_the_csv()
    {
        var byCountry = QuasiForcePosture.ByCountryAndType(Initiatives(), Loaded.Value.Data.AgreementParties, InitiativeDating.Concluded, FirstYear, LastYear);
        var inWindow = FlaggedRows().Where(r => ConcludedYear(r) is int y && y >= FirstYear && y <= LastYear).ToDictionary(r => r["agreement_id"]);
        var expected = Loaded.Value.Parties.Where(p => inWindow.ContainsKey(p["agreement_id"]))
            .Select(p => (Iso3: p["iso3"], Id: p["agreement_id"])).Distinct()
            .GroupBy(p => p.Iso3).ToDictionary(g => g.Key, g => g.Count());
        var actual = byCountry.GroupBy(c => c.Iso3).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
        // Ordered by total, largest first, as the notebook's rank assumes.
        var totals = byCountry.Select(c => actual[c.Iso3]).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
    }

    [Fact]
    public void South_Korea_rows_listed_are_every_csv_row_with_South_Korea()
    {
        var korIds = Loaded.Value.Parties.Where(p => p["iso3"] == "KOR").Select(p => p["agreement_id"]).Distinct().Order().ToList();
        var listed = QuasiForcePosture.AgreementsOf("KOR", Loaded.Value.Data.Agreements, Loaded.Value.Data.AgreementParties, InitiativeDating.Concluded, withoutUnitedStates: false);
        Assert.Equal(korIds, listed.Select(r => r.AgreementId).Order().ToList());
        var flaggedKor = FlaggedRows().Where(r => korIds.Contains(r["agreement_id"])).Select(r => r["agreement_id"]).Order().ToList();
        Assert.Equal(flaggedKor, listed.Where(r => r.QuasiForcePosture).Select(r => r.AgreementId).Order().ToList());
        var withUs = Loaded.Value.Parties.Where(p => p["iso3"] == "USA").Select(p => p["agreement_id"]).ToHashSet();
        var withoutUs = QuasiForcePosture.AgreementsOf("KOR", Loaded.Value.Data.Agreements, Loaded.Value.Data.AgreementParties, InitiativeDating.Concluded, withoutUnitedStates: true);
        Assert.Equal(korIds.Where(id => !withUs.Contains(id)).ToList(), withoutUs.Select(r => r.AgreementId).Order().ToList());
    }

    [Fact]
    public void Active_minilateral_formats_quoted_in_the_notebook_match_the_csv()
    {
        var minilaterals = Loaded.Value.Agreements.Where(r => r["instrument_type"] == "minilateral-framework").ToList();
        // The plain rule below ends a row only at its own ended date; it equals the library's rule when no such row is superseded without one.
        Assert.DoesNotContain(minilaterals, r => r["superseded_by"] != "" && r["ended"] == "");
        var withUs = Loaded.Value.Parties.Where(p => p["iso3"] == "USA").Select(p => p["agreement_id"]).ToHashSet();
        int Expected(int year, bool us) => minilaterals.Count(r => withUs.Contains(r["agreement_id"]) == us
            && ConcludedYear(r) is int s && s <= year && !(YearOf(r["ended"]) is int e && e <= year));
        var library = Loaded.Value.Data.Agreements.Where(a => a.InstrumentType == InstrumentType.MinilateralFramework).ToList();
        var libraryWithUs = library.Where(a => withUs.Contains(a.Id)).ToList();
        var libraryWithoutUs = library.Where(a => !withUs.Contains(a.Id)).ToList();
        foreach (var year in new[] { FirstYear, LastYear })
        {
            Assert.Equal(Expected(year, true), ForcePosture.Networks.AgreementActivity.ActiveIn(libraryWithUs, year).Count);
            Assert.Equal(Expected(year, false), ForcePosture.Networks.AgreementActivity.ActiveIn(libraryWithoutUs, year).Count);
        }
    }

    // The Asan report's five kinds of quasi-force posture initiative, written out on the CSV's instrument_type codes.
    private static string AsanKind(string instrumentType) => instrumentType switch
    {
        "security-treaty-or-pact" or "mutual-defence-treaty" => "New security treaties",
        "rotational-deployment" => "Rotational forward deployments",
        "reciprocal-access-agreement" or "visiting-forces-agreement" or "status-of-forces-agreement" => "Reciprocal access (RAA, VFA, SOFA)",
        "defence-industrial-partnership" => "Defence-industrial facilities",
        "land-lease" => "Land leasing",
        _ => "Other flagged types",
    };

    [Fact]
    public void The_committed_five_kinds_figure_matches_the_csv()
    {
        var inWindow = FlaggedRows().Where(r => ConcludedYear(r) is int y && y >= FirstYear && y <= LastYear).ToDictionary(r => r["agreement_id"]);
        var figure = RepositoryCsv.ReadFigureData("03-five-kinds-by-ally");
        var countries = Compared.Append("USA").ToList();
        Assert.Equal(6 * countries.Count, figure.Count);
        foreach (var cell in figure)
        {
            var expected = Loaded.Value.Parties
                .Where(p => p["iso3"] == cell["Iso3"] && inWindow.TryGetValue(p["agreement_id"], out var a) && AsanKind(a["instrument_type"]) == cell["Kind"])
                .Select(p => p["agreement_id"]).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(string.Join(" ", expected), cell["Agreements"]);
            Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cell["Count"]);
        }

        // Each ally's six rows add up to its count of all flagged initiatives in the window (the notebook's check, made here on the files).
        foreach (var iso3 in countries)
        {
            Assert.Equal(ExpectedCount(iso3, ParticipationCount.AsCoded, FirstYear, LastYear),
                figure.Where(c => c["Iso3"] == iso3).Sum(c => int.Parse(c["Count"], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    public static Arbitrary<(int First, int Last)> Windows() =>
        Gen.Choose(1940, 2030).SelectMany(first => Gen.Choose(first, 2035).Select(last => (first, last))).ToArbitrary();

    [Property(MaxTest = 40)]
    public Property New_initiatives_in_a_window_are_the_difference_of_running_totals() =>
        Prop.ForAll(Windows(), w =>
        {
            var rows = QuasiForcePosture.Cumulative(Initiatives(), InitiativeDating.Concluded, w.First, w.Last);
            var before = QuasiForcePosture.Cumulative(Initiatives(), InitiativeDating.Concluded, w.First - 1, w.First - 1).Single().Cumulative;
            return rows.Sum(r => r.New) == rows[^1].Cumulative - before
                   && rows.Zip(rows.Skip(1)).All(p => p.First.Cumulative <= p.Second.Cumulative);
        });

    [Property(MaxTest = 40)]
    public Property Narrower_ways_of_counting_never_count_more() =>
        Prop.ForAll(Windows(), w =>
        {
            var countries = Loaded.Value.Data.AgreementParties.Select(p => p.Iso3).Distinct().ToList();
            var rows = QuasiForcePosture.CompareCountries(Initiatives(), Loaded.Value.Data.AgreementParties, InitiativeDating.Concluded, w.First, w.Last, countries);
            int C(string iso3, ParticipationCount c) => rows.Single(r => r.Iso3 == iso3 && r.Counting == c).Count;
            return countries.All(iso3 =>
                C(iso3, ParticipationCount.AsCoded) >= C(iso3, ParticipationCount.WithoutDefenceIndustrial)
                && C(iso3, ParticipationCount.WithoutDefenceIndustrial) >= C(iso3, ParticipationCount.WithoutIndustrialOrHostedVisits)
                && C(iso3, ParticipationCount.WithoutIndustrialOrHostedVisits) >= C(iso3, ParticipationCount.AccessAndStatusAgreementsOnly)
                && C(iso3, ParticipationCount.AsCoded) == ExpectedCount(iso3, ParticipationCount.AsCoded, w.First, w.Last));
        });
}

/// <summary>Finds the repository (the folder holding ForcePosture.slnx) above the test binaries.</summary>
