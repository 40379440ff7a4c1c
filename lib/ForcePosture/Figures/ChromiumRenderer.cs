using System.Text.Json.Nodes;
using ForcePosture.Charts;
using Microsoft.Playwright;

namespace ForcePosture.Figures;

/// <summary>PNG, SVG and PDF of a figure rendered by Debian's Chromium through Microsoft.Playwright. One browser and two drawing
/// pages (<see cref="DrawingLane"/>) serve the whole process: plotly.js is loaded once in each, then each figure's chart is drawn once by <c>Plotly.toImage</c> to SVG (Math.random
/// re-seeded first, so plotly's generated SVG ids are the same on every run) at its preset height (a slide's: what its text leaves), the page sets the
/// title, subtitle, notes and sources around it (wrapped to the width by the browser's own font measure) into one SVG, and that
/// SVG is rasterised at the print scale (the print PNG, encoded in a Web Worker on the browser's second thread while the caller
/// carries on; <see cref="RenderedImages.PrintPng"/>), drawn again at 1x as the notebook's preview, and printed to PDF by the
/// same page from the copy the layout check laid out (<see cref="RenderedImages.Pdf"/>).</summary>
internal sealed partial class ChromiumRenderer : IAsyncDisposable
{
    /// <summary>Where Debian's chromium package puts the browser; FORCEPOSTURE_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("FORCEPOSTURE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Run in the drawing page before each PDF that has pattern fills: Chromium prints an SVG pattern fill (the bars' hatching, which keeps
    /// bar charts readable in black and white) as raster images, so every pattern-filled shape gets its tiles drawn out as
    /// vector shapes instead, clipped to the shape, and loses the pattern fill. The PDF then stays vector throughout.</summary>
    private const string ExpandPatternsScript = """
        () => {
          const svgNs = 'http://www.w3.org/2000/svg';
          let next = 0;
          // Everything is measured first, then the document is changed: a measure after a change would lay the page out again.
          const jobs = [];
          for (const shape of [...document.querySelectorAll('#print path, #print rect, #print circle, #print polygon')]) {
            const match = (shape.style.fill || shape.getAttribute('fill') || '').match(/url\(["']?#([^"')]+)["']?\)/);
            if (match === null) continue;
            const pattern = document.getElementById(match[1]);
            if (pattern === null || pattern.tagName !== 'pattern') continue;
            const transform = pattern.patternTransform.baseVal.consolidate();
            jobs.push({ shape, pattern, box: shape.getBBox(), matrix: transform === null ? new DOMMatrix() : DOMMatrix.fromMatrix(transform.matrix) });
          }
          for (const { shape, pattern, box, matrix } of jobs) {
            const w = parseFloat(pattern.getAttribute('width')), h = parseFloat(pattern.getAttribute('height'));
            // The shape's box in the pattern's own space, to know which tiles it needs.
            const inverse = matrix.inverse();
            const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]]
              .map(([x, y]) => new DOMPoint(x, y).matrixTransform(inverse));
            const [x0, x1] = [Math.min(...corners.map((c) => c.x)), Math.max(...corners.map((c) => c.x))];
            const [y0, y1] = [Math.min(...corners.map((c) => c.y)), Math.max(...corners.map((c) => c.y))];
            const id = `expanded-pattern-${++next}`;
            const clip = document.createElementNS(svgNs, 'clipPath');
            clip.setAttribute('id', id);
            // The tiles and their clip take the shape's own transform (a legend swatch's position), and the box is in its space.
            const outline = shape.cloneNode(false);
            outline.removeAttribute('style');
            outline.removeAttribute('transform');
            clip.appendChild(outline);
            const tiles = document.createElementNS(svgNs, 'g');
            if (shape.hasAttribute('transform')) tiles.setAttribute('transform', shape.getAttribute('transform'));
            tiles.setAttribute('clip-path', `url(#${id})`);
            const inner = document.createElementNS(svgNs, 'g');
            inner.setAttribute('transform', matrix.toString());
            for (let i = Math.floor(x0 / w); i * w < x1; i++)
              for (let j = Math.floor(y0 / h); j * h < y1; j++) {
                const tile = document.createElementNS(svgNs, 'g');
                tile.setAttribute('transform', `translate(${i * w},${j * h})`);
                for (const child of pattern.children) tile.appendChild(child.cloneNode(true));
                inner.appendChild(tile);
              }
            tiles.appendChild(inner);
            shape.style.fill = 'none';
            shape.removeAttribute('fill');
            shape.after(clip, tiles);
          }
        }
        """;

