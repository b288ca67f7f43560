using System.Text;
using System.Text.Json;

namespace Matcher.Api.Requests;

/// <summary>
/// The body of a bulk import (<c>POST …/import[?partial=true]</c>): a CSV file (text/csv) or a JSON array of records
/// (application/json), at most <see cref="StrictJson.ImportLimitBytes"/> and <see cref="MaxRows"/> records; and the answer:
/// 200 with a result per row when stored, 422 with the same report when bad rows stopped it (nothing stored).
/// </summary>
public static class ImportBody
{
    public const int MaxRows = 20_000;

    /// <summary>The rows and whether a partial import was asked for, or the problem answer for a body that cannot be read.</summary>
    public static async Task<(List<ImportRow<TInput>>? Rows, bool Partial, IResult? Problem)> ReadAsync<TInput>(
        HttpRequest request, string? partial, Func<string, FieldErrors, List<ImportRow<TInput>>> readCsv, Func<TInput, string?> externalIdOf)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var partialImport = false;
        if (partial is not null && !bool.TryParse(partial, out partialImport))
            return (null, false, RequestProblem.Of(StatusCodes.Status400BadRequest, "partial", $"'{partial}' ist ungültig: partial muss true oder false sein."));
        var type = request.ContentType ?? "";
        var isCsv = type.Contains("csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
        var isJson = type.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (!isCsv && !isJson)
            return (null, false, RequestProblem.Of(StatusCodes.Status415UnsupportedMediaType, "body", "Erwartet wird CSV (Content-Type: text/csv) oder ein JSON-Array (application/json)."));
        var bytes = await StrictJson.ReadLimitedAsync(request, StrictJson.ImportLimitBytes);
        if (bytes is null) return (null, false, StrictJson.TooLarge<object>(StrictJson.ImportLimitBytes).Problem());

        var fileErrors = new FieldErrors();
        var rows = isCsv ? ReadCsv(bytes, readCsv, fileErrors) : ReadJson(bytes, externalIdOf, fileErrors);
        CheckCount(rows, "body", fileErrors);
        return fileErrors.Any ? (null, false, fileErrors.ToProblem("Datei nicht lesbar")) : (rows, partialImport, null);
    }

    /// <summary>The rows of an uploaded CSV file, or the file's errors (not UTF-8, a bad header).</summary>
    public static List<ImportRow<TInput>> ReadCsv<TInput>(byte[] bytes, Func<string, FieldErrors, List<ImportRow<TInput>>> readCsv, FieldErrors fileErrors)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(readCsv);
        var text = CsvTable.Decode(bytes, fileErrors);
        return text is null ? [] : readCsv(text, fileErrors);
    }

    /// <summary>200 with the report when the import was stored; 422 with it when bad rows stopped it.</summary>
    public static IResult Answer(ImportReport report, int rows)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Committed) return TypedResults.Ok(report);
        return TypedResults.Problem(
            title: "Import abgelehnt",
            detail: $"{report.Rejected} von {rows} Datensätzen sind fehlerhaft; nichts wurde gespeichert. Korrigieren oder mit ?partial=true nur die gültigen übernehmen.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["report"] = report });
    }

    /// <summary>Adds the reason to <paramref name="field"/> when a readable file has no records or more than <see cref="MaxRows"/>.</summary>
    public static void CheckCount<TInput>(List<ImportRow<TInput>> rows, string field, FieldErrors fileErrors) where TInput : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(fileErrors);
        if (fileErrors.Any) return;
        if (rows.Count == 0) fileErrors.Add(field, "Die Datei enthält keine Datensätze.");
        else if (rows.Count > MaxRows) fileErrors.Add(field, $"{rows.Count} Datensätze; höchstens {MaxRows} pro Import.");
    }

    private static List<ImportRow<TInput>> ReadJson<TInput>(byte[] bytes, Func<TInput, string?> externalIdOf, FieldErrors fileErrors) where TInput : class
    {
        var array = StrictJson.Parse<List<JsonElement>>(bytes);
        if (array.Value is not { } items)
        {
            foreach (var (field, reason) in array.Errors!.All) fileErrors.Add(field, reason == "Ungültiger Wert oder falscher Typ für dieses Feld." ? "Erwartet wird ein JSON-Array von Datensätzen." : reason);
            return [];
        }
        var rows = new List<ImportRow<TInput>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var read = StrictJson.Parse<TInput>(Encoding.UTF8.GetBytes(items[i].GetRawText()));
            var errors = read.Errors ?? new FieldErrors();
            rows.Add(new ImportRow<TInput>(i + 1, null, read.Value is { } input ? externalIdOf(input) : ExternalIdOf(items[i]), read.Value, errors));
        }
        return rows;
    }

    private static string? ExternalIdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("externalId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
