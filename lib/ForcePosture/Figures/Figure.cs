using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using ForcePosture.Charts;
using Microsoft.Data.Analysis;
using Plotly.NET;
using ForcePosture.Files;
using ForcePosture.Translations;
namespace ForcePosture.Figures;

/// <summary>The one call notebooks use to publish a figure:
/// <code>Figure.Save(chart, name: "01-us-troops-per-ally", title: "...", subtitle: "...", caption: "...", altText: "...", sources: "...", data: rows, notes: "...");</code>
/// writes, under figures/: name.html (interactive, offline, sharing figures/plotly.min.js), name.png (print resolution), name.svg
/// and name.pdf (vector; all three rendered by Chromium, skipped with a message when it is missing), name.csv (exactly
/// <c>data</c>) and name.json (title, subtitle, notes, caption, alt text, sources, notebook, size). The publication theme is
/// applied first. Every static image and the page carry the title, the subtitle, the notes and the sources line, so a file
/// taken from figures/ keeps what is counted and who produced it.</summary>
public static partial class Figure
{
    private static readonly SemaphoreSlim RendererGate = new(1, 1);
    private static ChromiumRenderer? renderer;
    private static string? rendererUnavailable;
    private static bool rendererTried;

    /// <summary>How long starting the browser and loading plotly.js took in this process (null until a figure needed it);
    /// it is not counted in any figure's own time.</summary>
    public static TimeSpan? RendererStartTime { get; private set; }

    /// <summary>Why the process's last attempt to start the browser failed (with the install commands), or null when it started
    /// or none was made. It outlives <see cref="ShutdownRendererAsync"/>, so a run's summary can say it.</summary>
    public static string? RendererUnavailable => rendererUnavailable;

