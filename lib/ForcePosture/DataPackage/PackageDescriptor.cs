namespace ForcePosture.DataPackage;

/// <summary>The parts of a Frictionless tabular data package descriptor (<c>datapackage.json</c>) this library uses.</summary>
/// <param name="Name">Package name.</param>
/// <param name="Title">Human-readable title, if given.</param>
/// <param name="Version">Package version, if given.</param>
/// <param name="Resources">The tables, in descriptor order.</param>
public sealed record PackageDescriptor(string Name, string? Title, string? Version, IReadOnlyList<ResourceDescriptor> Resources)
{
    /// <summary>Inputs of the package as a whole rather than of one table (the figures' base maps); empty when none.</summary>
    public IReadOnlyList<InputSource> Sources { get; init; } = [];

    /// <summary>The resource with the given name, or null.</summary>
    public ResourceDescriptor? FindResource(string name) => Resources.FirstOrDefault(r => r.Name == name);
}

/// <summary>One tabular data resource: a CSV file and its table schema.</summary>
/// <param name="Name">Resource name (for example <c>us-troops</c>).</param>
/// <param name="Path">CSV path relative to the descriptor's directory.</param>
/// <param name="Title">Title, if given.</param>
/// <param name="Description">Description, if given.</param>
/// <param name="Encoding">Declared character encoding (this library accepts only <c>utf-8</c>).</param>
/// <param name="Schema">The table schema.</param>
public sealed record ResourceDescriptor(string Name, string Path, string? Title, string? Description, string Encoding, TableSchema Schema)
{
    /// <summary>The inputs the table was derived from (<see cref="InputSource"/>); empty for a hand-curated table.</summary>
    public IReadOnlyList<InputSource> Sources { get; init; } = [];

    /// <summary>The date a hand-curated event table describes (its rows' statuses hold on it; nothing later is recorded), from
    /// the resource's <c>asOf</c>; null for a table without one.</summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>A Frictionless table schema.</summary>
/// <param name="Fields">Fields in the order the CSV header must list them.</param>
/// <param name="MissingValues">Cell texts that mean "missing" (the spec's default is the empty string).</param>
/// <param name="PrimaryKey">Fields forming the primary key; empty when none.</param>
/// <param name="ForeignKeys">Foreign keys to this or other resources.</param>
public sealed record TableSchema(
    IReadOnlyList<FieldDescriptor> Fields,
    IReadOnlyList<string> MissingValues,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKeyDescriptor> ForeignKeys)
{
    /// <summary>The field with the given name, or null.</summary>
    public FieldDescriptor? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>One field (column) of a table schema.</summary>
/// <param name="Name">Field name, as in the CSV header.</param>
/// <param name="Type">Logical type.</param>
/// <param name="Format">Format (for example <c>uri</c> for strings), or null for the default.</param>
/// <param name="Description">Description, if given.</param>
/// <param name="Unit">Unit of measurement (a package-specific property), if given.</param>
/// <param name="Constraints">Constraints on the values.</param>
public sealed record FieldDescriptor(string Name, FieldType Type, string? Format, string? Description, string? Unit, FieldConstraints Constraints)
{
    /// <summary>
    /// True when the field holds an ISO 8601 partial date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>): a string field whose
    /// pattern is exactly <see cref="PartialDatePattern"/>. Such values must also be real calendar dates.
    /// </summary>
    public bool IsPartialDate => Type == FieldType.String && Constraints.Pattern == PartialDatePattern;

    /// <summary>The pattern that marks a string field as an ISO 8601 partial date in this package.</summary>
    public const string PartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
}

/// <summary>Logical field types of the Frictionless table schema that this library supports.</summary>
public enum FieldType
{
    /// <summary>Text.</summary>
    String,
    /// <summary>Whole number (optional leading sign, no separators).</summary>
    Integer,
    /// <summary>Decimal number with a point as decimal separator; NaN and infinities are rejected.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>, lower case.</summary>
    Boolean,
    /// <summary>Calendar date, <c>YYYY-MM-DD</c>.</summary>
    Date,
    /// <summary>Calendar year, four digits.</summary>
    Year,
}

/// <summary>Constraints on a field's values (Frictionless <c>constraints</c>).</summary>
/// <param name="Required">A missing value is an error.</param>
/// <param name="Unique">No two rows may share a value.</param>
/// <param name="Minimum">Lower bound in the field's own lexical form (a number, or a date for date fields), or null.</param>
/// <param name="Maximum">Upper bound in the field's own lexical form, or null.</param>
/// <param name="Pattern">Regular expression the whole value must match, or null.</param>
/// <param name="Enum">Allowed values (as written in the CSV), or null.</param>
/// <param name="MinLength">Minimum length in characters, or null.</param>
/// <param name="MaxLength">Maximum length in characters, or null.</param>
public sealed record FieldConstraints(
    bool Required,
    bool Unique,
    string? Minimum,
    string? Maximum,
    string? Pattern,
    IReadOnlyList<string>? Enum,
    int? MinLength,
    int? MaxLength)
{
    /// <summary>No constraints.</summary>
    public static FieldConstraints None { get; } = new(false, false, null, null, null, null, null, null);
}

/// <summary>A foreign key: the values of <paramref name="Fields"/> must exist in <paramref name="ReferenceFields"/> of <paramref name="ReferenceResource"/>.</summary>
/// <param name="Fields">Local fields.</param>
/// <param name="ReferenceResource">Referenced resource name (the resource itself for a self-reference).</param>
/// <param name="ReferenceFields">Referenced fields, in the same order.</param>
public sealed record ForeignKeyDescriptor(IReadOnlyList<string> Fields, string ReferenceResource, IReadOnlyList<string> ReferenceFields);
