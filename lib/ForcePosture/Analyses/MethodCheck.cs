using System.Globalization;
using ForcePosture.Prose;

namespace ForcePosture.Analyses;

/// <summary>
/// A notebook's own computation checked against the library's tested one. A notebook writes a step out in C# so that the
/// reader sees the method, then calls <see cref="Same{T}"/> (or <see cref="Close{TKey}"/> for numbers computed in another
/// order) with the library's result: if the two differ the cell throws, so the notebook run fails and the tests of the library
/// still guard what the notebook shows. On success the check returns a one-line <see cref="Markdown"/> saying what agreed.
/// </summary>
/// <example><code>
/// var mine = rows.GroupBy(t => t.Year).Select(g => (Year: g.Key, Total: g.Sum(t => t.Total!.Value)));
/// var library = ForcesAbroadAnalysis.ShareByYear(data, allies, 1950, 2025).Rows.Select(r => (r.Year, Total: r.ForeignTotal));
/// MethodCheck.Same("total abroad by year", mine, library, "ForcesAbroadAnalysis.ShareByYear")
/// </code></example>
public static class MethodCheck
{
    /// <summary>Requires the two sequences to have the same items in the same order (each compared with its type's equality).</summary>
    /// <param name="what">What the items are, for the message ("total abroad by year").</param>
    /// <param name="notebook">The notebook's own result.</param>
    /// <param name="library">The library's result for the same inputs.</param>
    /// <param name="libraryName">The library member that computed <paramref name="library"/>, for the message.</param>
    /// <exception cref="MethodCheckException">The sequences differ in length or in an item; the message names the first difference.</exception>
    public static Markdown Same<T>(string what, IEnumerable<T> notebook, IEnumerable<T> library, string libraryName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(library);
        var mine = notebook.ToList();
        var theirs = library.ToList();
        for (var i = 0; i < Math.Min(mine.Count, theirs.Count); i++)
            if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i]))
                throw new MethodCheckException($"the notebook's {what} differs from {libraryName} at item {i + 1}: the notebook has {mine[i]}, the library {theirs[i]}");
        return Agreed(what, mine.Count, theirs.Count, libraryName, "");
    }

    /// <summary>
    /// Requires the two keyed series to have the same keys in the same order and, key by key, both values missing or both
    /// present and within <paramref name="relativeTolerance"/> of each other (relative to the larger magnitude; absolute below 1).
    /// For shares and ratios that the notebook computes in another order of operations than the library.
    /// </summary>
    /// <exception cref="MethodCheckException">A key or a value differs; the message names the first difference.</exception>
    public static Markdown Close<TKey>(string what, IEnumerable<(TKey Key, double? Value)> notebook, IEnumerable<(TKey Key, double? Value)> library,
        string libraryName, double relativeTolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(library);
        if (!(relativeTolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "must be 0 or more");
        var mine = notebook.ToList();
        var theirs = library.ToList();
        for (var i = 0; i < Math.Min(mine.Count, theirs.Count); i++)
        {
            var (a, b) = (mine[i], theirs[i]);
            if (!EqualityComparer<TKey>.Default.Equals(a.Key, b.Key))
                throw new MethodCheckException($"the notebook's {what} differs from {libraryName} at item {i + 1}: key {a.Key} against {b.Key}");
            var agree = (a.Value, b.Value) switch
            {
                (null, null) => true,
                ({ } x, { } y) => Math.Abs(x - y) <= relativeTolerance * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y))),
                _ => false,
            };
            if (!agree)
                throw new MethodCheckException($"the notebook's {what} differs from {libraryName} at {a.Key}: the notebook has {Text(a.Value)}, the library {Text(b.Value)}");
        }

        return Agreed(what, mine.Count, theirs.Count, libraryName, relativeTolerance > 0 ? $" (to within {relativeTolerance.ToString("G3", CultureInfo.InvariantCulture)})" : "");
    }

    private static Markdown Agreed(string what, int mine, int theirs, string libraryName, string within)
    {
        if (mine != theirs)
            throw new MethodCheckException($"the notebook's {what} has {mine} items, {libraryName} {theirs}");
        return new Markdown($"Checked: the notebook's {what} ({mine} {(mine == 1 ? "item" : "items")}) agree with `{libraryName}`{within}.");
    }

    private static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "no value";
}

/// <summary>A notebook's computation disagrees with the library's (see <see cref="MethodCheck"/>).</summary>
public sealed class MethodCheckException(string message) : Exception(message);
