using System.Text.Json.Nodes;
using ForcePosture.Kernel.Hosting;
using ForcePosture.Notebooks;

namespace ForcePosture.Tests.Kernel;

public class IopubOutputSinkTests
{
    private readonly List<(string Type, JsonObject Content)> published = [];

    private static MimeBundle Text(string text) =>
        new(new Dictionary<string, object> { ["text/plain"] = text }, new Dictionary<string, object>());

    [Fact]
    public void Gathers_consecutive_writes_and_keeps_the_order_of_outputs()
    {
        using (var sink = new IopubOutputSink((type, content) => published.Add((type, content)), silent: false))
        {
            sink.Stream("stdout", "a");
            sink.Stream("stdout", "b\n");
            sink.Stream("stderr", "warning\n");
            sink.Display(Text("shown"));
            sink.Stream("stdout", "c");
        }
        Assert.Equal(["stream", "stream", "display_data", "stream"], published.Select(p => p.Type));
        Assert.Equal("ab\n", (string?)published[0].Content["text"]);
        Assert.Equal("stderr", (string?)published[1].Content["name"]);
        Assert.Equal("shown", (string?)published[2].Content["data"]!["text/plain"]);
        Assert.Equal("c", (string?)published[3].Content["text"]);
    }

    [Fact]
    public void Flushes_a_pending_stream_after_the_interval_while_the_cell_still_runs()
    {
        using var sink = new IopubOutputSink((type, content) => { lock (published) published.Add((type, content)); }, silent: false);
        sink.Stream("stdout", "progress 1\n");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (DateTime.UtcNow < deadline && published.Count == 0) Thread.Sleep(10);
        lock (published) Assert.Equal("progress 1\n", (string?)Assert.Single(published).Content["text"]);
    }

    [Fact]
    public void Output_written_after_the_cell_ended_is_still_sent_and_silent_sends_nothing()
    {
        var sink = new IopubOutputSink((type, content) => published.Add((type, content)), silent: false);
        sink.Dispose();
        sink.Stream("stdout", "late");
        Assert.Equal("late", (string?)Assert.Single(published).Content["text"]);

        published.Clear();
        using var silent = new IopubOutputSink((type, content) => published.Add((type, content)), silent: true);
        silent.Stream("stdout", "x");
        silent.Display(Text("y"));
        silent.Flush();
        Assert.Empty(published);
    }

    [Fact]
    public void A_json_mime_type_given_as_a_string_goes_out_as_json()
    {
        var bundle = new MimeBundle(new Dictionary<string, object>
        {
            ["application/vnd.plotly.v1+json"] = """{"data":[{"type":"bar"}],"layout":{}}""",
            ["text/html"] = "<div>chart</div>",
        }, new Dictionary<string, object>());
        using (var sink = new IopubOutputSink((type, content) => published.Add((type, content)), silent: false))
            sink.Display(bundle);
        var data = published.Single().Content["data"]!;
        Assert.Equal("bar", (string?)data["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]);
        Assert.Equal("<div>chart</div>", (string?)data["text/html"]);
    }
}
