using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ForcePosture.Figures;

/// <summary>PNG and SVG of a figure rendered by Debian's Chromium through Microsoft.Playwright. One browser and one page serve
/// the whole process: plotly.js is loaded once, then each figure is one <c>Plotly.newPlot</c>, one SVG export and two rasterisations of
/// that SVG. Math.random is re-seeded before each figure so plotly's generated SVG ids are the same
/// on every run.</summary>
public sealed class ChromiumRenderer : IAsyncDisposable
{
    /// <summary>Where Debian's chromium package puts the browser; FORCEPOSTURE_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("FORCEPOSTURE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private const string RenderScript = """
        async ({ figure, config, width, height, scale, seed }) => {
          let state = seed >>> 0;
          Math.random = () => {
            state = (state + 0x6D2B79F5) >>> 0;
            let t = state;
            t = Math.imul(t ^ (t >>> 15), t | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
          };
          const gd = document.getElementById('figure');
          Plotly.purge(gd);
          await Plotly.newPlot(gd, figure.data, figure.layout, config);
          // Plotly draws the figure to SVG once (its generated ids come from the seeded sequence); both PNGs are that same SVG
          // rasterised on a canvas, as Plotly.toImage itself does for PNG, without drawing the figure twice more.
          const svg = await Plotly.toImage(gd, { format: 'svg', width, height });
          const image = new Image();
          image.src = svg;
          await image.decode();
          const rasterise = (factor) => {
            const canvas = document.createElement('canvas');
            canvas.width = Math.round(width * factor);
            canvas.height = Math.round(height * factor);
            canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
            return canvas.toDataURL('image/png');
          };
          return [svg, rasterise(scale), rasterise(1)];
        }
        """;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HashSet<string> registeredBaseMaps = new(StringComparer.Ordinal);

    private ChromiumRenderer(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
    }

    /// <summary>Starts the browser, or says why it cannot (then only HTML and CSV are written).</summary>
    public static async Task<(ChromiumRenderer? Renderer, string? Unavailable)> TryStartAsync(string plotlyJs)
    {
        if (!File.Exists(ChromiumPath))
            return (null, $"Chromium not found at {ChromiumPath}; PNG and SVG were skipped. Install it with `sudo apt-get install -y chromium fonts-open-sans` (Debian/Ubuntu) and rerun.");
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            }).ConfigureAwait(false);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } }).ConfigureAwait(false);
            await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div id=\"figure\"></div></body></html>").ConfigureAwait(false);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = plotlyJs }).ConfigureAwait(false);
            var renderer = new ChromiumRenderer(playwright, browser, page);
            // One throw-away render so the first real figure does not pay for plotly's first layout and PNG encoder.
            var warmUp = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = "scatter", ["x"] = new JsonArray(1, 2), ["y"] = new JsonArray(1, 2) }),
                ["layout"] = new JsonObject { ["font"] = new JsonObject { ["family"] = Charts.PublicationTheme.FontFamily } },
            };
            await renderer.RenderAsync(warmUp, 200, 150, 1).ConfigureAwait(false);
            return (renderer, null);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            return (null, $"Chromium at {ChromiumPath} did not start ({e.Message.Split('\n')[0]}); PNG and SVG were skipped.");
        }
    }

    /// <summary>Renders themed figure JSON: the SVG, the print PNG (at <paramref name="printScale"/>) and a 1x PNG preview. The
    /// base maps a geo figure needs (<see cref="GeoBaseMap.NamesFor"/>) are registered in the page first, so nothing is fetched.</summary>
    public async Task<RenderedImages> RenderAsync(JsonObject figure, int width, int height, int printScale, IReadOnlyList<string>? baseMaps = null)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            baseMaps ??= [];
            foreach (var map in baseMaps.Where(m => !registeredBaseMaps.Contains(m)))
            {
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = GeoBaseMap.RegistrationScript(map) }).ConfigureAwait(false);
                registeredBaseMaps.Add(map);
            }
            var argument = new JsonObject
            {
                ["figure"] = figure.DeepClone(),
                ["config"] = GeoBaseMap.WithTopojsonUrl(Charts.PublicationTheme.Config(forStaticImage: true), baseMaps),
                ["width"] = width,
                ["height"] = height,
                ["scale"] = printScale,
                ["seed"] = 20260125,
            };
            var result = await page.EvaluateAsync<string[]>($"({RenderScript})({argument.ToJsonString()})").ConfigureAwait(false);
            return new RenderedImages(DecodeSvg(result[0]), DecodePng(result[1]), DecodePng(result[2]));
        }
        finally
        {
            gate.Release();
        }
    }

    private static string DecodeSvg(string dataUrl)
    {
        const string prefix = "data:image/svg+xml,";
        if (!dataUrl.StartsWith(prefix, StringComparison.Ordinal)) throw new InvalidDataException("plotly returned an SVG that is not a data URL");
        return Uri.UnescapeDataString(dataUrl[prefix.Length..]);
    }

    private static byte[] DecodePng(string dataUrl)
    {
        const string prefix = "data:image/png;base64,";
        if (!dataUrl.StartsWith(prefix, StringComparison.Ordinal)) throw new InvalidDataException("plotly returned a PNG that is not a data URL");
        return Convert.FromBase64String(dataUrl[prefix.Length..]);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync().ConfigureAwait(false);
        playwright.Dispose();
        gate.Dispose();
    }
}

public sealed record RenderedImages(string Svg, byte[] Png, byte[] Preview);
