using ForcePosture.Tables;
using ForcePosture.Cells;
using ForcePosture.Validation;

namespace ForcePosture.Consistency;

/// <summary>
/// The rules a Frictionless schema cannot express. Each rule is stated here:
/// <list type="bullet">
/// <item>every id in an <c>other_source_ids</c> cell (ids separated by ';') exists in <c>sources</c>;</item>
/// <item>date order, compared at the common precision of the two dates (<see cref="PartialDate.CompareAtCommonPrecision"/>):
/// agreements announced &lt;= signed &lt;= in_force &lt;= ended; access sites agreed &lt;= ended; industrial facilities
/// announced &lt;= opened &lt;= ended. Each pair of consecutive dates that are present is checked;</item>
/// <item>every agreement has at least two distinct parties in <c>agreement-parties</c>, and as many as its scope says (the
/// schema's own definitions): us-bilateral is the US and one other party, ally-bilateral two parties neither of which is the US,
/// minilateral and multilateral at least three;</item>
/// <item>status consistent with dates where that is unambiguous: an agreement with status ended needs an ended date; a
/// superseded one needs its <c>superseded_by</c>, and an ended date unless its successor has a signed or in-force date (the
/// activity model then ends it when the successor starts, see <see cref="Networks.AgreementActivity.EndYear"/>), so that no
/// ended agreement counts as active for ever; an ended date contradicts the statuses under-negotiation, announced,
/// signed, in-force and operating; a signed or in-force date contradicts under-negotiation and announced. An industrial facility
/// with status ended needs an ended date, and an ended date contradicts announced, under-construction and operating;</item>
/// <item>us-troops: the services that are given (army, navy, marine_corps, air_force, space_force, coast_guard) must not sum to
/// more than total when total is given. Because counts are non-negative this is implied by, and stronger than, "the sum of all
/// six does not exceed total when all are given"; the sum may be below total (DMDC totals can include personnel not broken
/// down by service, and some services are not reported in every year); and <c>permanent_only</c> agrees with the report month
/// when <c>report</c> is a year-month: true from <c>2017-12</c> on, false before (the schema: "True from December 2017"); rows
/// whose report is not a year-month (e.g. <c>imputed</c>) are not checked;</item>
/// <item>links from child rows to <c>agreements</c>: a row whose kind implies an agreement (every access site, since access is
/// granted by one; every rotational deployment, since a force on another state's territory is there under one; a cost-sharing
/// row whose measure is <c>sma-contribution</c> or <c>special-measures-agreement-total</c>), or whose notes name an existing
/// <c>agreement_id</c>, must give its <c>agreement_id</c>, unless its notes state why none applies in a sentence beginning
/// <see cref="NoAgreementMarker"/>. Industrial facilities need an agreement only when their notes name one.</item>
/// </list>
/// </summary>
internal static class ConsistencyRules
{
    /// <summary>How a child row's notes begin the sentence that says why the row links to no agreement.</summary>
    public const string NoAgreementMarker = "No agreement_id:";

    private const string UnitedStates = "USA";
    private const string PermanentOnlyFrom = "2017-12";
    private static readonly System.Text.RegularExpressions.Regex ReportMonth = new("^[0-9]{4}-(0[1-9]|1[0-2])$");

