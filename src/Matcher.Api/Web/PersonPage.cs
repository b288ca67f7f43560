using Matcher.Api.Access;
using Matcher.Api.Requests;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matcher.Api.Web;

/// <summary>
/// What every page of a logged-in person shares: who they are (the same <see cref="Caller"/> the API scopes by), the
/// field errors of the last form post, and a one-time notice after a redirect.
/// </summary>
public abstract class PersonPage : PageModel
{
    /// <summary>The person as the scoping rules see them.</summary>
    protected Caller Me => Caller.From(User);

    /// <summary>Errors of the last post, by field (the API's field names, e.g. <c>profile.germanLevel</c>).</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A message carried over one redirect (e.g. "Stelle gespeichert").</summary>
    [TempData]
    public string? Notice { get; set; }

    protected void Show(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, reason) in errors.All)
        {
            if (!Errors.TryGetValue(field, out var list)) Errors[field] = list = [];
            list.Add(reason);
        }
    }

    /// <summary>The error text of <paramref name="field"/> under its input, linked by id for screen readers.</summary>
    public IHtmlContent ErrorFor(string field)
    {
        if (!Errors.TryGetValue(field, out var reasons)) return HtmlString.Empty;
        var builder = new HtmlContentBuilder();
        builder.AppendHtml($"<p class=\"field-error\" id=\"{IdOf(field)}-fehler\" role=\"alert\">");
        builder.Append(string.Join(" ", reasons));
        builder.AppendHtml("</p>");
        return builder;
    }

    /// <summary>The errors not tied to a field shown on the form.</summary>
    public IEnumerable<string> OtherErrors(params string[] shownFields) =>
        Errors.Where(e => !shownFields.Contains(e.Key, StringComparer.Ordinal)).SelectMany(e => e.Value.Select(r => $"{e.Key}: {r}"));

    /// <summary>An HTML id for a field name (dots and brackets become dashes).</summary>
    public static string IdOf(string field) => new([.. field.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    protected IActionResult NotFoundPage() => NotFound();
}