    [GeneratedRegex("^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();

    /// <summary>Saves a chart with everything a reader needs to use it alone (see the class summary for the files written).</summary>
    /// <param name="chart">The Plotly.NET chart; the publication theme is applied to a copy of its JSON.</param>
    /// <param name="name">File name stem: the notebook's two-digit number and lower-case words joined by hyphens, e.g. "01-us-troops".</param>
    /// <param name="title">What is counted, where and when, drawn above the chart (the chart must not set a title of its own).</param>
    /// <param name="subtitle">The unit and basis of the values, drawn below the title.</param>
    /// <param name="caption">What the chart shows, with units, definitions and gaps: written beside it and into its metadata.</param>
    /// <param name="altText">A description of the chart for readers who cannot see it.</param>
    /// <param name="sources">The sources of the plotted rows, <see cref="Dataset.SourcesLine(System.Collections.Generic.IEnumerable{ForcePosture.Tables.IHasProvenance})"/>
    /// (<see cref="SourceLine.Uncited"/> for toy data): in full on the page and in the metadata, and in the images in full when it
    /// fits in three lines, else in its short form (document count, main publishers, where the full list is).</param>
    /// <param name="data">Exactly the values plotted, written as name.csv.</param>
    /// <param name="notes">Estimates, gaps and breaks in series, drawn below the chart; null when there are none.</param>
    /// <param name="size">The size preset: <see cref="FigureSize.Column"/> (8.5 cm, the default), <see cref="FigureSize.Page"/>
    /// (17.5 cm) or <see cref="FigureSize.Slide"/> (16:9).</param>
    /// <returns>What was written; shown in a notebook it displays the chart's preview and caption.</returns>
    public static SavedFigure Save<T>(GenericChart chart, string name, string title, string subtitle, string caption, string altText, SourceLine sources, IEnumerable<T> data, string? notes = null, FigureSize size = FigureSize.Column) =>
        SaveAsync(chart, name, title, subtitle, caption, altText, sources, data, notes, size).GetAwaiter().GetResult();

    /// <inheritdoc cref="Save{T}(GenericChart, string, string, string, string, string, SourceLine, IEnumerable{T}, string, FigureSize)"/>
    public static SavedFigure Save(GenericChart chart, string name, string title, string subtitle, string caption, string altText, SourceLine sources, DataFrame data, string? notes = null, FigureSize size = FigureSize.Column) =>
        SaveAsync(chart, name, title, subtitle, caption, altText, sources, data, notes, size).GetAwaiter().GetResult();

    /// <inheritdoc cref="Save{T}(GenericChart, string, string, string, string, string, SourceLine, IEnumerable{T}, string, FigureSize)"/>
    public static Task<SavedFigure> SaveAsync<T>(GenericChart chart, string name, string title, string subtitle, string caption, string altText, SourceLine sources, IEnumerable<T> data, string? notes = null, FigureSize size = FigureSize.Column) =>
        SaveCoreAsync(chart, name, new Texts(title, subtitle, notes, caption, altText, sources), () => FigureCsv.FromRecords(data), size);

    /// <inheritdoc cref="Save{T}(GenericChart, string, string, string, string, string, SourceLine, IEnumerable{T}, string, FigureSize)"/>
    public static Task<SavedFigure> SaveAsync(GenericChart chart, string name, string title, string subtitle, string caption, string altText, SourceLine sources, DataFrame data, string? notes = null, FigureSize size = FigureSize.Column) =>
        SaveCoreAsync(chart, name, new Texts(title, subtitle, notes, caption, altText, sources), () => FigureCsv.FromDataFrame(data), size);

    /// <summary>Everything a caller writes about a figure, checked together.</summary>
    private sealed record Texts(string Title, string Subtitle, string? Notes, string Caption, string AltText, SourceLine Sources);

    private static async Task<SavedFigure> SaveCoreAsync(GenericChart chart, string name, Texts texts, Func<string> plottedData, FigureSize size)
    {
        var stopwatch = Stopwatch.StartNew();
        var session = FigureSession.Current;
        Validate(name, texts, session.NotebookPath);
        var (caption, altText, sources) = (texts.Caption, texts.AltText, texts.Sources);
        var text = FigureText.For(name, texts.Title, texts.Subtitle, texts.Notes, sources);
        var dimensions = FigureDimensions.For(size);
        var figure = PlotlyFigure.FromChart(chart);
        if (figure["layout"]?["title"] is { } ownTitle)
            throw new ArgumentException($"figure {name}: the chart sets its own title ({ownTitle.ToJsonString()}); give it as Figure.Save's title: instead, which is drawn above the chart in every file.", nameof(chart));
        PublicationTheme.Apply(figure, size);
        var baseMaps = GeoBaseMap.NamesFor(figure, name);
        var korean = Korean(name, figure, texts, session);
        var serialising = stopwatch.Elapsed;
        var directory = session.WriteDirectory;
        Directory.CreateDirectory(directory);
        var csv = Encoding.UTF8.GetBytes(plottedData());   // first: it rejects data that cannot make a figure

        // The browser starts with the first figure of a process (or earlier, see PrepareAsync); the time waited for it is
        // reported apart (RendererStartTime), not as this figure's.
        var waitingForBrowser = Stopwatch.StartNew();
        var starting = StartRendererAsync();
        // A notebook run does not wait for a browser that is still starting (the first figures of a run): the figure is drawn
        // when it is up, while the notebook goes on.
        var deferred = session.StagingDirectory is not null && !starting.IsCompleted && File.Exists(ChromiumRenderer.ChromiumPath);
        var (renderer, skipped) = deferred ? (null, null) : await starting.ConfigureAwait(false);
        var startup = waitingForBrowser.Elapsed;
        // Chromium draws (on the browser's own threads) while this thread writes the HTML, CSV and metadata.
        var drawing = renderer is null ? null : DrawAsync(renderer, name, figure.DeepClone().AsObject(), text, korean, dimensions, baseMaps);
        var outputs = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [name + ".html"] = Encoding.UTF8.GetBytes(Html(figure, text, caption, altText, baseMaps)),
            [KoreanFigure.FileName(name, ".html")] = Encoding.UTF8.GetBytes(Html(korean.Figure, korean.Text, caption, altText, baseMaps, Language.Korean)),
            [name + ".csv"] = csv,
            [name + ".json"] = Encoding.UTF8.GetBytes(Metadata(name, text, korean, caption, altText, sources, size, dimensions, session)),
        };
        foreach (var (file, bytes) in outputs) WriteIfChanged(Path.Combine(directory, file), bytes);
        if (session.StagingDirectory is null) PlotlyScript.EnsureIn(session.FiguresDirectory);
        GeoBaseMap.EnsureIn(session.FiguresDirectory, baseMaps);
        var record = new FigureRecord(name, caption, Hashes(outputs), stopwatch.Elapsed - startup, skipped) { Serialising = serialising };
        var files = outputs.Keys.Concat(StaticFiles(name)).Order(StringComparer.Ordinal).ToList();
        if (deferred)
        {
            var drawn = new TaskCompletionSource<Drawing?>(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<FigureRecord> DrawWhenTheBrowserIsUpAsync()
            {
                try
                {
                    var (started, unavailable) = await starting.ConfigureAwait(false);
                    if (started is null)
                    {
                        drawn.SetResult(null);
                        Console.Error.WriteLine($"figure {name}: {unavailable}");
                        return record with { SkippedStatic = unavailable };
                    }
                    var browserDrawing = DrawAsync(started, name, figure.DeepClone().AsObject(), text, korean, dimensions, baseMaps);
                    drawn.SetResult(browserDrawing);
                    return await WriteStaticImagesAsync(record, browserDrawing, directory, dimensions).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    drawn.TrySetException(e);
                    throw;
                }
            }
            async Task<byte[]> PreviewWhenDrawnAsync() => await drawn.Task.ConfigureAwait(false) is { } d ? await PreviewAsync(d).ConfigureAwait(false) : [];
            session.Add(record, DrawWhenTheBrowserIsUpAsync());
            return new SavedFigure(name, caption, files, PreviewWhenDrawnAsync(), dimensions.Width, null);
        }
        if (drawing is null && KeptStaticImages(session, name, record.Outputs) is { } kept)
        {
            // No browser, but nothing the drawing depends on changed: the committed PNG, SVG and preview still show this figure.
            session.Add(record with { Outputs = kept, SkippedStatic = null, KeptStatic = true });
            var preview = session.PreviousPreviews.TryGetValue(name, out var previous) ? Task.FromResult(previous) : null;
            return new SavedFigure(name, caption, [.. kept.Keys], preview, dimensions.Width, null);
        }
        if (renderer is null || drawing is null)
        {
            session.Add(record);
            Console.Error.WriteLine($"figure {name}: {skipped}");
            return new SavedFigure(name, caption, [.. outputs.Keys], null, dimensions.Width, skipped);
        }

        // A notebook run (a staged session) goes on with its next cells while the browser finishes the SVG and the PNGs; the
        // session waits for them before the notebook is written and the figures committed. Interactive use (a direct session,
        // the kernel) waits here, so the files are there when Save returns.
        var completed = WriteStaticImagesAsync(record, drawing, directory, dimensions);
        if (session.StagingDirectory is not null)
        {
            session.Add(record, completed);
        }
        else
        {
            session.Add((await completed.ConfigureAwait(false)) with { Elapsed = stopwatch.Elapsed - startup });
        }
        return new SavedFigure(name, caption, files, PreviewAsync(drawing), dimensions.Width, null);
    }

    /// <summary>The extensions of the files Chromium draws: kept, or removed as stale, together.</summary>
    internal static IReadOnlyList<string> StaticFormats { get; } = [".pdf", ".png", ".svg"];

    /// <summary>The files Chromium draws for a figure: its PDF, PNG and SVG in English and in Korean.</summary>
    internal static IEnumerable<string> StaticFiles(string name) =>
        StaticFormats.SelectMany(f => (string[])[name + f, KoreanFigure.FileName(name, f)]);

    /// <summary>The figure's Korean version, from the repository's translation table (the manifest records it, and the country
    /// table, as inputs of every figure).</summary>
    private static KoreanVersion Korean(string name, JsonObject themed, Texts texts, FigureSession session)
    {
        TranslationTable table;
        try
        {
            table = TranslationTable.ForRepository(session.RepositoryRoot);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            throw new InvalidOperationException($"figure {name}: {e.Message}", e);
        }
        var (figure, text, sources) = KoreanFigure.Translate(name, themed, texts.Title, texts.Subtitle, texts.Notes, texts.Sources, table);
        return new KoreanVersion(figure, text, sources);
    }

    /// <summary>A figure's Korean version: its figure JSON, the text around the chart, and the sources line alone.</summary>
    private sealed record KoreanVersion(JsonObject Figure, FigureText Text, string Sources);

    /// <summary>The language of a figure's page.</summary>
    internal enum Language
    {
        English,
        Korean,
    }

    /// <summary>The figure's outputs with its committed PDF, PNG and SVG added, when the manifest records this figure with exactly
    /// these HTML, CSV and metadata files and the same plotly.js, and both images are in the figures folder with the hashes it
    /// records; otherwise null.</summary>
    private static SortedDictionary<string, string>? KeptStaticImages(FigureSession session, string name, IReadOnlyDictionary<string, string> outputs)
    {
        var manifest = FigureManifest.Read(Path.Combine(session.FiguresDirectory, FigureManifest.FileName));
        if (manifest["plotly_js"]?.GetValue<string>() != PlotlyFigure.PlotlyJsVersion()) return null;
        if (manifest["figures"]?[name]?["outputs"] is not JsonObject recorded) return null;
        if (outputs.Any(o => recorded[o.Key]?.GetValue<string>() != o.Value)) return null;
        var kept = new SortedDictionary<string, string>(outputs.ToDictionary(), StringComparer.Ordinal);
        foreach (var image in StaticFiles(name))
        {
            var path = Path.Combine(session.FiguresDirectory, image);
            if (recorded[image]?.GetValue<string>() is not { } hash || !File.Exists(path) || FigureManifest.HashFile(path) != hash) return null;
            kept[image] = hash;
        }
        return kept;
    }

    /// <summary>Draws the English version (with the notebook's preview) and, on the renderer's second page at the same time, the
    /// Korean one.</summary>
    private static Drawing DrawAsync(ChromiumRenderer renderer, string name, JsonObject figure, FigureText text, KoreanVersion korean, FigureDimensions dimensions, IReadOnlyList<string> baseMaps)
    {
        var stopwatch = Stopwatch.StartNew();
        var english = renderer.RenderAsync(figure, text, dimensions, baseMaps);
        async Task<(RenderedImages, TimeSpan)> KoreanAsync()
        {
            try
            {
                var images = await renderer.RenderAsync(korean.Figure, korean.Text, dimensions, baseMaps, KoreanFigure.FontFamily, preview: false, lane: DrawingLane.Second).ConfigureAwait(false);
                return (images, stopwatch.Elapsed);
            }
            catch (FontMissingException e)
            {
                throw new InvalidOperationException($"figure {name}: its Korean version cannot be drawn: the font {e.Family} is not installed in this system. {KoreanFigure.FontInstallHint}", e);
            }
            catch (LayoutRulesException e)
            {
                throw new LayoutRulesException([.. e.Problems.Select(p => "in Korean: " + p)]);
            }
        }
        return new Drawing(english, KoreanAsync());
    }

    /// <summary>What the browser draws for a figure: the English images, then the Korean ones with the time both took.</summary>
    private sealed record Drawing(Task<RenderedImages> English, Task<(RenderedImages Images, TimeSpan Elapsed)> Korean);

    private static async Task<byte[]> PreviewAsync(Drawing drawing) =>
        (await drawing.English.ConfigureAwait(false)).Preview;

    /// <summary>Writes the SVG when Chromium has drawn it, the PDF when the drawing page has printed it and the print PNG when the
    /// browser's worker has encoded it; returns the figure's record with the files' hashes and the browser's times.</summary>
    private static async Task<FigureRecord> WriteStaticImagesAsync(FigureRecord record, Drawing drawing, string directory, FigureDimensions dimensions)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var outputs = new SortedDictionary<string, string>(record.Outputs.ToDictionary(), StringComparer.Ordinal);
            // One language's SVG, PDF and PNG, written and hashed under its file stem.
            async Task WriteAsync(RenderedImages images, string stem)
            {
                var svg = Encoding.UTF8.GetBytes(images.Svg);
                WriteIfChanged(Path.Combine(directory, stem + ".svg"), svg);
                var pdf = await images.Pdf.ConfigureAwait(false);
                WriteIfChanged(Path.Combine(directory, stem + ".pdf"), pdf);
                var png = PngFile.WithPrintedWidth(await images.PrintPng.ConfigureAwait(false), dimensions.PrintWidthCm);
                WriteIfChanged(Path.Combine(directory, stem + ".png"), png);
                outputs[stem + ".pdf"] = FigureManifest.Hash(pdf);
                outputs[stem + ".svg"] = FigureManifest.Hash(svg);
                outputs[stem + ".png"] = FigureManifest.Hash(png);
            }
            await WriteAsync(await drawing.English.ConfigureAwait(false), record.Name).ConfigureAwait(false);
            var (korean, drawn) = await drawing.Korean.ConfigureAwait(false);
            await WriteAsync(korean, record.Name + ".ko").ConfigureAwait(false);
            return record with { Outputs = outputs, Rendering = drawn, PrintPng = Stopwatch.GetElapsedTime(started) - drawn };
        }
        catch (LayoutRulesException e)
        {
            throw new InvalidOperationException($"figure {record.Name}: its layout breaks the publication rules: {e.Message}", e);
        }
        catch (Exception e) when (e is Microsoft.Playwright.PlaywrightException or InvalidDataException)
        {
            throw new InvalidOperationException($"figure {record.Name}: Chromium could not render its SVG, PDF and PNG: {e.Message.Split('\n')[0]}", e);
        }
    }

