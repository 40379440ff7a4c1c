using ForcePosture.Cells;

namespace ForcePosture.Validation;

/// <summary>
/// Thrown by the strict loaders (<see cref="ForcePostureData.LoadStrict()"/>) when the data package has problems.
/// The message lists every diagnostic, one per line, as <c>file:line:column: message</c>.
/// </summary>
public sealed class DataValidationException : Exception
{
    /// <summary>Creates the exception from the complete list of diagnostics.</summary>
    public DataValidationException(IReadOnlyList<Diagnostic> diagnostics)
        : base(BuildMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in the order the validator reported them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(IReadOnlyList<Diagnostic> diagnostics) =>
        $"The data package has {diagnostics.Count} problem(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
