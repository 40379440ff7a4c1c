namespace ForcePosture.Notebooks;

/// <summary>How a session is set up. Every property has a working default for a process that references this library
/// (the command line and the kernel): <c>await ExecutionSession.CreateAsync(new EngineOptions())</c>.</summary>
public sealed record EngineOptions
{
    /// <summary>The folder holding the library's build output (ForcePosture.dll, its package DLLs and a *.deps.json that lists
    /// them with versions). <c>#r "nuget: Id, Version"</c> lines resolve there. Default: the host's own base directory.</summary>
    public string LibraryDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>The folder that relative paths in cells (and plain <c>#r "file.dll"</c>) resolve against; for a notebook, its folder.
    /// Default: the process's current directory. The session does not change the process's current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Where the small text/html of a chart output loads plotly.js from, relative to the notebook (never a network host).</summary>
    public string PlotlyScriptUrl { get; init; } = "../figures/plotly.min.js";

    /// <summary>Rows shown in an HTML table of a collection or DataFrame before "... N more rows".</summary>
    public int TableRowLimit { get; init; } = 25;
}