    public static void Check(IReadOnlyDictionary<string, CheckedTable> tables, LoadedTables loaded, List<Diagnostic> diagnostics)
    {
        CheckOtherSourceIds(tables, diagnostics);
        CheckAgreementLinks(tables, loaded, diagnostics);

        if (tables.TryGetValue(AgreementsTable.Resource, out var agreements))
        {
            var byId = Networks.AgreementActivity.IndexById(loaded.Agreements);
            foreach (var a in loaded.Agreements)
            {
                CheckOrder(agreements, a.Provenance.Location.Line, diagnostics,
                    ("announced", a.Announced), ("signed", a.Signed), ("in_force", a.InForce), ("ended", a.Ended));
                CheckAgreementStatus(agreements, a, byId, diagnostics);
            }

            if (tables.TryGetValue(AgreementPartiesTable.Resource, out var parties) && parties.Raw is not null && parties.HeaderComplete)
            {
                var partiesOf = loaded.AgreementParties.GroupBy(p => p.AgreementId).ToDictionary(g => g.Key, g => g.Select(p => p.Iso3).Distinct().ToList());
                foreach (var a in loaded.Agreements)
                {
                    var members = partiesOf.GetValueOrDefault(a.Id) ?? [];
                    var count = members.Count;
                    if (count < 2)
                    {
                        diagnostics.Add(new Diagnostic(agreements.File, a.Provenance.Location.Line, agreements.Column("agreement_id"), "agreement_id",
                            $"agreement '{a.Id}' has {count} distinct part{(count == 1 ? "y" : "ies")} in {parties.File}: at least two are needed"));
                        continue;
                    }

                    var withUs = members.Contains(UnitedStates);
                    string? expected = a.Scope switch
                    {
                        AgreementScope.UsBilateral when count != 2 || !withUs => "the US and one other party",
                        AgreementScope.AllyBilateral when count != 2 || withUs => "two parties neither of which is the US",
                        AgreementScope.Minilateral or AgreementScope.Multilateral when count < 3 => "at least three parties",
                        _ => null,
                    };
                    if (expected is not null)
                    {
                        diagnostics.Add(new Diagnostic(agreements.File, a.Provenance.Location.Line, agreements.Column("scope"), "scope",
                            $"scope '{a.Scope.ToCode()}' means {expected}, but {parties.File} lists {string.Join(", ", members.Order(StringComparer.Ordinal))}"));
                    }
                }
            }
        }

        if (tables.TryGetValue(AccessSitesTable.Resource, out var sites))
        {
            foreach (var s in loaded.AccessSites)
            {
                CheckOrder(sites, s.Provenance.Location.Line, diagnostics, ("agreed", s.Agreed), ("ended", s.Ended));
            }
        }

        if (tables.TryGetValue(IndustrialFacilitiesTable.Resource, out var facilities))
        {
            foreach (var f in loaded.IndustrialFacilities)
            {
                var line = f.Provenance.Location.Line;
                CheckOrder(facilities, line, diagnostics, ("announced", f.Announced), ("opened", f.Opened), ("ended", f.Ended));
                if (f.Status == FacilityStatus.Ended && f.Ended is null)
                {
                    diagnostics.Add(new Diagnostic(facilities.File, line, facilities.Column("status"), "status",
                        "status 'ended' needs an ended date (write YYYY or YYYY-MM when the day is not known)"));
                }

                if (f.Ended is { } ended && f.Status != FacilityStatus.Ended)
                {
                    diagnostics.Add(new Diagnostic(facilities.File, line, facilities.Column("ended"), "ended",
                        $"ended date {ended} contradicts status '{f.Status.ToCode()}' (expected status 'ended')"));
                }
            }
        }

        if (tables.TryGetValue(UsTroopsTable.Resource, out var troops))
        {
            foreach (var t in loaded.UsTroops)
            {
                var services = t.GivenServices().ToList();
                var sum = services.Sum(s => (long)s.Value);
                if (t.Total is { } total && sum > total)
                {
                    diagnostics.Add(new Diagnostic(troops.File, t.Provenance.Location.Line, troops.Column("total"), "total",
                        $"the services sum to {sum} ({string.Join(" + ", services.Select(s => $"{s.Field} {s.Value}"))}), more than total {total}"));
                }

                if (ReportMonth.IsMatch(t.Report) && (string.CompareOrdinal(t.Report, PermanentOnlyFrom) >= 0) != t.PermanentOnly)
                {
                    diagnostics.Add(new Diagnostic(troops.File, t.Provenance.Location.Line, troops.Column("permanent_only"), "permanent_only",
                        $"permanent_only {(t.PermanentOnly ? "true" : "false")} contradicts report {t.Report}: reports count only permanently assigned personnel from {PermanentOnlyFrom} on"));
                }
            }
        }
    }

    private static void CheckAgreementLinks(IReadOnlyDictionary<string, CheckedTable> tables, LoadedTables loaded, List<Diagnostic> diagnostics)
    {
        var ids = loaded.Agreements.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        void Check(string resource, IHasProvenance row, string? agreementId, string? notes, string? impliedBy)
        {
            if (agreementId is not null || !tables.TryGetValue(resource, out var table)
                || (notes is not null && notes.Contains(NoAgreementMarker, StringComparison.Ordinal)))
            {
                return;
            }

            var named = ids.FirstOrDefault(id => NamesId(notes, id));
            if (impliedBy is null && named is null)
            {
                return;
            }

            var reason = (impliedBy, named) switch
            {
                (not null, not null) => $"{impliedBy}, and the notes name '{named}'",
                (not null, null) => impliedBy,
                _ => $"the notes name agreement '{named}'",
            };
            diagnostics.Add(new Diagnostic(table.File, row.Provenance.Location.Line, table.Column("agreement_id"), "agreement_id",
                $"agreement_id is empty, but {reason}: give the agreements.agreement_id, or say in notes why none applies (a sentence beginning '{NoAgreementMarker}')"));
        }

        foreach (var s in loaded.AccessSites)
        {
            Check(AccessSitesTable.Resource, s, s.AgreementId, s.Notes, "an access site is used under an agreement");
        }

        foreach (var d in loaded.RotationalDeployments)
        {
            Check(RotationalDeploymentsTable.Resource, d, d.AgreementId, d.Notes, "a force deployed to another state is there under an agreement");
        }

        foreach (var c in loaded.CostSharing)
        {
            var implied = c.Measure is CostSharingMeasure.SmaContribution or CostSharingMeasure.SpecialMeasuresAgreementTotal
                ? $"measure '{c.Measure.ToCode()}' is set by a Special Measures Agreement"
                : null;
            Check(CostSharingTable.Resource, c, c.AgreementId, c.Notes, implied);
        }

        foreach (var f in loaded.IndustrialFacilities)
        {
            Check(IndustrialFacilitiesTable.Resource, f, f.AgreementId, f.Notes, null);
        }
    }

