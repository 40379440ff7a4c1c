namespace ForcePosture.Kernel.Kernelspec;

/// <summary>Jupyter's data directories, as jupyter_core computes them, where clients look for kernels/&lt;name&gt;/kernel.json.</summary>
public static class JupyterDataDirectories
{
    /// <summary>The user's data directory: $JUPYTER_DATA_DIR if set; else ~/Library/Jupyter (macOS), %APPDATA%\jupyter
    /// (Windows), or $XDG_DATA_HOME/jupyter, defaulting to ~/.local/share/jupyter (Linux and other Unix).</summary>
    public static string User()
    {
        var overridden = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrEmpty(overridden)) return Path.GetFullPath(overridden);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "jupyter");
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(home) || !Path.IsPathRooted(home))
            throw new InvalidOperationException("cannot tell the user's home directory (HOME is not set to an absolute path); use --prefix DIR or set JUPYTER_DATA_DIR");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) || !Path.IsPathRooted(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary>The data directory of an environment prefix (what `jupyter kernelspec install --prefix` uses): PREFIX/share/jupyter.</summary>
    public static string Prefix(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");
}
