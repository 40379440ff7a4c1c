using System.Text;

namespace ForcePosture.Tests.DataLayer;

/// <summary>
/// The valid fixture package (Fixtures/valid, toy values, real schema) and corrupted copies of it in a temporary directory.
/// </summary>
internal sealed class FixturePackage : IDisposable
{
    public static string ValidDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid");

    private FixturePackage(string directory) => Directory = directory;

    /// <summary>The copy's data directory.</summary>
    public string Directory { get; }

    /// <summary>A fresh copy of the valid package that a test may corrupt.</summary>
    public static FixturePackage Copy()
    {
        var directory = Path.Combine(Path.GetTempPath(), "forceposture-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        foreach (var file in System.IO.Directory.GetFiles(ValidDirectory))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return new FixturePackage(directory);
    }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Replaces 1-based physical line <paramref name="line"/> of a file (LF line endings).</summary>
    public FixturePackage ReplaceLine(string file, int line, string text)
    {
        var lines = File.ReadAllText(PathOf(file)).Split('\n');
        Assert.True(lines[line - 1].Length > 0, $"{file}:{line} is empty in the fixture");
        lines[line - 1] = text;
        File.WriteAllText(PathOf(file), string.Join('\n', lines), new UTF8Encoding(false));
        return this;
    }

    /// <summary>Removes 1-based physical line <paramref name="line"/> of a file.</summary>
    public FixturePackage RemoveLine(string file, int line)
    {
        var lines = File.ReadAllText(PathOf(file)).Split('\n').ToList();
        lines.RemoveAt(line - 1);
        File.WriteAllText(PathOf(file), string.Join('\n', lines), new UTF8Encoding(false));
        return this;
    }

    /// <summary>Appends lines (each followed by LF).</summary>
    public FixturePackage Append(string file, params string[] lines)
    {
        File.AppendAllText(PathOf(file), string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
        return this;
    }

    public FixturePackage WriteBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(file), bytes);
        return this;
    }

    public FixturePackage WriteText(string file, string text)
    {
        File.WriteAllText(PathOf(file), text, new UTF8Encoding(false));
        return this;
    }

    public FixturePackage Delete(string file)
    {
        File.Delete(PathOf(file));
        return this;
    }

    public string ReadLine(string file, int line) => File.ReadAllText(PathOf(file)).Split('\n')[line - 1];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary copy is harmless.
        }
    }
}
