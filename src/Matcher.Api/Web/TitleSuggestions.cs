using Matcher.Core.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Web;

/// <summary>Occupation titles for a typed text, for the forms' suggestions while typing (<c>wwwroot/js/titles.js</c>): code, German title, and whether the match is sure.</summary>
public static class TitleSuggestions
{
    public static JsonResult For(string? typed, TitleResolver titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 200) return new JsonResult(Array.Empty<object>());
        var resolution = titles.Resolve(typed, 8);
        return new JsonResult(resolution.Matches.Select((m, i) => new
        {
            code = m.Occupation.Code.ToString(),
            title = m.Occupation.TitleDe,
            sure = resolution.IsConfident && i == 0,
        }));
    }
}
