using ForcePosture.Files;

namespace ForcePosture.Figures;

/// <summary>Where figures go while code runs, and what they were made from. The headless runner begins one session per
/// notebook (<see cref="Begin"/>): figures are then staged and only moved into figures/ (with the manifest updated) when the
/// whole notebook succeeded, so a failing run never leaves a half-updated set. Without a session (interactive use in the
/// kernel), <see cref="Current"/> is a direct session for the repository found above the current directory.</summary>
internal sealed class FigureSession
{
    private static FigureSession? current;
    private static readonly object CurrentLock = new();
    private readonly List<FigureRecord> saved = [];
    private readonly SortedSet<string> inputsRead = new(StringComparer.Ordinal);
    private readonly List<Task> pending = [];
    private readonly object gate = new();

    private FigureSession(string repositoryRoot, string figuresDirectory, string? notebookPath, bool staged)
    {
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        FiguresDirectory = Path.GetFullPath(figuresDirectory);
        NotebookPath = notebookPath is null ? null : Path.GetFullPath(notebookPath);
        StagingDirectory = staged
            ? Path.Combine(FiguresDirectory, ".staging", Path.GetFileNameWithoutExtension(notebookPath ?? "session") + "-" + Environment.ProcessId)
            : null;
    }

    public string RepositoryRoot { get; }

    /// <summary>The folder figures end up in (the repository's figures/, or another for a parameterised run).</summary>
    public string FiguresDirectory { get; }

    /// <summary>The notebook that is running, when known.</summary>
    public string? NotebookPath { get; }

    /// <summary>The notebook a figure of this name comes from: the running notebook when known; otherwise (interactive use in the
    /// kernel, which is not told the notebook's path) the one notebook under notebooks/ whose number the figure name starts with,
    /// so a figure saved from VS Code records the same notebook as one saved by <c>run</c>.</summary>
    public string? NotebookFor(string figureName)
    {
        if (NotebookPath is not null) return NotebookPath;
        var notebooks = Path.Combine(RepositoryRoot, "notebooks");
        if (figureName.Length < 3 || figureName[2] != '-' || !Directory.Exists(notebooks)) return null;
        var candidates = Directory.GetFiles(notebooks, figureName[..3] + "*.ipynb");
        return candidates.Length == 1 ? candidates[0] : null;
    }

    /// <summary>The preview PNG each figure of the running notebook showed before this run (from the notebook's committed
    /// outputs), by figure name; a figure whose static images are kept without Chromium shows the same preview again.</summary>
    public IReadOnlyDictionary<string, byte[]> PreviousPreviews { get; set; } = new Dictionary<string, byte[]>();

    /// <summary>Where files are written before <see cref="Commit"/>, or null when they are written in place.</summary>
    public string? StagingDirectory { get; }

    /// <summary>Where Save writes now.</summary>
    public string WriteDirectory => StagingDirectory ?? FiguresDirectory;

    public IReadOnlyList<FigureRecord> Saved
    {
        get { lock (gate) return [.. saved]; }
    }

    /// <summary>Data files read during the session (repository-relative), as reported through <see cref="FigureInputs.Record"/>.</summary>
    public IReadOnlyCollection<string> InputsRead
    {
        get { lock (gate) return [.. inputsRead]; }
    }

    public static FigureSession Current
    {
        get
        {
            lock (CurrentLock)
                return current ??= Direct(RepositoryLayout.FindRoot(Directory.GetCurrentDirectory()));
        }
    }

    /// <summary>A session that writes straight into the repository's figures/ (interactive use).</summary>
    internal static FigureSession Direct(string repositoryRoot) =>
        new(repositoryRoot, Path.Combine(repositoryRoot, "figures"), null, staged: false);

    /// <summary>Starts a staged session for one notebook run; it becomes <see cref="Current"/> until <see cref="End"/>.</summary>
    public static FigureSession Begin(string repositoryRoot, string notebookPath, string? figuresDirectory = null)
    {
        var session = new FigureSession(repositoryRoot, figuresDirectory ?? Path.Combine(repositoryRoot, "figures"), notebookPath, staged: true);
        if (Directory.Exists(session.StagingDirectory!)) Directory.Delete(session.StagingDirectory!, recursive: true);
        lock (CurrentLock) current = session;
        return session;
    }

    /// <summary>Ends the session: <see cref="Current"/> falls back to a direct session again.</summary>
    public void End()
    {
        lock (CurrentLock)
            if (ReferenceEquals(current, this)) current = null;
    }

    internal void RecordInput(string fullPath)
    {
        lock (gate) inputsRead.Add(RepositoryLayout.Relative(RepositoryRoot, fullPath));
    }

    /// <summary>Records a saved figure. When its print PNG is still being rendered, <paramref name="completion"/> delivers the
    /// final record (with the PNG's hash), which replaces this one; <see cref="Commit"/> waits for it.</summary>
    internal void Add(FigureRecord record, Task<FigureRecord>? completion = null)
    {
        lock (gate)
        {
            if (saved.Any(r => r.Name == record.Name))
                throw new InvalidOperationException($"the figure name {record.Name} was saved twice in this run; each figure needs its own name.");
            saved.Add(record);
            if (completion is not null) pending.Add(ReplaceWhenDoneAsync(completion));
        }
    }

    private async Task ReplaceWhenDoneAsync(Task<FigureRecord> completion)
    {
        var record = await completion.ConfigureAwait(false);
        lock (gate) saved[saved.FindIndex(r => r.Name == record.Name)] = record;
    }

