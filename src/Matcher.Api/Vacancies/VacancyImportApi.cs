using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Matcher.Api.Access;
using Matcher.Api.Requests;

namespace Matcher.Api.Vacancies;

/// <summary>
/// <c>POST /vacancies/import[?partial=true]</c>: a CSV file (text/csv) or a JSON array of vacancies (application/json).
/// 200 with per-row results when stored; 422 with the same report when bad rows stopped it (nothing stored).
/// </summary>
public static class VacancyImportApi
{
    public static async Task<IResult> Import(HttpRequest request, string? partial, ClaimsPrincipal user, VacancyImporter importer)
    {
        var partialImport = false;
        if (partial is not null && !bool.TryParse(partial, out partialImport))
            return Failed(StatusCodes.Status400BadRequest, "partial", $"'{partial}' ist ungültig: partial muss true oder false sein.");
        var type = request.ContentType ?? "";
        var isCsv = type.Contains("csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
        var isJson = type.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (!isCsv && !isJson)
            return Failed(StatusCodes.Status415UnsupportedMediaType, "body", "Erwartet wird CSV (Content-Type: text/csv) oder ein JSON-Array (application/json).");
        var bytes = await StrictJson.ReadLimitedAsync(request, StrictJson.ImportLimitBytes);
        if (bytes is null) return StrictJson.TooLarge<object>(StrictJson.ImportLimitBytes).Problem();

        var fileErrors = new FieldErrors();
        var rows = isCsv ? ReadCsv(bytes, fileErrors) : ReadJson(bytes, fileErrors);
        if (!fileErrors.Any && rows.Count == 0) fileErrors.Add("body", "Die Datei enthält keine Datensätze.");
        if (!fileErrors.Any && rows.Count > VacancyImporter.MaxRows) fileErrors.Add("body", $"{rows.Count} Datensätze; höchstens {VacancyImporter.MaxRows} pro Import.");
        if (fileErrors.Any) return fileErrors.ToProblem("Datei nicht lesbar");

        var report = importer.Import(Caller.From(user), rows, partialImport);
        if (report.Committed) return TypedResults.Ok(report);
        return TypedResults.Problem(
            title: "Import abgelehnt",
            detail: $"{report.Rejected} von {rows.Count} Datensätzen sind fehlerhaft; nichts wurde gespeichert. Korrigieren oder mit ?partial=true nur die gültigen übernehmen.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["report"] = report });
    }

    /// <summary>The rows of a UTF-8 CSV file (with or without BOM), or the file's errors.</summary>
    internal static List<ParsedRow> ReadCsv(byte[] bytes, FieldErrors fileErrors)
    {
        string text;
        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[Encoding.UTF8.Preamble.Length..];
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            fileErrors.Add("body", "Die Datei ist nicht UTF-8-kodiert (z. B. aus Excel als 'CSV UTF-8' speichern).");
            return [];
        }
        return VacancyCsv.Read(text, fileErrors);
    }

    private static List<ParsedRow> ReadJson(byte[] bytes, FieldErrors fileErrors)
    {
        var array = StrictJson.Parse<List<JsonElement>>(bytes);
        if (array.Value is not { } items)
        {
            foreach (var (field, reason) in array.Errors!.All) fileErrors.Add(field, reason == "Ungültiger Wert oder falscher Typ für dieses Feld." ? "Erwartet wird ein JSON-Array von Stellen." : reason);
            return [];
        }
        var rows = new List<ParsedRow>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var read = StrictJson.Parse<VacancyInput>(Encoding.UTF8.GetBytes(items[i].GetRawText()));
            var errors = read.Errors ?? new FieldErrors();
            rows.Add(new ParsedRow(i + 1, null, read.Value is { } input ? VacancyInputValidator.ExternalIdOf(input) : ExternalIdOf(items[i]), read.Value, errors));
        }
        return rows;
    }

    private static string? ExternalIdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("externalId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static IResult Failed(int status, string field, string reason) => RequestProblem.Of(status, field, reason);
}
