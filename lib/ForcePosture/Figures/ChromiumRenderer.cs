using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ForcePosture.Figures;

/// <summary>PNG and SVG of a figure rendered by Debian's Chromium through Microsoft.Playwright. One browser and one page serve
/// the whole process: plotly.js is loaded once, then each figure is drawn once by <c>Plotly.toImage</c> to SVG (Math.random
/// re-seeded first, so plotly's generated SVG ids are the same on every run), and that SVG is rasterised twice: a 1x preview
/// for the notebook, returned with the SVG, and the print PNG, whose encoding runs in a Web Worker on the browser's second
/// thread while the caller carries on (<see cref="RenderedImages.PrintPng"/> completes when it is done).</summary>
internal sealed class ChromiumRenderer : IAsyncDisposable
{
    /// <summary>Where Debian's chromium package puts the browser; FORCEPOSTURE_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("FORCEPOSTURE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Installed once in the page: <c>forcePosture.render(request)</c> returns [SVG text, preview PNG data URL, print job id],
    /// and <c>forcePosture.printPng(id)</c> the print PNG's data URL once the worker has encoded it.</summary>
    private const string PageScript = """
        window.forcePosture = (() => {
          const encoder = new Worker(URL.createObjectURL(new Blob([`
            self.onmessage = async ({ data: { id, bitmap } }) => {
              try {
                const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                canvas.getContext('bitmaprenderer').transferFromImageBitmap(bitmap);
                const png = await canvas.convertToBlob({ type: 'image/png' });
                self.postMessage({ id, url: new FileReaderSync().readAsDataURL(png) });
              } catch (error) {
                self.postMessage({ id, error: String(error) });
              }
            };`], { type: 'text/javascript' })));
          const jobs = new Map();
          let lastJob = 0;
          encoder.onmessage = ({ data: { id, url, error } }) => {
            const job = jobs.get(id);
            if (error === undefined) job.resolve(url); else job.reject(new Error(error));
          };
          const seedRandom = (seed) => {
            let state = seed >>> 0;
            Math.random = () => {
              state = (state + 0x6D2B79F5) >>> 0;
              let t = state;
              t = Math.imul(t ^ (t >>> 15), t | 1);
              t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
              return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
            };
          };
          const render = async ({ figure, config, width, height, scale, seed }) => {
            seedRandom(seed);
            // imageDataOnly: the SVG text itself, not a percent-encoded data URL (a map's SVG is megabytes).
            const drawn = await Plotly.toImage({ data: figure.data, layout: figure.layout, config }, { format: 'svg', width, height, imageDataOnly: true });
            // plotly sets some elements' attributes (the root's viewBox and style, the legend's boxes) in an order that varies
            // with the page's history; every tag's attributes are put in name order so the SVG is byte-stable.
            const svg = drawn.replace(/<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")+)\s*(\/?)>/g, (tag, name, attributes, close) =>
              `<${name} ${attributes.trim().match(/[\w:.-]+="[^"]*"/g).sort((a, b) => { const x = a.slice(0, a.indexOf('=')), y = b.slice(0, b.indexOf('=')); return x < y ? -1 : x > y ? 1 : 0; }).join(' ')}${close}>`);
            const source = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
            const image = new Image();
            image.src = source;
            try { await image.decode(); } finally { URL.revokeObjectURL(source); }
            const draw = (factor) => {
              const canvas = document.createElement('canvas');
              canvas.width = Math.round(width * factor);
              canvas.height = Math.round(height * factor);
              canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
              return canvas;
            };
            const preview = draw(1).toDataURL('image/png');
            const bitmap = await createImageBitmap(draw(scale));
            const id = ++lastJob;
            const done = new Promise((resolve, reject) => jobs.set(id, { resolve, reject }));
            jobs.get(id).done = done;
            encoder.postMessage({ id, bitmap }, [bitmap]);
            return [svg, preview, String(id)];
          };
          const printPng = async (id) => {
            try { return await jobs.get(id).done; } finally { jobs.delete(id); }
          };
          return { render, printPng };
        })();
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

    /// <summary>How to get a browser the figures can be drawn with, on the systems the README names.</summary>
    public const string InstallHint =
        "Install Chromium and the Open Sans font, then rerun: Debian/Ubuntu `sudo apt-get install -y chromium fonts-open-sans`; " +
        "Fedora `sudo dnf install -y chromium open-sans-fonts`; macOS `brew install --cask chromium font-open-sans`; " +
        "or point FORCEPOSTURE_CHROMIUM at an existing Chrome or Chromium executable " +
        "(e.g. FORCEPOSTURE_CHROMIUM=\"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\").";

    /// <summary>Starts the browser, or says why it cannot (then only HTML and CSV are written).</summary>
    public static async Task<(ChromiumRenderer? Renderer, string? Unavailable)> TryStartAsync(string plotlyJs)
    {
        if (!File.Exists(ChromiumPath))
            return (null, $"Chromium not found at {ChromiumPath}, so figures that changed have no PNG or SVG (unchanged ones keep theirs). {InstallHint}");
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
            await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>").ConfigureAwait(false);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = plotlyJs }).ConfigureAwait(false);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = PageScript }).ConfigureAwait(false);
            var renderer = new ChromiumRenderer(playwright, browser, page);
            // One throw-away render so the first real figure does not pay for plotly's first layout and PNG encoder.
            var warmUp = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = "scatter", ["x"] = new JsonArray(1, 2), ["y"] = new JsonArray(1, 2) }),
                ["layout"] = new JsonObject { ["font"] = new JsonObject { ["family"] = Charts.PublicationTheme.FontFamily } },
            };
            await (await renderer.RenderAsync(warmUp, 200, 150, 1).ConfigureAwait(false)).PrintPng.ConfigureAwait(false);
            return (renderer, null);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            return (null, $"Chromium at {ChromiumPath} did not start ({e.Message.Split('\n')[0]}); PNG and SVG were skipped.");
        }
    }

    /// <summary>Renders themed figure JSON: the SVG and a 1x PNG preview, and starts the print PNG (at <paramref name="printScale"/>),
    /// which the result's <see cref="RenderedImages.PrintPng"/> delivers. The base maps a geo figure needs (<see cref="GeoBaseMap.NamesFor"/>) are registered in the page first, so nothing is fetched.</summary>
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
            var result = await page.EvaluateAsync<string[]>($"forcePosture.render({argument.ToJsonString()})").ConfigureAwait(false);
            var printPng = PrintPngAsync(int.Parse(result[2], System.Globalization.CultureInfo.InvariantCulture));
            if (!result[0].StartsWith("<svg", StringComparison.Ordinal)) throw new InvalidDataException("plotly returned something other than an SVG document");
            return new RenderedImages(result[0], DecodePng(result[1]), printPng);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<byte[]> PrintPngAsync(int job) =>
        DecodePng(await page.EvaluateAsync<string>("job => forcePosture.printPng(job)", job).ConfigureAwait(false));

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

/// <summary>A rendered figure: the SVG and the 1x preview PNG now, the print PNG when the browser has encoded it.</summary>
internal sealed record RenderedImages(string Svg, byte[] Preview, Task<byte[]> PrintPng);
