using ForcePosture.Notebooks;

namespace ForcePosture.Tests.Notebooks;

public sealed class ExecutionSessionTests
{
    private static Task<ExecutionSession> NewSession() => ExecutionSession.CreateAsync(new EngineOptions { WorkingDirectory = Path.GetTempPath() });

    private static async Task<(CellResult Result, RecordingSink Sink)> Run(ExecutionSession session, string code)
    {
        var sink = new RecordingSink();
        var result = await session.ExecuteAsync(code, sink, CancellationToken.None);
        return (result, sink);
    }

    [Fact]
    public async Task State_carries_across_cells_and_the_trailing_expression_is_the_value()
    {
        await using var session = await NewSession();
        var (first, _) = await Run(session, "var x = 20;\nrecord Point(int X, int Y);\nint Twice(int v) => 2 * v;");
        Assert.True(first.Succeeded, first.Error?.Value);
        Assert.Null(first.Value);
        var (second, _) = await Run(session, "using System.Globalization;\nTwice(x) + new Point(1, 1).X");
        Assert.True(second.Succeeded, second.Error?.Value);
        Assert.Equal("41", second.Value!.Data["text/plain"]);
    }

    [Fact]
    public async Task A_void_call_without_semicolon_has_no_value()
    {
        await using var session = await NewSession();
        var (result, sink) = await Run(session, "Console.WriteLine(\"hi\")");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Null(result.Value);
        Assert.Equal("hi\n", sink.Text("stdout"));
    }

    [Fact]
    public async Task Stdout_stderr_and_display_reach_the_sink_in_order()
    {
        await using var session = await NewSession();
        var (result, sink) = await Run(session, "Console.Write(\"a\");\nConsole.Error.WriteLine(\"b\");\ndisplay(42);\nawait Task.Run(() => Console.WriteLine(\"from a task\"));");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("afrom a task\n", sink.Text("stdout"));
        Assert.Equal("b\n", sink.Text("stderr"));
        Assert.Equal("42", Assert.Single(sink.Displays).Data["text/plain"]);
    }

    [Fact]
    public async Task Two_sessions_running_at_once_keep_their_output_apart()
    {
        await using var one = await NewSession();
        await using var two = await NewSession();
        var code = "for (var i = 0; i < 50; i++) { Console.Write(Name); await Task.Yield(); }";
        await Run(one, "var Name = \"1\";");
        await Run(two, "var Name = \"2\";");
        var results = await Task.WhenAll(Run(one, code), Run(two, code));
        Assert.Equal(new string('1', 50), results[0].Sink.Text("stdout"));
        Assert.Equal(new string('2', 50), results[1].Sink.Text("stdout"));
    }

    [Fact]
    public async Task A_compilation_error_names_line_and_column_and_keeps_the_session_usable()
    {
        await using var session = await NewSession();
        await Run(session, "var kept = 1;");
        var (result, _) = await Run(session, "var a = 1;\nvar b = missing + 1;");
        Assert.False(result.Succeeded);
        Assert.Equal("CompilationError", result.Error!.Name);
        Assert.Equal(2, result.Error.Line);
        Assert.StartsWith("(2,9): error CS0103", result.Error.Value, StringComparison.Ordinal);
        var (after, _) = await Run(session, "kept");
        Assert.Equal("1", after.Value!.Data["text/plain"]);
    }

