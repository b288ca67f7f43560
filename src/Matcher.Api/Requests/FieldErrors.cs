namespace Matcher.Api.Requests;

/// <summary>
/// Reasons a request is invalid, per field (a JSON path like <c>home.latitude</c> or a CSV column), in German for the people
/// who send them; the shape of <see cref="Microsoft.AspNetCore.Http.HttpResults.ValidationProblem"/>'s errors.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public bool Any => byField.Count > 0;

    /// <summary>A single reason for a single field.</summary>
    public static FieldErrors Of(string field, string reason)
    {
        var errors = new FieldErrors();
        errors.Add(field, reason);
        return errors;
    }

    public int Count => byField.Values.Sum(r => r.Count);

    public void Add(string field, string reason)
    {
        if (!byField.TryGetValue(field, out var reasons)) byField[field] = reasons = [];
        reasons.Add(reason);
    }

    public IEnumerable<(string Field, string Reason)> All => byField.SelectMany(kv => kv.Value.Select(r => (kv.Key, r)));

    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The 400 answer listing every field and its reasons.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem(string title = "Ungültige Anfrage") =>
        Microsoft.AspNetCore.Http.TypedResults.ValidationProblem(ToDictionary(), title: title);
}
