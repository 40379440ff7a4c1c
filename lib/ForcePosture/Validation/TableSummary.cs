using ForcePosture.DataPackage;
using ForcePosture.Cells;

namespace ForcePosture.Validation;

/// <summary>What one table holds, for the <c>validate</c> command's summary.</summary>
/// <param name="Resource">Resource name.</param>
/// <param name="File">CSV file name relative to the data directory.</param>
/// <param name="Found">False when the file is missing or unreadable.</param>
/// <param name="Rows">Data rows read (header excluded).</param>
/// <param name="FirstYear">Earliest year in its year fields (year, fiscal_year, partial dates), or null.</param>
/// <param name="LastYear">Latest such year, or null.</param>
/// <param name="Countries">Distinct country codes it refers to (its own keys for the countries table).</param>
/// <param name="Sources">Distinct source ids it cites (its own keys for the sources table).</param>
/// <param name="Problems">Diagnostics reported for the file.</param>
public sealed record TableSummary(string Resource, string File, bool Found, int Rows, int? FirstYear, int? LastYear, int Countries, int Sources, int Problems);

internal static class TableSummaries
{
    public static TableSummary Summarise(CheckedTable table, IReadOnlyList<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Count(d => d.File == table.File);
        if (table.Raw is null)
        {
            return new TableSummary(table.Resource.Name, table.File, false, 0, null, null, 0, 0, problems);
        }

        var fields = table.Resource.Schema.Fields;
        var yearFields = fields.Where(f => f.Type == FieldType.Year || (f.Type == FieldType.Integer && f.Name is "year" or "fiscal_year") || f.IsPartialDate)
            .Select(f => f.Name).ToList();
        var countryFields = table.Resource.Schema.ForeignKeys.Where(k => k.ReferenceResource == "countries" && k.Fields.Count == 1)
            .Select(k => k.Fields[0]).ToList();
        var sourceFields = table.Resource.Schema.ForeignKeys.Where(k => k.ReferenceResource == "sources" && k.Fields.Count == 1)
            .Select(k => k.Fields[0]).ToList();
        if (table.Resource.Name == "countries")
        {
            countryFields.Add("iso3");
        }

        if (table.Resource.Name == "sources")
        {
            sourceFields.Add("source_id");
        }

        var years = new List<int>();
        var countries = new HashSet<string>();
        var sources = new HashSet<string>();
        foreach (var row in table.Rows.Where(r => !r.Raw.Broken))
        {
            foreach (var field in yearFields)
            {
                var cell = table.Cell(row.Raw, field);
                if (cell is { Length: >= 4 } && CellValues.TryParseYear(cell[..4], out var year))
                {
                    years.Add(year);
                }
            }

            foreach (var field in countryFields)
            {
                if (table.Cell(row.Raw, field) is { } cell && !table.IsMissing(cell))
                {
                    countries.Add(cell);
                }
            }

            foreach (var field in sourceFields)
            {
                if (table.Cell(row.Raw, field) is { } cell && !table.IsMissing(cell))
                {
                    sources.Add(cell);
                }
            }

            if (table.Cell(row.Raw, "other_source_ids") is { } others && !table.IsMissing(others))
            {
                sources.UnionWith(others.Split(';'));
            }
        }

        return new TableSummary(table.Resource.Name, table.File, true, table.Rows.Count,
            years.Count > 0 ? years.Min() : null, years.Count > 0 ? years.Max() : null, countries.Count, sources.Count, problems);
    }
}