    [Fact]
    public async Task Warnings_are_not_errors_and_only_errors_are_reported()
    {
        await using var session = await NewSession();
        // CS0168 (declared, never used) is a warning: the cell runs and shows its value, and nothing else.
        var (warned, sink) = await Run(session, "int unused;\n42");
        Assert.True(warned.Succeeded, warned.Error?.Value);
        Assert.Equal("42", warned.Value!.Data["text/plain"]);
        Assert.Empty(sink.Text("stderr"));
        // A warning before an error: the error is the one reported, and it is the only line.
        var (failed, _) = await Run(session, "int alsoUnused;\nint x = \"text\";");
        Assert.Equal("CompilationError", failed.Error!.Name);
        Assert.Equal(2, failed.Error.Line);
        Assert.Single(failed.Error.Traceback);
        Assert.Contains("error CS0029", failed.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runtime_exception_names_the_cell_line()
    {
        await using var session = await NewSession();
        var (result, _) = await Run(session, "var a = 1;\n\nthrow new InvalidOperationException(\"boom\");");
        Assert.False(result.Succeeded);
        Assert.Equal("InvalidOperationException", result.Error!.Name);
        Assert.Equal("boom", result.Error.Value);
        Assert.Equal(3, result.Error.Line);
    }

    [Fact]
    public async Task Cancelling_stops_a_cell_that_awaits_the_cancellation_token()
    {
        await using var session = await NewSession();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = DateTime.UtcNow;
        var result = await session.ExecuteAsync("await Task.Delay(60000, CancellationToken);", new RecordingSink(), cancel.Token);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
        Assert.Equal("OperationCanceledException", result.Error!.Name);
        var (after, _) = await Run(session, "1 + 1");
        Assert.Equal("2", after.Value!.Data["text/plain"]);
    }

    [Fact]
    public async Task Nuget_references_resolve_to_the_library_build_and_a_version_mismatch_names_both_versions()
    {
        await using var session = await NewSession();
        var (wrong, _) = await Run(session, "#r \"nuget: Plotly.NET, 5.0.0\"\n1");
        Assert.False(wrong.Succeeded);
        Assert.Equal(1, wrong.Error!.Line);
        Assert.Contains("5.0.0", wrong.Error.Value, StringComparison.Ordinal);
        Assert.Contains("6.0.0", wrong.Error.Value, StringComparison.Ordinal);

        var (unknown, _) = await Run(session, "#r \"nuget: Newtonsoft.Jsonx, 13.0.1\"");
        Assert.Contains("not one the ForcePosture library is built with", unknown.Error!.Value, StringComparison.Ordinal);

        var (right, _) = await Run(session, "#!csharp\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nusing Plotly.NET.CSharp;\nvar chart = Chart.Column<int, int, string>(new[] { 1, 2 }, new[] { 2020, 2021 });\nchart");
        Assert.True(right.Succeeded, right.Error?.Value + string.Join('\n', right.Error?.Traceback ?? []));
        Assert.True(right.Value!.Data.ContainsKey("application/vnd.plotly.v1+json"));
        var html = (string)right.Value.Data["text/html"];
        Assert.Contains("../figures/plotly.min.js", html, StringComparison.Ordinal);
        Assert.True(html.Length < 20_000, "the chart's HTML must not inline plotly.js");
    }

    [Fact]
    public async Task The_library_referenced_from_a_cell_is_the_same_assembly_as_the_host_s()
    {
        await using var session = await NewSession();
        var version = typeof(ForcePosture.Figures.Figure).Assembly.GetName().Version!.ToString(3);
        var (result, _) = await Run(session, $"#r \"nuget: ForcePosture, {version}\"\ntypeof(ForcePosture.Figures.Figure).Assembly.Location");
        Assert.True(result.Succeeded, result.Error?.Value);
        var (same, _) = await Run(session, "typeof(ForcePosture.Figures.Figure).Assembly == AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == \"ForcePosture\" && a.Location.Length > 0)");
        Assert.Equal("True", same.Value!.Data["text/plain"]);
    }

    // In this test host (as in the command line and the kernel) the package DLLs are also on the host's own dependency list, so
    // they load once even without the Resolving handler; the handler matters for a LibraryDirectory outside the host's folder.
    [Fact]
    public async Task Plotly_net_runs_in_a_cell_with_fsharp_core_loaded_once()
    {
        await using var session = await NewSession();
        var (result, _) = await Run(session, "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n#r \"nuget: Plotly.NET, 6.0.0\"\nvar html = Plotly.NET.GenericChart.toChartHTML(Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1 }, new[] { 2 }));\nhtml.Contains(\"<div\")");
        Assert.True(result.Succeeded, result.Error?.Value + "\n" + string.Join('\n', result.Error?.Traceback ?? []));
        Assert.Equal("True", result.Value!.Data["text/plain"]);
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "FSharp.Core");
    }

    [Fact]
    public async Task Unsupported_magic_commands_are_errors_with_their_line()
    {
        await using var session = await NewSession();
        var (result, _) = await Run(session, "var a = 1;\n#!fsharp\nlet b = 2");
        Assert.Equal(2, result.Error!.Line);
        Assert.Contains("#!fsharp", result.Error.Value, StringComparison.Ordinal);
        var (timed, sink) = await Run(session, "#!time\nvar c = 3;");
        Assert.True(timed.Succeeded, timed.Error?.Value);
        Assert.StartsWith("Wall time: ", sink.Text("stdout"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_and_collections_of_records_become_html_tables()
    {
        await using var session = await NewSession();
        var (result, _) = await Run(session, "record Ally(string Name, int Troops);\nnew[] { new Ally(\"Japan\", 1), new Ally(\"Australia <AU>\", 2) }");
        Assert.True(result.Succeeded, result.Error?.Value);
        var html = (string)result.Value!.Data["text/html"];
        Assert.Contains("<th>Name</th><th>Troops</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Australia &lt;AU&gt;</td><td>2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Computed_prose_becomes_markdown()
    {
        await using var session = await NewSession();
        var (result, sink) = await Run(session, "#r \"nuget: ForcePosture, 1.0.0\"\nusing ForcePosture.Prose;\nvar troops = 53490;\ndisplay(new Markdown($\"**{troops:N0}** personnel\"));");
        Assert.True(result.Succeeded, result.Error?.Value);
        var shown = Assert.Single(sink.Displays);
        Assert.Equal("**53,490** personnel", (string)shown.Data["text/markdown"]);
        Assert.Equal("**53,490** personnel", (string)shown.Data["text/plain"]);
    }

    [Fact]
    public async Task Completion_and_inspection_see_earlier_cells()
    {
        await using var session = await NewSession();
        await Run(session, "var allyCount = 5;\nrecord Ally(string Name);");
        var completion = await session.CompleteAsync("ally", 4, CancellationToken.None);
        Assert.Contains(completion.Matches, m => m.Text == "allyCount");
        Assert.Equal(0, completion.Start);
        var members = await session.CompleteAsync("\"abc\".Len", 9, CancellationToken.None);
        Assert.Contains(members.Matches, m => m.Text == "Length");
        var inspected = await session.InspectAsync("allyCount", 2, CancellationToken.None);
        Assert.Contains("allyCount", (string)inspected!.Data["text/plain"], StringComparison.Ordinal);
        Assert.Equal("incomplete", session.IsComplete("if (true) {"));
        Assert.Equal("complete", session.IsComplete("var a = 1;"));
    }

    [Fact]
    public async Task The_warm_up_script_compiles_and_runs_against_the_library_build()
    {
        await using var session = await NewSession();
        var script = ExecutionSession.WarmUpScript(ForcePosture.Notebooks.Execution.PackageCatalog.Load(AppContext.BaseDirectory));
        Assert.Contains("#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", script, StringComparison.Ordinal);
        var (result, _) = await Run(session, script);
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Contains("row 1: 1.5", result.Value!.Data["text/plain"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warming_up_leaves_no_variables_no_output_and_no_execution_count()
    {
        await using var session = await NewSession();
        await session.WarmUpAsync();
        Assert.Equal(0, session.ExecutionCount);
        var (unknown, sink) = await Run(session, "warmUpRows.Count");
        Assert.Equal("CompilationError", unknown.Error?.Name);
        Assert.Contains("CS0103", unknown.Error!.Value, StringComparison.Ordinal);
        Assert.Empty(sink.Text("stdout"));
        var (chart, _) = await Run(session, "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nPlotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1 }, new[] { 2 })");
        Assert.True(chart.Succeeded, chart.Error?.Value);
        Assert.Equal(2, session.ExecutionCount);
    }
}

public sealed class OutputFormatterTests
{
    [Fact]
    public void A_dataframe_becomes_an_html_table_with_its_column_names_and_a_row_cap()
    {
        var years = new Microsoft.Data.Analysis.Int32DataFrameColumn("year", [2020, 2021, 2022]);
        var names = new Microsoft.Data.Analysis.StringDataFrameColumn("ally", ["Japan", "Australia", "Philippines"]);
        var frame = new Microsoft.Data.Analysis.DataFrame(years, names);
        var bundle = new ForcePosture.Notebooks.Formatting.OutputFormatter(new EngineOptions { TableRowLimit = 2 }).Format(frame);
        var html = (string)bundle.Data["text/html"];
        Assert.Contains("<th>year</th><th>ally</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2021</td><td>Australia</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Philippines", html, StringComparison.Ordinal);
        Assert.Contains("1 more rows not shown (3 in all)", html, StringComparison.Ordinal);
    }
}