    /// <summary>Makes the drawing page print its last figure: the document title (the PDF's title), the page size and, for print
    /// only, a body that shows the figure's laid-out copy (<c>#print</c>, kept from the layout check) and nothing else.</summary>
    private const string PreparePrintScript = """
        ({ title, width, height }) => {
          document.title = title;
          let style = document.getElementById('print-style');
          if (style === null) {
            style = document.createElement('style');
            style.id = 'print-style';
            document.head.appendChild(style);
          }
          style.textContent = `@page { size: ${width} ${height}; margin: 0 } @media print { html, body { margin: 0; padding: 0 } ` +
            `body > :not(#print) { display: none !important } #print { position: static !important; visibility: visible !important } ` +
            `#print > svg { display: block; width: ${width}; height: ${height} } }`;
        }
        """;

    /// <summary>Installed once in the page: <c>forcePosture.render(request)</c> returns the composed SVG, the preview PNG's data
    /// URL, the print job id and the image's height (or only the publication rules the figure breaks, <see cref="PageRender"/>),
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
          // The figure's text is set by the page, not by plotly: each block is wrapped to the image's width with the canvas's
          // own measure of the font, and the image is as tall as the chart (its designed size) plus that text.
          const measure = document.createElement('canvas').getContext('2d');
          const wrap = (content, font, maxWidth) => {
            measure.font = font;
            const lines = [];
            for (const paragraph of content.split('\n')) {
              let line = '';
              for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
                const candidate = line === '' ? word : `${line} ${word}`;
                if (line !== '' && measure.measureText(candidate).width > maxWidth) { lines.push(line); line = word; } else line = candidate;
              }
              if (line !== '') lines.push(line);
            }
            return lines;
          };
          // heightIncludesText: the image keeps the given height and the chart gets what the text leaves (a slide); otherwise
          // the chart keeps it and the image grows by the text.
          const layOut = (text, width, givenHeight, heightIncludesText) => {
            const size = text.fontSize, pad = Math.round(size * 0.9), family = `'${text.fontFamily}', sans-serif`;
            const block = (role, content, fontSize, weight, color) => {
              const lines = content ? wrap(content, `${weight} ${fontSize}px ${family}`, width - 2 * pad) : [];
              return { role, lines, fontSize, weight, color, lineHeight: Math.round(fontSize * 1.3), height: lines.length * Math.round(fontSize * 1.3) };
            };
            const header = [block('title', text.title, size + 4, 700, '#111111'), block('subtitle', text.subtitle, size - 1, 400, '#444444')];
            // Every citation when they fit in three lines; else the short form, which says where the full list is.
            const full = block('sources', text.sources, size - 3, 400, '#555555');
            const footer = [block('notes', text.notes, size - 3, 400, '#333333'), full.lines.length <= 3 ? full : block('sources', text.shortSources, size - 3, 400, '#555555')];
            const headerHeight = pad + header.reduce((h, b) => h + b.height, 0) + Math.round(pad / 2);
            const footerHeight = Math.round(pad / 2) + footer.reduce((h, b) => h + b.height, 0) + pad;
            const chartHeight = heightIncludesText ? givenHeight - headerHeight - footerHeight : givenHeight;
            if (headerHeight + footerHeight > chartHeight)
              throw new Error(`the title, subtitle, notes and sources take ${headerHeight + footerHeight} px, more than the chart's ${chartHeight} px: shorten them`);
            let y = pad;
            for (const b of header) { b.top = y; y += b.height; }
            y = headerHeight + chartHeight + Math.round(pad / 2);
            for (const b of footer) { b.top = y; y += b.height; }
            return { blocks: [...header, ...footer].filter((b) => b.lines.length > 0), left: pad, family, chartTop: headerHeight, chartHeight, height: headerHeight + chartHeight + footerHeight };
          };
          const escapeXml = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
          const compose = (chart, layout, width, height) => {
            const texts = layout.blocks.map((b) =>
              `<text class="figure-${b.role}" fill="${b.color}" font-size="${b.fontSize}" font-weight="${b.weight}">` +
              b.lines.map((line, i) => `<tspan x="${layout.left}" y="${b.top + i * b.lineHeight + b.fontSize}">${escapeXml(line)}</tspan>`).join('') +
              '</text>').join('');
            return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
              `<rect width="${width}" height="${height}" fill="#ffffff"/><g font-family="${escapeXml(layout.family)}">${texts}</g>` +
              chart.replace(/^<svg /, `<svg x="0" y="${layout.chartTop}" `) + '</svg>';
          };
          // The publication rules, checked on the composed SVG after the browser has laid it out: no text outside the image,
          // no annotation over another text or over a data line, a legend of at most a quarter of the plot area.
          const describe = (element) => {
            const words = element.textContent.replace(/\s+/g, ' ').trim();
            return `"${words.length > 48 ? words.slice(0, 45) + '...' : words}" (${element.closest('[class]')?.getAttribute('class') ?? 'text'})`;
          };
          const overlap = (a, b) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;
          const checkLayout = (root, width, height) => {
            const origin = root.getBoundingClientRect();
            const box = (element) => { const r = element.getBoundingClientRect(); return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }; };
            const problems = [];
            // Whether a box crosses a frame's edges (half a pixel of tolerance for rounding).
            const outside = (b, f) => b.x < f.x - 0.5 || b.y < f.y - 0.5 || b.x + b.w > f.x + f.w + 0.5 || b.y + b.h > f.y + f.h + 0.5;
            const image = { x: 0, y: 0, w: width, h: height };
            const texts = [...root.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '').map((t) => ({ t, b: box(t) })).filter(({ b }) => b.w > 0);
            for (const { t, b } of texts) {
              if (outside(b, image))
                problems.push(`text outside the image: ${describe(t)} at x ${b.x.toFixed(0)}..${(b.x + b.w).toFixed(0)}, y ${b.y.toFixed(0)}..${(b.y + b.h).toFixed(0)} of ${width}x${height}`);
            }
            const annotations = [...root.querySelectorAll('g.annotation')];
            // Each data line as points 2 px apart along it (only when there is an annotation to check against them).
            const lines = annotations.length === 0 ? [] : [...root.querySelectorAll('g.trace path.js-line')].map((path, index) => {
              const length = path.getTotalLength(), matrix = path.getScreenCTM(), points = [];
              for (let at = 0; at <= length; at += 2) {
                const p = path.getPointAtLength(at).matrixTransform(matrix);
                points.push({ x: p.x - origin.left, y: p.y - origin.top });
              }
              return { name: `data line ${index + 1} (${path.style.stroke})`, points };
            });
            for (const annotation of annotations) {
              const label = annotation.querySelector('text');
              if (label === null || label.textContent.trim() === '') continue;
              const a = box(label);
              for (const { t, b } of texts)
                if (!annotation.contains(t) && overlap(a, b)) problems.push(`annotation ${describe(label)} overlaps ${describe(t)}`);
              const inner = { x: a.x + 1, y: a.y + 1, w: a.w - 2, h: a.h - 2 };
              for (const line of lines)
                if (line.points.some((p) => p.x > inner.x && p.x < inner.x + inner.w && p.y > inner.y && p.y < inner.y + inner.h))
                  problems.push(`annotation ${describe(label)} lies on ${line.name}`);
            }
            // A map clips its markers' labels at its frame: a label that crosses the frame loses letters.
            const geoClip = root.querySelector('clipPath[id$="geo"] rect');
            const chartSvg = root.querySelector('svg.main-svg') ?? root.querySelector('svg');
            if (geoClip !== null && chartSvg !== null) {
              const at = chartSvg.getBoundingClientRect();
              const frame = { x: at.left - origin.left + geoClip.x.baseVal.value, y: at.top - origin.top + geoClip.y.baseVal.value,
                w: geoClip.width.baseVal.value, h: geoClip.height.baseVal.value };
              for (const { t, b } of texts.filter(({ t }) => t.closest('g.trace.scattergeo') !== null)) {
                if (outside(b, frame))
                  problems.push(`map label across the map's frame: ${describe(t)} at x ${b.x.toFixed(0)}..${(b.x + b.w).toFixed(0)}, y ${b.y.toFixed(0)}..${(b.y + b.h).toFixed(0)}; the frame is x ${frame.x.toFixed(0)}..${(frame.x + frame.w).toFixed(0)}, y ${frame.y.toFixed(0)}..${(frame.y + frame.h).toFixed(0)}: widen the map's range or move the label`);
              }
            }
            const legend = root.querySelector('g.legend');
            const plot = root.querySelector('clipPath.plotclip rect') ?? geoClip;
            if (legend !== null && plot !== null) {
              const l = box(legend), area = plot.width.baseVal.value * plot.height.baseVal.value;
              if (l.w * l.h > area / 4)
                problems.push(`the legend takes ${(100 * l.w * l.h / area).toFixed(0)}% of the plot area (at most 25%): put it beside the plot or label the lines at their ends`);
            }
            return problems;
          };
          // Whether the browser has a font: text measured in it with two different fallbacks has the same width only when
          // neither fallback was used.
          const hasFont = (family) => {
            const sample = 'ForcePosture 한국어 글꼴 0123456789';
            measure.font = `16px '${family}', serif`;
            const withSerif = measure.measureText(sample).width;
            measure.font = `16px '${family}', monospace`;
            return Math.abs(withSerif - measure.measureText(sample).width) < 0.01;
          };
          const render = async ({ figure, config, width, height: givenHeight, heightIncludesText, scale, seed, text, preview: wantPreview }) => {
            // The last figure's copy goes first: plotly's generated ids avoid those already in the document.
            document.getElementById('print')?.remove();
            seedRandom(seed);
            const layout = layOut(text, width, givenHeight, heightIncludesText);
            const height = layout.height, chartHeight = layout.chartHeight;
            // imageDataOnly: the SVG text itself, not a percent-encoded data URL (a map's SVG is megabytes).
            const chart = await Plotly.toImage({ data: figure.data, layout: { ...figure.layout, height: chartHeight }, config }, { format: 'svg', width, height: chartHeight, imageDataOnly: true });
            // plotly sets some elements' attributes (the root's viewBox and style, the legend's boxes) in an order that varies
            // with the page's history; every tag's attributes are put in name order so the SVG is byte-stable.
            const svg = compose(chart, layout, width, height).replace(/<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")+)\s*(\/?)>/g, (tag, name, attributes, close) =>
              `<${name} ${attributes.trim().match(/[\w:.-]+="[^"]*"/g).sort((a, b) => { const x = a.slice(0, a.indexOf('=')), y = b.slice(0, b.indexOf('=')); return x < y ? -1 : x > y ? 1 : 0; }).join(' ')}${close}>`);
            // The laid-out copy stays in the page (hidden) as what the PDF prints, until the next figure starts.
            const host = document.createElement('div');
            host.id = 'print';
            host.style.cssText = 'position: absolute; left: 0; top: 0; visibility: hidden';
            host.innerHTML = svg;
            document.body.appendChild(host);
            const problems = checkLayout(host.firstElementChild, width, height);
            if (problems.length > 0) { host.remove(); return { problems }; }
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
            // Both rasters are drawn from the SVG image: scaling the print raster down for the preview, at a quality that
            // keeps text legible, costs more than drawing the SVG again.
            const print = draw(scale);
            const preview = wantPreview ? draw(1).toDataURL('image/png') : null;
            const bitmap = await createImageBitmap(print);
            const id = ++lastJob;
            const done = new Promise((resolve, reject) => jobs.set(id, { resolve, reject }));
            jobs.get(id).done = done;
            encoder.postMessage({ id, bitmap }, [bitmap]);
            return { svg, preview, job: id, height, problems };
          };
          const printPng = async (id) => {
            try { return await jobs.get(id).done; } finally { jobs.delete(id); }
          };
          return { render, printPng, hasFont };
        })();
        """;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly DrawingPage[] pages;

    private ChromiumRenderer(IPlaywright playwright, IBrowser browser, DrawingPage[] pages)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.pages = pages;
    }

    /// <summary>A page with plotly.js and the page script, which draws one figure at a time; each page runs in its own renderer
    /// process, so figures given to different pages are drawn at the same time.</summary>
    private sealed class DrawingPage(IPage page)
    {
        public IPage Page { get; } = page;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public HashSet<string> BaseMaps { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Fonts { get; } = new(StringComparer.Ordinal);

        public static async Task<DrawingPage> OpenAsync(IBrowser browser, string plotlyJs)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } }).ConfigureAwait(false);
            await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>").ConfigureAwait(false);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = plotlyJs }).ConfigureAwait(false);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = PageScript }).ConfigureAwait(false);
            return new DrawingPage(page);
        }
    }

    /// <summary>How to get a browser the figures can be drawn with, on the systems the README names.</summary>
    public const string InstallHint =
        "Install Chromium, the Open Sans font and the Korean Nanum fonts, then rerun: Debian/Ubuntu `sudo apt-get install -y chromium fonts-open-sans fonts-nanum`; " +
        "Fedora `sudo dnf install -y chromium open-sans-fonts naver-nanum-gothic-fonts`; macOS `brew install --cask chromium font-open-sans font-nanum-gothic`; " +
        "or point FORCEPOSTURE_CHROMIUM at an existing Chrome or Chromium executable " +
        "(e.g. FORCEPOSTURE_CHROMIUM=\"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\").";

    /// <summary>Starts the browser, or says why it cannot (then only HTML and CSV are written).</summary>
    public static async Task<(ChromiumRenderer? Renderer, string? Unavailable)> TryStartAsync(string plotlyJs)
    {
        if (!File.Exists(ChromiumPath))
            return (null, $"Chromium not found at {ChromiumPath}, so figures that changed have no PDF, PNG or SVG (unchanged ones keep theirs). {InstallHint}");
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
            var pages = await Task.WhenAll(Enum.GetValues<DrawingLane>().Select(_ => DrawingPage.OpenAsync(browser, plotlyJs))).ConfigureAwait(false);
            var renderer = new ChromiumRenderer(playwright, browser, pages);
            // One throw-away render so the first real figure does not pay for plotly's first layout and PNG encoder.
            var warmUp = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = "scatter", ["x"] = new JsonArray(1, 2), ["y"] = new JsonArray(1, 2) }),
                ["layout"] = new JsonObject { ["font"] = new JsonObject { ["family"] = Charts.PublicationTheme.FontFamily } },
            };
            var warmUpText = new FigureText("Warm-up", "a throw-away figure", null, "Source: none.", "Source: none.");
            var warmUpSize = new FigureDimensions(300, 200, 12, 1, 8);
            // Both pages warm up at the same time, each in its own renderer process.
            async Task WarmUpAsync(DrawingLane lane)
            {
                var warmUpImages = await renderer.RenderAsync(warmUp, warmUpText, warmUpSize, lane: lane).ConfigureAwait(false);
                await Task.WhenAll(warmUpImages.PrintPng, warmUpImages.Pdf).ConfigureAwait(false);
            }
            await Task.WhenAll(Enum.GetValues<DrawingLane>().Select(WarmUpAsync)).ConfigureAwait(false);
            return (renderer, null);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            return (null, $"Chromium at {ChromiumPath} did not start ({e.Message.Split('\n')[0]}); PDF, PNG and SVG were skipped.");
        }
    }

    /// <summary>Renders themed figure JSON with its text around it: the SVG and a 1x PNG preview, and starts the print PNG (at the
    /// dimensions' print scale) and the PDF, which the result's <see cref="RenderedImages.PrintPng"/> and
    /// <see cref="RenderedImages.Pdf"/> deliver (the lane's next figure waits for the PDF, printed from this one's laid-out copy). The base maps a geo figure
    /// needs (<see cref="GeoBaseMap.NamesFor"/>) are registered in the page first, so nothing is fetched.</summary>
    /// <exception cref="LayoutRulesException">The composed figure breaks a publication rule.</exception>
    /// <exception cref="PlaywrightException">The page could not draw the figure, e.g. its text is taller than the chart.</exception>
    /// <exception cref="FontMissingException"><paramref name="fontFamily"/> is not installed.</exception>
    /// <param name="figure">The themed figure JSON.</param>
    /// <param name="text">The title, subtitle, notes and sources set around the chart.</param>
    /// <param name="dimensions">The size preset's dimensions.</param>
    /// <param name="baseMaps">The base maps a geo figure needs.</param>
    /// <param name="fontFamily">The font of the text around the chart (the chart's own is in the figure JSON); checked once per page.</param>
    /// <param name="preview">Whether to make the 1x preview PNG (a notebook shows the English one only).</param>
    /// <param name="lane">The page that draws it: figures on different lanes are drawn at the same time (the Korean versions
    /// beside the English ones), each lane's in the order given.</param>
    public async Task<RenderedImages> RenderAsync(JsonObject figure, FigureText text, FigureDimensions dimensions, IReadOnlyList<string>? baseMaps = null,
        string fontFamily = Charts.PublicationTheme.FontFamily, bool preview = true, DrawingLane lane = DrawingLane.First)
    {
        var drawingPage = pages[(int)lane];
        var page = drawingPage.Page;
        await drawingPage.Gate.WaitAsync().ConfigureAwait(false);
        PageRender result;
        try
        {
            if (!drawingPage.Fonts.Contains(fontFamily))
            {
                if (!await page.EvaluateAsync<bool>("family => forcePosture.hasFont(family)", fontFamily).ConfigureAwait(false))
                    throw new FontMissingException(fontFamily);
                drawingPage.Fonts.Add(fontFamily);
            }
            baseMaps ??= [];
            foreach (var map in baseMaps.Where(m => !drawingPage.BaseMaps.Contains(m)))
            {
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = GeoBaseMap.RegistrationScript(map) }).ConfigureAwait(false);
                drawingPage.BaseMaps.Add(map);
            }
            var argument = new JsonObject
            {
                ["figure"] = figure.DeepClone(),
                ["config"] = GeoBaseMap.WithTopojsonUrl(Charts.PublicationTheme.Config(forStaticImage: true), baseMaps),
                ["width"] = dimensions.Width,
                ["height"] = dimensions.Height,
                ["heightIncludesText"] = dimensions.HeightIncludesText,
                ["scale"] = dimensions.PrintScale,
                ["seed"] = 20260125,
                ["text"] = new JsonObject
                {
                    ["title"] = text.Title,
                    ["subtitle"] = text.Subtitle,
                    ["notes"] = text.Notes,
                    ["sources"] = text.Sources,
                    ["shortSources"] = text.ShortSources,
                    ["fontSize"] = dimensions.FontSize,
                    ["fontFamily"] = fontFamily,
                },
                ["preview"] = preview,
            };
            result = await page.EvaluateAsync<PageRender>($"forcePosture.render({argument.ToJsonString()})").ConfigureAwait(false);
            if (result.Problems.Length > 0) throw new LayoutRulesException(result.Problems);
            if (result.Svg is null || (preview && result.Preview is null) || !result.Svg.StartsWith("<svg", StringComparison.Ordinal))
                throw new InvalidDataException("plotly returned something other than an SVG document");
        }
        catch
        {
            drawingPage.Gate.Release();
            throw;
        }
        // The gate passes to the PDF, which releases it when printed.
        var pdf = PdfAsync(drawingPage, dimensions, result.Height, text.Title, result.Svg.Contains("<pattern", StringComparison.Ordinal));
        var printPng = PrintPngAsync(page, result.Job);
        return new RenderedImages(WithPrintedSize(result.Svg, dimensions, result.Height), result.Preview is null ? [] : DecodePng(result.Preview), printPng, pdf, result.Height);
    }

    /// <summary>The figure just rendered on <paramref name="drawingPage"/> (its laid-out copy) printed to a one-page PDF of the
    /// image's size by the browser (vector, its fonts embedded as subsets); releases the page's gate when done. Chromium stamps
    /// the time of printing into the document information; those two entries are blanked (overwritten with spaces, so every byte
    /// offset in the file stays right) and the same figure gives the same bytes on every run.</summary>
    /// <param name="drawingPage">The page that drew the figure, whose gate the caller holds.</param>
    /// <param name="dimensions">The figure's size preset: the page is its printed width wide.</param>
    /// <param name="height">The image's height in CSS px, so the page keeps its proportions.</param>
    /// <param name="title">The document title in the PDF's information.</param>
    /// <param name="hasPatterns">Whether the SVG has pattern fills to draw out as vector shapes (<see cref="ExpandPatternsScript"/>).</param>
    private static async Task<byte[]> PdfAsync(DrawingPage drawingPage, FigureDimensions dimensions, int height, string title, bool hasPatterns)
    {
        try
        {
            var (width, pageHeight) = PrintedSize(dimensions, height);
            var page = drawingPage.Page;
            await page.EvaluateAsync(PreparePrintScript, new { title, width, height = pageHeight }).ConfigureAwait(false);
            if (hasPatterns) await page.EvaluateAsync(ExpandPatternsScript).ConfigureAwait(false);
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Width = width,
                Height = pageHeight,
                PrintBackground = true,
                PageRanges = "1",
                Margin = new Margin { Top = "0", Right = "0", Bottom = "0", Left = "0" },
            }).ConfigureAwait(false);
            return PdfDocument.WithoutTimestamps(pdf);
        }
        finally
        {
            drawingPage.Gate.Release();
        }
    }

    /// <summary>The printed width and height of an image of <paramref name="height"/> CSS px, as CSS lengths in cm: the PDF's
    /// page and the SVG's root have this size.</summary>
    private static (string Width, string Height) PrintedSize(FigureDimensions dimensions, int height) =>
        (FormattableString.Invariant($"{dimensions.PrintWidthCm:0.###}cm"), FormattableString.Invariant($"{dimensions.PrintHeightCm(height):0.###}cm"));

    /// <summary>The SVG with its root's width and height in cm (the viewBox keeps the drawing in CSS px), so a layout program
    /// places it at its printed width. The page sorted the root's attributes: height, viewBox, width.</summary>
    private static string WithPrintedSize(string svg, FigureDimensions dimensions, int height)
    {
        var (width, printedHeight) = PrintedSize(dimensions, height);
        var root = svg[..(svg.IndexOf('>', StringComparison.Ordinal) + 1)];
        var sized = RootHeight().Replace(RootWidth().Replace(root, $" width=\"{width}\"", 1), $"<svg height=\"{printedHeight}\"", 1);
        return sized + svg[root.Length..];
    }

    [System.Text.RegularExpressions.GeneratedRegex("^<svg height=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex RootHeight();

    [System.Text.RegularExpressions.GeneratedRegex(" width=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex RootWidth();

    private static async Task<byte[]> PrintPngAsync(IPage page, int job) =>
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
        foreach (var drawingPage in pages) drawingPage.Gate.Dispose();
    }
}

/// <summary>Which of the renderer's drawing pages draws a figure: the Korean versions go to the second, so they are drawn at the
/// same time as the English ones.</summary>
internal enum DrawingLane
{
    First,
    Second,
}

/// <summary>A rendered figure: the SVG and the 1x preview PNG now, the print PNG when the browser has encoded it and the PDF when
/// it has printed it.</summary>
/// <param name="Svg">The composed SVG: title, subtitle, chart, notes and sources.</param>
/// <param name="Preview">The 1x PNG for a notebook's output (empty when none was asked for: the Korean version's).</param>
/// <param name="PrintPng">The print PNG, when the browser's worker has encoded it.</param>
/// <param name="Pdf">The PDF, when the browser has printed it.</param>
/// <param name="Height">The image's height in CSS pixels: the chart's plus its title, subtitle, notes and sources.</param>
internal sealed record RenderedImages(string Svg, byte[] Preview, Task<byte[]> PrintPng, Task<byte[]> Pdf, int Height);

/// <summary>What the page's <c>forcePosture.render</c> returns: the SVG, the preview's data URL, the print PNG's job and the
/// image's height, or, when the composed figure breaks the publication rules, only those broken rules.</summary>
/// (A class with settable properties: Playwright's result deserialiser needs a parameterless constructor.)
internal sealed class PageRender
{
    public string? Svg { get; set; }

    public string? Preview { get; set; }

    public int Job { get; set; }

    public int Height { get; set; }

    public string[] Problems { get; set; } = [];
}

/// <summary>The browser has no font of the family a figure is drawn in (the Korean version's, <see cref="KoreanFigure.FontFamily"/>).</summary>
internal sealed class FontMissingException(string family) : Exception($"the font {family} is not installed")
{
    public string Family { get; } = family;
}

/// <summary>The composed figure breaks the publication rules the page checks after layout (text outside the image, an
/// annotation over a text or a data line, a legend over a quarter of the plot); <see cref="Exception.Message"/> lists each.</summary>
internal sealed class LayoutRulesException(IReadOnlyList<string> problems) : Exception(string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
