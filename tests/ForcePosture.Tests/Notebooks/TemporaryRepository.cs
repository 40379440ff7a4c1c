using System.Text.Json;

namespace ForcePosture.Tests.Notebooks;

/// <summary>A throw-away repository layout (ForcePosture.slnx, data/, notebooks/, figures/) under the temp folder.</summary>
internal sealed class TemporaryRepository : IDisposable
{
    public TemporaryRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "fp-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "notebooks"));
        Directory.CreateDirectory(Path.Combine(Root, "data"));
        File.WriteAllText(Path.Combine(Root, "ForcePosture.slnx"), "<Solution />\n");
        File.WriteAllText(Path.Combine(Root, "data", "toy.csv"), "year,value\n2020,1\n");
    }

    public string Root { get; }

    public static string LibraryVersion => typeof(ForcePosture.Figures.Figure).Assembly.GetName().Version!.ToString(3);

    /// <summary>Writes a notebook whose code cells are the given sources (the first may be tagged "parameters").</summary>
    public string Notebook(string name, IReadOnlyList<string> codeCells, bool firstIsParameters = false)
    {
        var cells = codeCells.Select((source, i) => new Dictionary<string, object?>
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = $"c{i}",
            ["metadata"] = i == 0 && firstIsParameters ? new Dictionary<string, object> { ["tags"] = new[] { "parameters" } } : new Dictionary<string, object>(),
            ["outputs"] = Array.Empty<object>(),
            ["source"] = source,
        }).Prepend(new Dictionary<string, object?>
        {
            ["cell_type"] = "markdown",
            ["id"] = "title",
            ["metadata"] = new Dictionary<string, object> { ["custom"] = "kept" },
            ["source"] = "# Test notebook",
        }).ToList();
        var notebook = new Dictionary<string, object>
        {
            ["cells"] = cells,
            ["metadata"] = new Dictionary<string, object> { ["authors"] = new[] { "someone" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(Root, "notebooks", name);
        File.WriteAllText(path, JsonSerializer.Serialize(notebook));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