    private static void WriteIfChanged(string path, byte[] bytes)
    {
        if (!AtomicFile.HasContent(path, bytes)) AtomicFile.WriteAllBytes(path, bytes);
    }

    private static SortedDictionary<string, string> Hashes(IReadOnlyDictionary<string, byte[]> outputs) =>
        new(outputs.ToDictionary(o => o.Key, o => FigureManifest.Hash(o.Value)), StringComparer.Ordinal);

    private static void Validate(string name, Texts texts, string? notebookPath)
    {
        var (caption, altText, sources) = (texts.Caption, texts.AltText, texts.Sources);
        if (!NamePattern().IsMatch(name))
            throw new ArgumentException($"figure name \"{name}\": expected <notebook number>-<slug> in lower case, e.g. \"01-us-troops-per-ally\".", nameof(name));
        if (notebookPath is not null && Path.GetFileName(notebookPath) is var file && file.Length > 3 && char.IsAsciiDigit(file[0]) && char.IsAsciiDigit(file[1]) && file[2] == '-'
            && !name.StartsWith(file[..3], StringComparison.Ordinal))
            throw new ArgumentException($"figure name \"{name}\": a figure of {file} must start with \"{file[..3]}\".", nameof(name));
        if (string.IsNullOrWhiteSpace(texts.Title)) throw new ArgumentException($"figure {name}: a title is required (what is counted, where and when).", "title");
        if (string.IsNullOrWhiteSpace(texts.Subtitle)) throw new ArgumentException($"figure {name}: a subtitle is required (the unit and basis of the values).", "subtitle");
        if (string.IsNullOrWhiteSpace(caption)) throw new ArgumentException($"figure {name}: a caption is required.", nameof(caption));
        if (string.IsNullOrWhiteSpace(altText)) throw new ArgumentException($"figure {name}: alt text is required (describe what the chart shows for a reader who cannot see it).", "altText");
        if (string.IsNullOrWhiteSpace(sources.Text)) throw new ArgumentException($"figure {name}: a sources line is required (from the data's source_id provenance).", "sources");
    }

