using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ForcePosture.Figures;
using ForcePosture.Prose;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace ForcePosture.Notebooks.Formatting;

/// <summary>Turns a value shown by a cell into a Jupyter MIME bundle, deterministically (the same value always gives the same
/// bytes, so a rerun leaves notebooks unchanged in git). Values in the bundle are strings, except JSON MIME types (JsonNode).
/// <list type="bullet">
/// <item>Plotly charts: application/vnd.plotly.v1+json (the figure) and a small text/html that loads the repository's one local
///   plotly.js (never a CDN, never 3.6 MB inline).</item>
/// <item>Saved figures (<see cref="SavedFigure"/>): image/png of the rendered figure (what GitHub shows) and text/html.</item>
/// <item>Computed prose (<see cref="Markdown"/>): text/markdown and text/plain.</item>
/// <item>DataFrames, collections and records: an HTML table (rows capped) and plain text.</item>
/// <item>Types with a formatter registered in a cell through Microsoft.DotNet.Interactive.Formatting: that formatter.</item>
/// <item>Anything else: text/plain as .NET Interactive's formatter writes it.</item>
/// </list></summary>
public sealed class OutputFormatter(EngineOptions options)
{
    private static readonly IReadOnlyDictionary<string, object> NoMetadata = new Dictionary<string, object>();

    public MimeBundle Format(object? value)
    {
        switch (value)
        {
            case null:
                return Text("<null>");
            case string text:
                return Text(text);
            case SavedFigure figure:
                return FigureBundle(figure);
            case Markdown prose:
                return new MimeBundle(new Dictionary<string, object> { ["text/markdown"] = prose.Text, ["text/plain"] = prose.Text }, NoMetadata);
            case GenericChart chart:
                return ChartBundle(chart);
            case DataFrame frame:
                return Bundle(frame.ToString(), HtmlTable.FromDataFrame(frame, options.TableRowLimit));
        }
        var type = value.GetType();
        if (HasUserFormatter(type))
            return Bundle(PlainText(value), Formatter.ToDisplayString(value, HtmlFormatter.MimeType));
        if (IsScalar(type)) return Text(PlainText(value));
        if (value is IEnumerable sequence && value is not IDictionary)
            return Bundle(PlainText(value), HtmlTable.FromSequence(sequence, options.TableRowLimit));
        if (HtmlTable.Columns(type).Count > 0)
            return Bundle(PlainText(value), HtmlTable.FromObject(value));
        return Text(PlainText(value));
    }

    private static bool HasUserFormatter(Type type) =>
        Formatter.RegisteredFormatters(false).Any(f => f.MimeType == HtmlFormatter.MimeType && f.Type.IsAssignableFrom(type));

    internal static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(string) || type == typeof(DateTime) ||
        type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(Guid) ||
        (Nullable.GetUnderlyingType(type) is { } inner && IsScalar(inner));

    private static string PlainText(object value) => Formatter.ToDisplayString(value, PlainTextFormatter.MimeType);

