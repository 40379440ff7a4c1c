namespace ForcePosture.Site.Model;

/// <summary>A language the tracker is written in. English pages sit at the site's root, Korean ones under <c>ko/</c>.</summary>
public enum SiteLanguage
{
    /// <summary>English (<c>en</c>), at the root.</summary>
    English,
    /// <summary>Korean (<c>ko</c>), under <c>ko/</c>.</summary>
    Korean,
}

/// <summary>The language's code and folder.</summary>
public static class SiteLanguages
{
    /// <summary>Both languages, English first.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [SiteLanguage.English, SiteLanguage.Korean];

    /// <summary>The BCP 47 code for the <c>lang</c> attribute.</summary>
    public static string Code(this SiteLanguage language) => language == SiteLanguage.Korean ? "ko" : "en";

    /// <summary>The folder of the language's pages, relative to the site's root ("" or "ko/").</summary>
    public static string Folder(this SiteLanguage language) => language == SiteLanguage.Korean ? "ko/" : "";
}
