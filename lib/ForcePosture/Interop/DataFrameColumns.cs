using Microsoft.Data.Analysis;

namespace ForcePosture.Interop;

/// <summary>
/// Builds a Microsoft.Data.Analysis <see cref="DataFrame"/> from records with explicitly typed columns. (Do not use
/// <c>DataFrame.LoadCsv</c> on the tables: it infers <c>float</c> (single precision) for years and money and loses precision.)
/// <code>
/// var frame = new DataFrameColumns&lt;UsTroopCount&gt;()
///     .String("iso3", t =&gt; t.Iso3).Int32("year", t =&gt; t.Year).Int32("total", t =&gt; t.Total)
///     .Build(data.UsTroops);
/// </code>
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class DataFrameColumns<T>
{
    private readonly List<Func<IReadOnlyList<T>, DataFrameColumn>> columns = [];
    private readonly HashSet<string> names = [];

    /// <summary>A 32-bit integer column (null is missing).</summary>
    public DataFrameColumns<T> Int32(string name, Func<T, int?> value) => Add(name, rows => new Int32DataFrameColumn(name, rows.Select(value)));

    /// <summary>A 64-bit integer column (null is missing).</summary>
    public DataFrameColumns<T> Int64(string name, Func<T, long?> value) => Add(name, rows => new Int64DataFrameColumn(name, rows.Select(value)));

    /// <summary>A double-precision column (null is missing).</summary>
    public DataFrameColumns<T> Double(string name, Func<T, double?> value) => Add(name, rows => new DoubleDataFrameColumn(name, rows.Select(value)));

    /// <summary>A decimal column (null is missing), for exact currency amounts.</summary>
    public DataFrameColumns<T> Decimal(string name, Func<T, decimal?> value) => Add(name, rows => new DecimalDataFrameColumn(name, rows.Select(value)));

    /// <summary>A boolean column (null is missing).</summary>
    public DataFrameColumns<T> Boolean(string name, Func<T, bool?> value) => Add(name, rows => new BooleanDataFrameColumn(name, rows.Select(value)));

    /// <summary>A string column (null is missing).</summary>
    public DataFrameColumns<T> String(string name, Func<T, string?> value) => Add(name, rows => new StringDataFrameColumn(name, rows.Select(value)));

    /// <summary>The frame: one row per record, in order.</summary>
    public DataFrame Build(IEnumerable<T> rows)
    {
        var list = rows.ToList();
        return new DataFrame(columns.Select(c => c(list)));
    }

    private DataFrameColumns<T> Add(string name, Func<IReadOnlyList<T>, DataFrameColumn> column)
    {
        if (!names.Add(name))
        {
            throw new ArgumentException($"column '{name}' is defined twice", nameof(name));
        }

        columns.Add(column);
        return this;
    }
}
