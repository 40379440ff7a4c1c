using System.Diagnostics;
using ForcePosture.Figures;

namespace ForcePosture.Tests.OutsideTools;

/// <summary>
/// The programs a few tests need beside .NET: Debian's Chromium (static figures, offline page checks) and Jupyter's own
/// notebook validator (python3-nbformat). On a developer's machine without them those tests are skipped with the command
/// that installs them, so `dotnet test` works on a machine with only the .NET SDK. Under CI=true (.ci/run installs both)
/// a missing program is a failure, never a skip.
/// </summary>
internal static class Tools
{
    public const string ChromiumInstall = "sudo apt-get install -y chromium fonts-open-sans";
    public const string NbformatInstall = "sudo apt-get install -y --no-install-recommends python3-nbformat";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool ChromiumAvailable => File.Exists(ChromiumRenderer.ChromiumPath);

    private static readonly Lazy<bool> Nbformat = new(() =>
    {
        if (!File.Exists("/usr/bin/python3")) return false;
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", "import nbformat"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    });

    public static bool NbformatAvailable => Nbformat.Value;

    /// <summary>For the part of a test that needs Chromium: true when it is installed; false (that part is not checked) on a
    /// machine without it; a failure under CI.</summary>
    public static bool Chromium()
    {
        if (ChromiumAvailable) return true;
        Assert.False(InCi, $"Chromium is missing at {ChromiumRenderer.ChromiumPath}: {ChromiumInstall} (.ci/run installs it)");
        return false;
    }

    /// <summary>For the part of a test that needs Jupyter's validator, as <see cref="Chromium"/>.</summary>
    public static bool NbformatValidator()
    {
        if (NbformatAvailable) return true;
        Assert.False(InCi, $"python3-nbformat is missing (/usr/bin/python3 cannot import nbformat): {NbformatInstall} (.ci/run installs it)");
        return false;
    }
}

/// <summary>A test that needs Chromium: skipped, saying how to install it, on a machine without it, except under CI.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute() => Skip = SkipReason;

    /// <summary>Why a test that needs Chromium cannot run here (null when it can, and always under CI).</summary>
    internal static string? SkipReason =>
        !Tools.ChromiumAvailable && !Tools.InCi ? $"needs Chromium at {ChromiumRenderer.ChromiumPath}. {ChromiumRenderer.InstallHint}" : null;
}

/// <summary>A test that needs Jupyter's validator (python3-nbformat): skipped, saying how to install it, except under CI.</summary>
public sealed class RequiresNbformatFactAttribute : FactAttribute
{
    public RequiresNbformatFactAttribute()
    {
        if (!Tools.NbformatAvailable && !Tools.InCi)
            Skip = $"needs Jupyter's notebook validator: {Tools.NbformatInstall}";
    }
}

/// <summary>A test of what only Linux does (glibc's <c>malloc_trim</c>): skipped, saying so, on other systems.</summary>
public sealed class LinuxOnlyFactAttribute : FactAttribute
{
    public LinuxOnlyFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "tests glibc's malloc_trim, which only Linux has";
    }
}

/// <summary>A browser test that needs Chromium and axe-core (<c>cd tests/accessibility &amp;&amp; npm ci</c>): skipped, saying
/// how to install them, except under CI.</summary>
public sealed class RequiresAxeFactAttribute : FactAttribute
{
    /// <summary>Where the accessibility engine is after <c>npm ci</c>.</summary>
    public static string AxePath { get; } = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "tests", "accessibility", "node_modules", "axe-core", "axe.min.js");

    public RequiresAxeFactAttribute() => Skip = SkipReason;

    /// <summary>Why the browser's accessibility tests cannot run here (null when they can, and always under CI).</summary>
    internal static string? SkipReason =>
        Tools.InCi ? null
        : !Tools.ChromiumAvailable ? $"needs Chromium at {ChromiumRenderer.ChromiumPath}. {ChromiumRenderer.InstallHint}"
        : !File.Exists(AxePath) ? "needs axe-core: cd tests/accessibility && npm ci"
        : null;
}

/// <summary>A theory that needs Chromium (see <see cref="RequiresChromiumFactAttribute"/>).</summary>
public sealed class RequiresChromiumTheoryAttribute : TheoryAttribute
{
    public RequiresChromiumTheoryAttribute() => Skip = RequiresChromiumFactAttribute.SkipReason;
}

/// <summary>A theory that needs Chromium and axe-core (see <see cref="RequiresAxeFactAttribute"/>).</summary>
public sealed class RequiresAxeTheoryAttribute : TheoryAttribute
{
    public RequiresAxeTheoryAttribute() => Skip = RequiresAxeFactAttribute.SkipReason;
}