    /// <summary>Whether <paramref name="notes"/> contain <paramref name="id"/> as a whole id, not as part of a longer one.</summary>
    private static bool NamesId(string? notes, string id)
    {
        if (notes is null)
        {
            return false;
        }

        static bool IsIdChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
        for (var at = notes.IndexOf(id, StringComparison.Ordinal); at >= 0; at = notes.IndexOf(id, at + 1, StringComparison.Ordinal))
        {
            var end = at + id.Length;
            if ((at == 0 || !IsIdChar(notes[at - 1])) && (end == notes.Length || !IsIdChar(notes[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckOtherSourceIds(IReadOnlyDictionary<string, CheckedTable> tables, List<Diagnostic> diagnostics)
    {
        if (!tables.TryGetValue(SourcesTable.Resource, out var sources))
        {
            return;
        }

        var known = ForeignKeyChecker.KeysOf(sources, ["source_id"]);
        if (known is null)
        {
            return;
        }

        foreach (var table in tables.Values.Where(t => t.Raw is not null && t.ColumnOf.ContainsKey("other_source_ids")))
        {
            foreach (var row in table.Rows.Where(r => !r.Raw.Broken && !r.FieldsWithErrors.Contains("other_source_ids")))
            {
                var cell = table.Cell(row.Raw, "other_source_ids");
                if (table.IsMissing(cell))
                {
                    continue;
                }

                foreach (var id in cell!.Split(';').Where(id => !known.Contains(id)))
                {
                    diagnostics.Add(new Diagnostic(table.File, row.Line, table.Column("other_source_ids"), "other_source_ids",
                        $"unknown sources.source_id '{id}' in other_source_ids: no such row in {sources.File}"));
                }
            }
        }
    }

    private static void CheckOrder(CheckedTable table, int line, List<Diagnostic> diagnostics, params (string Field, PartialDate? Date)[] sequence)
    {
        var present = sequence.Where(s => s.Date is not null).Select(s => (s.Field, Date: s.Date!.Value)).ToList();
        for (var i = 1; i < present.Count; i++)
        {
            var (earlierField, earlier) = present[i - 1];
            var (laterField, later) = present[i];
            if (PartialDate.CompareAtCommonPrecision(earlier, later) > 0)
            {
                diagnostics.Add(new Diagnostic(table.File, line, table.Column(laterField), laterField,
                    $"date order: {laterField} {later} is before {earlierField} {earlier} (expected {string.Join(" <= ", sequence.Select(s => s.Field))}, compared at their common precision)"));
            }
        }
    }

    private static void CheckAgreementStatus(CheckedTable table, Agreement a, IReadOnlyDictionary<string, Agreement> byId, List<Diagnostic> diagnostics)
    {
        var line = a.Provenance.Location.Line;
        var status = a.Status.ToCode();
        void Report(string field, string message) => diagnostics.Add(new Diagnostic(table.File, line, table.Column(field), field, message));

        if (a.Status == AgreementStatus.Ended && a.Ended is null)
        {
            Report("status", $"status '{status}' needs an ended date (write YYYY or YYYY-MM when the day is not known)");
        }

        if (a.Status == AgreementStatus.Superseded && a.Ended is null && a.SupersededBy is not null
            && Networks.AgreementActivity.EndYear(a, byId) is null)
        {
            Report("status", $"status '{status}' needs an ended date, or a successor ({a.SupersededBy}) with a signed or in-force date, so that its end is known at least to the year");
        }

        if (a.Status == AgreementStatus.Superseded && a.SupersededBy is null)
        {
            Report("superseded_by", "status 'superseded' needs superseded_by (the agreement that replaced it)");
        }

        if (a.Ended is { } ended && a.Status is AgreementStatus.UnderNegotiation or AgreementStatus.Announced or AgreementStatus.Signed
            or AgreementStatus.InForce or AgreementStatus.Operating)
        {
            Report("ended", $"ended date {ended} contradicts status '{status}' (expected 'ended' or 'superseded')");
        }

        if (a.Status is AgreementStatus.UnderNegotiation or AgreementStatus.Announced)
        {
            if (a.Signed is { } signed)
            {
                Report("signed", $"signed date {signed} contradicts status '{status}' (expected 'signed' or later)");
            }

            if (a.InForce is { } inForce)
            {
                Report("in_force", $"in_force date {inForce} contradicts status '{status}' (expected 'in-force' or later)");
            }
        }
    }
}
