using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Matcher.Api.Setup;

namespace Matcher.Api.Requests;

/// <summary>
/// Reads request bodies strictly: a size limit, JSON only, every unknown field named (not silently dropped),
/// type, enum and date errors reported with the field's path, and missing or null required fields named.
/// </summary>
public static partial class StrictJson
{
    /// <summary>Limit for one record (a candidate, a vacancy).</summary>
    public const int RecordLimitBytes = 64 * 1024;

    /// <summary>Limit for a bulk import file.</summary>
    public const int ImportLimitBytes = 8 * 1024 * 1024;

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The body as <typeparamref name="T"/>, or the errors that say why it is not one (with 413 for too large, 415 for not JSON).</summary>
    public static async Task<BodyRead<T>> ReadAsync<T>(HttpRequest request, int limitBytes = RecordLimitBytes)
    {
        if (request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return Failed<T>(StatusCodes.Status415UnsupportedMediaType, "body", "Der Inhalt muss JSON sein (Content-Type: application/json).");
        var bytes = await ReadLimitedAsync(request, limitBytes);
        if (bytes is null) return TooLarge<T>(limitBytes);
        return Parse<T>(bytes);
    }

    /// <summary>Parses <paramref name="utf8"/> as <typeparamref name="T"/> with the same checks as <see cref="ReadAsync{T}"/>.</summary>
    public static BodyRead<T> Parse<T>(ReadOnlyMemory<byte> utf8)
    {
        var errors = new FieldErrors();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            errors.Add("body", $"Kein gültiges JSON (Zeile {e.LineNumber + 1}, Position {e.BytePositionInLine + 1}).");
            return new BodyRead<T>(default, StatusCodes.Status400BadRequest, errors);
        }
        using (document)
        {
            CollectUnknownFields(document.RootElement, Options.GetTypeInfo(typeof(T)), "", errors);
            CollectNullItems(document.RootElement, "", errors);
            if (errors.Any) return new BodyRead<T>(default, StatusCodes.Status400BadRequest, errors);
            try
            {
                var value = document.RootElement.Deserialize<T>(Options);
                if (value is null) { errors.Add("body", "Der Inhalt ist leer (null)."); return new BodyRead<T>(default, StatusCodes.Status400BadRequest, errors); }
                return new BodyRead<T>(value, StatusCodes.Status200OK, null);
            }
            catch (JsonException e)
            {
                errors.Add(FieldOf(e), ReasonOf(e));
                return new BodyRead<T>(default, StatusCodes.Status400BadRequest, errors);
            }
        }
    }

    /// <summary>The whole body, or null when it is larger than <paramref name="limitBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, int limitBytes)
    {
        if (request.ContentLength > limitBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limitBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static BodyRead<T> TooLarge<T>(int limitBytes) => Failed<T>(StatusCodes.Status413PayloadTooLarge, "body",
        $"Der Inhalt ist größer als die erlaubten {limitBytes / 1024} KiB.");

    private static BodyRead<T> Failed<T>(int status, string field, string reason) => new(default, status, FieldErrors.Of(field, reason));

    private static void CollectUnknownFields(JsonElement element, JsonTypeInfo info, string path, FieldErrors errors)
    {
        if (element.ValueKind == JsonValueKind.Object && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
                var field = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                if (property is null) errors.Add(field, $"Unbekanntes Feld '{member.Name}'.");
                else CollectUnknownFields(member.Value, Info(property.PropertyType), field, errors);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } elementType)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray()) CollectUnknownFields(item, Info(elementType), $"{path}[{i++}]", errors);
        }
    }

    /// <summary>No list of this API takes null items: name each one, wherever it is (a converter would otherwise let it through).</summary>
    private static void CollectNullItems(JsonElement element, string path, FieldErrors errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject()) CollectNullItems(member.Value, path.Length == 0 ? member.Name : $"{path}.{member.Name}", errors);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                var field = $"{path}[{i++}]";
                if (item.ValueKind == JsonValueKind.Null) errors.Add(field, "Darf nicht leer (null) sein.");
                else CollectNullItems(item, field, errors);
            }
        }
    }

    private static JsonTypeInfo Info(Type type) => Options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);

    private static string FieldOf(JsonException e)
    {
        var path = e.Path is null or "$" ? "" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path.TrimStart('$');
        if (MissingProperty().Match(e.Message) is { Success: true } missing)
            path = path.Length == 0 ? missing.Groups[1].Value : $"{path}.{missing.Groups[1].Value}";
        return path.Length == 0 ? "body" : path;
    }

    private static string ReasonOf(JsonException e) =>
        MissingProperty().IsMatch(e.Message) ? "Pflichtfeld fehlt."
        : e.Message.Contains("null", StringComparison.OrdinalIgnoreCase) ? "Darf nicht leer (null) sein."
        : e.InnerException is FormatException || e.Message.Contains("DateOnly", StringComparison.Ordinal) ? "Ungültiges Format (Datum als JJJJ-MM-TT)."
        : "Ungültiger Wert oder falscher Typ für dieses Feld.";

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            // The web defaults read "2" as 2; a client that sends numbers as strings has a bug worth telling.
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new OccupationCodeJsonConverter());
        options.Converters.Add(new GeoPointJsonConverter());
        options.Converters.Add(new StringSetJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>A request body read by <see cref="StrictJson"/>: the value, or the status and field errors to answer with.</summary>
public sealed record BodyRead<T>(T? Value, int Status, FieldErrors? Errors)
{
    /// <summary>The problem answer for a failed read.</summary>
    public IResult Problem() => RequestProblem.Of(Status, Errors!);
}

/// <summary>Problem details (RFC 7807) for a bad request: status 400, 413 or 415 with the reasons per field.</summary>
public static class RequestProblem
{
    /// <summary>A client's text as an error message quotes it: at most 40 characters, so that a huge value is not echoed back.</summary>
    public static string Quoted(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";

    public static IResult Of(int status, FieldErrors errors) => TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
    {
        Status = status,
        Title = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "Anfrage zu groß",
            StatusCodes.Status415UnsupportedMediaType => "Falscher Inhaltstyp",
            _ => "Ungültige Anfrage",
        },
    });

    public static IResult Of(int status, string field, string reason) => Of(status, FieldErrors.Of(field, reason));

    /// <summary>404 for a record that does not exist or lies outside the caller's scope (the two are not told apart).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what, string id) => TypedResults.Problem(
        title: $"{what} nicht gefunden",
        detail: $"{what} mit der Kennung '{id}' gibt es nicht.",
        statusCode: StatusCodes.Status404NotFound);

    /// <summary>409 for an external id the caller's organisation already uses, with the record that holds it.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ExternalIdTaken(string what, string externalId, string existingId, string path) => TypedResults.Problem(
        title: "Externe Kennung schon vergeben",
        detail: $"{what} mit externalId '{externalId}' gibt es schon als {existingId}; ändern mit PUT {path}/{existingId} oder über den Import.",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["field"] = "externalId", ["existingId"] = existingId });
}
