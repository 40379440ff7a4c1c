using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ForcePosture.Site.Rendering;

/// <summary>Renders a Razor component to an HTML string (Blazor's static <see cref="HtmlRenderer"/>).</summary>
internal sealed class PageRenderer : IAsyncDisposable
{
    // Korean and every other non-ASCII letter written as itself, not as a character reference (markup characters still encoded).
    private readonly ServiceProvider services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();
    private readonly HtmlRenderer renderer;

    public PageRenderer() => renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