    private MimeBundle ChartBundle(GenericChart chart)
    {
        var figure = PlotlyFigure.FromChart(chart);
        var json = figure.ToJsonString();
        var id = "plotly-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        var html = $$"""
            <div id="{{id}}"></div>
            <script src="{{WebUtility.HtmlEncode(options.PlotlyScriptUrl)}}"></script>
            <script>(() => { const figure = {{json}}; Plotly.newPlot("{{id}}", figure.data, figure.layout, { "responsive": true, "displaylogo": false }); })();</script>
            """;
        var data = new Dictionary<string, object>
        {
            ["application/vnd.plotly.v1+json"] = figure,
            ["text/html"] = html,
            ["text/plain"] = "Plotly chart (application/vnd.plotly.v1+json)",
        };
        return new MimeBundle(data, NoMetadata);
    }

    private static MimeBundle FigureBundle(SavedFigure figure)
    {
        var data = new Dictionary<string, object>();
        var metadata = new Dictionary<string, object>();
        if (figure.PngForDisplay is { } png)
        {
            // During a notebook run the preview is still being drawn: the output takes it when it is written.
            data["image/png"] = png.IsCompletedSuccessfully
                ? Convert.ToBase64String(png.GetAwaiter().GetResult())
                : new Lazy<string>(() => Convert.ToBase64String(png.GetAwaiter().GetResult()));
            metadata["image/png"] = new JsonObject { ["width"] = figure.DisplayWidth };
        }
        var caption = WebUtility.HtmlEncode(figure.Caption);
        data["text/html"] = $"""<figure><a href="../figures/{figure.Name}.html">{WebUtility.HtmlEncode(figure.Name)} (interactive)</a><figcaption>{caption}</figcaption></figure>""";
        data["text/plain"] = $"Figure {figure.Name}: {string.Join(", ", figure.Files)}";
        return new MimeBundle(data, metadata);
    }

    private static MimeBundle Text(string text) =>
        new(new Dictionary<string, object> { ["text/plain"] = text }, NoMetadata);

    private static MimeBundle Bundle(string text, string html) =>
        new(new Dictionary<string, object> { ["text/html"] = html, ["text/plain"] = text }, NoMetadata);
}

/// <summary>Readable HTML tables for collections of records, single records and DataFrames.</summary>
internal static class HtmlTable
{
    public static IReadOnlyList<PropertyInfo> Columns(Type type) =>
        OutputFormatter.IsScalar(type) ? [] :
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();

    public static string FromSequence(IEnumerable sequence, int rowLimit)
    {
        var items = sequence.Cast<object?>().Take(rowLimit + 1).ToList();
        var elementType = ElementType(sequence.GetType()) ?? items.FirstOrDefault(i => i is not null)?.GetType() ?? typeof(object);
        var columns = Columns(elementType);
        var header = columns.Count == 0 ? ["value"] : columns.Select(c => c.Name).ToList();
        var rows = items.Take(rowLimit).Select(item => columns.Count == 0 || item is null
            ? new List<string> { Cell(item) }
            : columns.Select(c => Cell(c.GetValue(item))).ToList()).ToList();
        var more = items.Count > rowLimit ? "more rows not shown" : null;
        return Table(header, rows, more, showIndex: true);
    }

    public static string FromObject(object value)
    {
        var columns = Columns(value.GetType());
        return Table(columns.Select(c => c.Name).ToList(), [columns.Select(c => Cell(c.GetValue(value))).ToList()], null, showIndex: false);
    }

    public static string FromDataFrame(DataFrame frame, int rowLimit)
    {
        var header = frame.Columns.Select(c => c.Name).ToList();
        var shown = (int)Math.Min(frame.Rows.Count, rowLimit);
        var rows = Enumerable.Range(0, shown).Select(r => frame.Columns.Select(c => Cell(c[r])).ToList()).ToList();
        var more = frame.Rows.Count > rowLimit ? $"{frame.Rows.Count - rowLimit} more rows not shown ({frame.Rows.Count} in all)" : null;
        return Table(header, rows, more, showIndex: true);
    }

    private static Type? ElementType(Type sequenceType) =>
        sequenceType.IsArray ? sequenceType.GetElementType() :
        sequenceType.GetInterfaces().Append(sequenceType)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(", ", e.Cast<object?>().Take(20).Select(Cell)),
        _ => value.ToString() ?? "",
    };

    private static string Table(IReadOnlyList<string> header, IReadOnlyList<List<string>> rows, string? footer, bool showIndex)
    {
        var html = new StringBuilder("<table>\n<thead><tr>");
        if (showIndex) html.Append("<th></th>");
        foreach (var h in header) html.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            html.Append("<tr>");
            if (showIndex) html.Append("<td>").Append(i).Append("</td>");
            foreach (var cell in rows[i]) html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>");
        if (footer is not null) html.Append("\n<p><i>").Append(WebUtility.HtmlEncode(footer)).Append("</i></p>");
        return html.ToString();
    }
}