    /// <summary>Waits for every figure whose SVG and PNGs are still being rendered; the first failure is rethrown (it names
    /// the figure). The runner calls it before writing the notebook, whose outputs show the rendered previews.</summary>
    public void WaitForPending()
    {
        Task[] waiting;
        lock (gate) waiting = [.. pending];
        Task.WhenAll(waiting).GetAwaiter().GetResult();
    }

    /// <summary>Moves staged files into the figures folder and records them in figures/manifest.json (each file replaced
    /// atomically; the manifest last). Returns the figures committed.</summary>
    public IReadOnlyList<FigureRecord> Commit()
    {
        WaitForPending();
        var records = Saved;
        if (StagingDirectory is not null && Directory.Exists(StagingDirectory))
        {
            foreach (var record in records)
                foreach (var file in record.Outputs.Keys)
                {
                    var staged = Path.Combine(StagingDirectory, file);
                    // Kept static images were never staged: they are the committed files.
                    if (record.KeptStatic && !File.Exists(staged)) continue;
                    var target = Path.Combine(FiguresDirectory, file);
                    if (AtomicFile.HasContent(target, File.ReadAllBytes(staged))) File.Delete(staged);
                    else File.Move(staged, target, overwrite: true);
                }
            Discard();
            // A figure that changed and could not be drawn loses its old PDF, PNG and SVG, which no longer show it.
            foreach (var record in records.Where(r => r.SkippedStatic is not null))
                foreach (var stale in Figure.StaticFiles(record.Name).Select(f => Path.Combine(FiguresDirectory, f)))
                    if (File.Exists(stale)) File.Delete(stale);
        }
        PlotlyScript.EnsureIn(FiguresDirectory);
        FigureManifest.Update(this, records);
        return records;
    }

    /// <summary>Deletes staged files (after a failed run): the committed figures stay as they were.</summary>
    public void Discard()
    {
        // Let renders still in flight finish (their failures no longer matter) before their folder goes.
        try { WaitForPending(); }
        catch (Exception e) when (e is InvalidOperationException or IOException) { }
        if (StagingDirectory is not null && Directory.Exists(StagingDirectory)) Directory.Delete(StagingDirectory, recursive: true);
        var stagingRoot = Path.Combine(FiguresDirectory, ".staging");
        if (Directory.Exists(stagingRoot) && !Directory.EnumerateFileSystemEntries(stagingRoot).Any()) Directory.Delete(stagingRoot);
    }
}

/// <summary>A figure written in a session: its name, the files (name → SHA-256) and its caption.</summary>
/// <param name="Name">The figure's name, e.g. "01-us-troops".</param>
/// <param name="Caption">Its caption.</param>
/// <param name="Outputs">Each file written (name in the figures folder) and its SHA-256.</param>
/// <param name="Elapsed">The time <see cref="Figure.Save"/> took, browser start-up excluded: in a notebook run, until the HTML,
/// CSV and metadata were written and the drawing was handed to the browser; interactively, until every file was written.</param>
/// <param name="SkippedStatic">Why the PDF, PNG and SVG were not drawn (no Chromium), or null.</param>
public sealed record FigureRecord(string Name, string Caption, IReadOnlyDictionary<string, string> Outputs, TimeSpan Elapsed, string? SkippedStatic)
{
    /// <summary>Not in <see cref="Elapsed"/> during a notebook run: the time Chromium took to draw the SVG and the preview PNG
    /// (on the browser's threads, while the notebook went on).</summary>
    public TimeSpan Rendering { get; init; }

    /// <summary>True when Chromium was not available but the figure is the one its committed PDF, PNG and SVG were drawn from
    /// (the same HTML, CSV and metadata as in the manifest, the same plotly.js): those files, and the notebook's preview, were
    /// kept as they are.</summary>
    public bool KeptStatic { get; init; }

    /// <summary>Not in <see cref="Elapsed"/>: how long the PDF and the print PNG took to arrive after the SVG (the PDF is
    /// printed by the drawing page from the laid-out copy, the PNG encoded in the browser's worker).</summary>
    public TimeSpan PrintPng { get; init; }

    /// <summary>Of <see cref="Elapsed"/>, the time Plotly.NET took to turn the chart into figure JSON (plus the theme).</summary>
    public TimeSpan Serialising { get; init; }
}

/// <summary>Data loaders report each data file they read here, so the manifest can record exactly what a figure depends on.</summary>
internal static class FigureInputs
{
    public static void Record(string path) => FigureSession.Current.RecordInput(Path.GetFullPath(path));
}

/// <summary>Finding the repository and naming paths inside it.</summary>
public static class RepositoryLayout
{
    /// <summary>The nearest folder at or above <paramref name="start"/> holding ForcePosture.slnx.</summary>
    public static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "ForcePosture.slnx"))) return directory.FullName;
        throw new InvalidOperationException($"{start}: not inside the repository (no ForcePosture.slnx in this folder or above).");
    }

    /// <summary>A path relative to the repository root with '/' separators, as recorded in the manifest.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}

/// <summary>The one plotly.js every figure's HTML shares: figures/plotly.min.js, extracted from Plotly.NET.</summary>
internal static class PlotlyScript
{
    public const string FileName = "plotly.min.js";

    public static void EnsureIn(string directory)
    {
        var bytes = PlotlyFigure.PlotlyJsBytes();
        var path = Path.Combine(directory, FileName);
        if (!AtomicFile.HasContent(path, bytes)) AtomicFile.WriteAllBytes(path, bytes);
    }
}