    /// <summary>Starts the browser and warms up the export path (Plotly.NET's JSON and the theme, writing nothing) in the
    /// background, for a run that will save figures (<c>reproduce</c>): the browser's start then overlaps the first notebook's
    /// cells, and the first Save waits only for what is left of it.</summary>
    public static Task PrepareAsync() => Task.Run(async () =>
    {
        WarmUp();
        await StartRendererAsync().ConfigureAwait(false);
    });

    /// <summary>Runs the export path's first-use code once (a small chart to figure JSON, then the theme), writing nothing, so
    /// the first real figure does not pay for it. <see cref="PrepareAsync"/> and the kernel's engine warm-up call it.</summary>
    public static void WarmUp() =>
        PublicationTheme.Apply(PlotlyFigure.FromChart(Plotly.NET.CSharp.Chart.Line<int, double, string>([2000, 2001], [1.0, 2.0], Name: "warm-up")), FigureSize.Column);

    /// <summary>The process's one browser, started on first use (the time it took is <see cref="RendererStartTime"/>), or why there is none.</summary>
    private static async Task<(ChromiumRenderer? Renderer, string? Unavailable)> StartRendererAsync()
    {
        await RendererGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (rendererTried) return (renderer, rendererUnavailable);
            var stopwatch = Stopwatch.StartNew();
            rendererTried = true;
            (renderer, rendererUnavailable) = await ChromiumRenderer.TryStartAsync(PlotlyFigure.PlotlyJs()).ConfigureAwait(false);
            RendererStartTime = stopwatch.Elapsed;
            return (renderer, rendererUnavailable);
        }
        finally
        {
            RendererGate.Release();
        }
    }

    /// <summary>Closes the browser (the command line calls this once at the end of a run).</summary>
    public static async Task ShutdownRendererAsync()
    {
        await RendererGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (renderer is not null) await renderer.DisposeAsync().ConfigureAwait(false);
            renderer = null;
            rendererTried = false;   // the next figure tries again; the reason of this attempt stays readable for the run's summary
        }
        finally
        {
            RendererGate.Release();
        }
    }

    /// <summary>The interactive page: no request to any host, the figure JSON inline, plotly.js from the same folder (and the
    /// base maps of a geo figure from its topojson/ folder).</summary>
    /// <remarks>The Korean page shows the Korean title, subtitle, chart, notes and sources; its caption and alt text are the
    /// English ones, marked as English (they are written per figure in the notebooks and have no reviewed translation).</remarks>
    internal static string Html(JsonObject figure, FigureText text, string caption, string altText, IReadOnlyList<string> baseMaps, Language language = Language.English)
    {
        static string Encode(string value) => WebUtility.HtmlEncode(value);
        var notes = text.Notes is null ? "" : $"<p class=\"notes\">{Encode(text.Notes)}</p>\n";
        var korean = language == Language.Korean;
        var lang = korean ? "ko" : "en";
        var font = korean ? $"\"{KoreanFigure.FontFamily}\", \"Nanum Gothic\", sans-serif" : "\"Open Sans\", sans-serif";
        var captionLine = korean ? $"<p class=\"caption\"><span lang=\"ko\">설명(영문):</span> <span lang=\"en\">{Encode(caption)}</span></p>" : $"<p class=\"caption\">{Encode(caption)}</p>";
        var label = korean ? $" lang=\"en\"" : "";
        var responsive = figure.DeepClone().AsObject();
        // Letters of every script stay readable in the page (the Korean one's labels); <, >, &, quotes are still escaped.
        var json = responsive.ToJsonString(PageJson);
        var config = GeoBaseMap.WithTopojsonUrl(PublicationTheme.Config(forStaticImage: false), baseMaps).ToJsonString();
        var mapScripts = string.Concat(baseMaps.Select(m => $"<script src=\"{GeoBaseMap.Folder}/{m}.js\"></script>\n"));
        return $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encode(text.Title)}}</title>
            <script src="{{PlotlyScript.FileName}}"></script>
            {{mapScripts}}<style>body { font-family: {{font}}; margin: 1.5rem; color: #222; } figure { margin: 0; max-width: 60rem; } h1 { font-size: 1.3rem; margin: 0; color: #111; } .subtitle { margin: 0.2rem 0 0.5rem; color: #444; } figcaption p { margin: 0.4rem 0; } .notes { font-size: 0.9em; color: #333; } .sources { font-size: 0.9em; color: #555; }</style>
            </head>
            <body>
            <figure>
            <h1 class="title">{{Encode(text.Title)}}</h1>
            <p class="subtitle">{{Encode(text.Subtitle)}}</p>
            <div id="figure" role="img" aria-label="{{Encode(altText)}}"{{label}}></div>
            <figcaption>
            {{notes}}<p class="sources">{{Encode(text.Sources)}}</p>
            {{captionLine}}
            </figcaption>
            </figure>
            <script>
            const figure = {{json}};
            Plotly.newPlot("figure", figure.data, figure.layout, {{config}});
            </script>
            </body>
            </html>

            """;
    }

    private static readonly JsonSerializerOptions PageJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static string Metadata(string name, FigureText text, KoreanVersion korean, string caption, string altText, SourceLine sources, FigureSize size, FigureDimensions dimensions, FigureSession session)
    {
        var metadata = new JsonObject
        {
            ["name"] = name,
            ["title"] = text.Title,
            ["subtitle"] = text.Subtitle,
            ["notes"] = text.Notes,
            ["caption"] = caption,
            ["alt_text"] = altText,
            ["sources"] = sources.Text,
            // The Korean files' text (name.ko.*), from notebooks/translations/ko.csv.
            ["ko"] = new JsonObject
            {
                ["title"] = korean.Text.Title,
                ["subtitle"] = korean.Text.Subtitle,
                ["notes"] = korean.Text.Notes,
                ["sources"] = korean.Sources,
            },
            ["notebook"] = session.NotebookFor(name) is { } notebook ? RepositoryLayout.Relative(session.RepositoryRoot, notebook) : null,
            ["size"] = size.ToString().ToLowerInvariant(),
            // The chart's layout size; the static images add the title and subtitle above it and the notes and sources below.
            ["width_px"] = dimensions.Width,
            ["chart_height_px"] = dimensions.Height,
            ["png_scale"] = dimensions.PrintScale,
            ["print_width_cm"] = dimensions.PrintWidthCm,
            ["plotly_js"] = PlotlyFigure.PlotlyJsVersion(),
        };
        return metadata.ToJsonString(new JsonSerializerOptions(PageJson) { WriteIndented = true }) + "\n";
    }
}

/// <summary>The CSV of exactly the plotted data: a header row of property (or column) names, invariant culture, LF line ends.</summary>
internal static class FigureCsv
{
    private static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    public static string FromRecords<T>(IEnumerable<T> records)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, Configuration))
        {
            if (records is IEnumerable<IDictionary<string, object?>>)
                throw new ArgumentException("figure data: give a sequence of records (one object per plotted row), not dictionaries.");
            csv.WriteRecords((IEnumerable)records);
        }
        var text = writer.ToString();
        if (text.Length == 0) throw new ArgumentException("figure data: the sequence is empty; a figure must plot something.");
        return text;
    }

    public static string FromDataFrame(DataFrame frame)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var column in frame.Columns) csv.WriteField(column.Name);
            csv.NextRecord();
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                foreach (var column in frame.Columns)
                    csv.WriteField(column[row] is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : column[row]?.ToString());
                csv.NextRecord();
            }
        }
        return writer.ToString();
    }
}
