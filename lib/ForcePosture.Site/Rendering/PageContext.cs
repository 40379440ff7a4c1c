using System.Globalization;
using ForcePosture.Site.Model;
using ForcePosture.Tables;

namespace ForcePosture.Site.Rendering;

/// <summary>
/// What a page needs to know about where it is: its language, its path inside the language's folder, and so the relative
/// links to other pages, the assets, the figures and the data (every link is relative, so the site works from the file
/// system and from any static host that serves the repository).
/// </summary>
public sealed class PageContext
{
    /// <summary>A page of <paramref name="path"/> (relative to the language's folder, e.g. <c>countries/kor.html</c>).</summary>
    public PageContext(SiteContent content, SiteLanguage language, Vocabulary vocabulary, string path)
    {
        Content = content;
        Language = language;
        Vocabulary = vocabulary;
        Path = path;
        Text = SiteText.Of(language);
        var depth = (language.Folder() + path).Count(c => c == '/');
        SiteRoot = string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The site's content.</summary>
    public SiteContent Content { get; }

    /// <summary>The page's language.</summary>
    public SiteLanguage Language { get; }

    /// <summary>The interface text of the language.</summary>
    public SiteText Text { get; }

    /// <summary>The data's vocabulary in the language.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The page's path inside its language's folder.</summary>
    public string Path { get; }

    /// <summary>The relative path from this page to the site's root ("" or "../" ...).</summary>
    public string SiteRoot { get; }

    /// <summary>A page of the same language, relative to this one.</summary>
    public string Href(string page) => SiteRoot + Language.Folder() + page;

    /// <summary>This page in the other language.</summary>
    public string OtherLanguageHref => SiteRoot + (Language == SiteLanguage.English ? SiteLanguage.Korean : SiteLanguage.English).Folder() + Path;

    /// <summary>A shared asset (<c>assets/...</c>).</summary>
    public string Asset(string file) => SiteRoot + "assets/" + file;

    /// <summary>A file of the repository (<c>data/...</c>, <c>figures/...</c>), relative to this page.</summary>
    public string Repository(string path) => SiteRoot + "../" + path;

    /// <summary>A figure's file in the page's language (<c>NAME.png</c> or <c>NAME.ko.png</c>).</summary>
    public string Figure(string name, string extension) => Repository($"figures/{name}{(Language == SiteLanguage.Korean ? ".ko" : "")}.{extension}");

    /// <summary>A country's name in the page's language (the English name where <c>name_ko</c> is empty).</summary>
    public string CountryName(string iso3)
    {
        var country = Content.Country(iso3);
        return Language == SiteLanguage.Korean && country.NameKo is { Length: > 0 } ko ? ko : country.NameEn;
    }

    /// <summary>A link to a country's page, or its name alone when it has none.</summary>
    public string? CountryHref(string iso3) => Content.HasPage(iso3) ? Href(SiteContent.CountryPage(iso3)) : null;

    /// <summary>A link to an arrangement's row.</summary>
    public string ArrangementHref(string id) => Href("arrangements.html#a-" + id);

    /// <summary>A date event's label (announced, signed, in force, ended).</summary>
    public string EventLabel(string dateEvent) => dateEvent switch
    {
        "announced" => Text.Announced,
        "signed" => Text.Signed,
        "in-force" => Text.InForce,
        "ended" => Text.Ended,
        _ => throw new ArgumentOutOfRangeException(nameof(dateEvent), dateEvent, "unknown date event"),
    };

    /// <summary>A whole number in the page's style (thousands separated by commas).</summary>
    public static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A source's line: publisher (or author) and date.</summary>
    public static string SourceDetail(Source source) =>
        string.Join(", ", new[] { source.Publisher ?? source.Author, source.Published?.ToString() }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>"{0} of {1}" style templates.</summary>
    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
