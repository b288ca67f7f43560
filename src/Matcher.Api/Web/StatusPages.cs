using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Matcher.Api.Web;

/// <summary>
/// Error statuses without a body: problem details for API clients (as before), a short German page for people in a
/// browser (who ask for HTML), with a way back.
/// </summary>
public static class StatusPages
{
    public static async Task Write(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var wantsPage = http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (!wantsPage)
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
            return;
        }
        var (title, text) = http.Response.StatusCode switch
        {
            404 => ("Nicht gefunden", "Diese Seite oder diesen Eintrag gibt es nicht, oder er gehört zu einer anderen Organisation."),
            403 => ("Kein Zugriff", "Diese Seite gehört zu einer anderen Rolle."),
            400 => ("Ungültige Anfrage", "Die Anfrage war unvollständig oder fehlerhaft; bitte das Formular neu laden."),
            _ => ("Fehler", "Das hat nicht geklappt."),
        };
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($$"""
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{{WebUtility.HtmlEncode(title)}} – Matcher</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="inhalt"><h1 id="status">{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(text)}}</p><p><a href="/">Zur Startseite</a></p></main></body></html>
            """);
    }
}
