using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>The OpenAPI document says what the service does: the key scheme, the request bodies, and the status codes it really answers with.</summary>
public sealed class OpenApiDocumentTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private async Task<JsonElement> Document() =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path =>
            path.Value.EnumerateObject().Select(op => (path.Name, op.Name.ToUpperInvariant(), op.Value)));

    private static HashSet<int> Documented(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    [Fact]
    public async Task Every_operation_but_health_requires_the_api_key_header()
    {
        var document = await Document();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        foreach (var (path, method, operation) in Operations(document))
        {
            var secured = operation.TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => r.TryGetProperty("ApiKey", out _));
            Assert.True(path == "/health" ? !secured : secured, $"{method} {path}");
            if (path != "/health") Assert.Contains(401, Documented(operation));
        }
    }

    [Fact]
    public async Task Writes_document_their_bodies_and_their_real_success_codes()
    {
        var document = await Document();
        foreach (var (path, method, operation) in Operations(document).Where(o => o.Method is "POST" or "PUT"))
        {
            if (path is "/match-runs" or "/organisations/{id}/keys") continue; // they take no body
            var content = operation.GetProperty("requestBody").GetProperty("content");
            Assert.True(content.TryGetProperty("application/json", out var json), $"{method} {path}");
            Assert.True(json.GetProperty("schema").ValueKind == JsonValueKind.Object, $"{method} {path}");
            if (path.EndsWith("/import", StringComparison.Ordinal)) Assert.True(content.TryGetProperty("text/csv", out _), path);
        }
        var post = Operations(document).ToDictionary(o => $"{o.Method} {o.Path}", o => Documented(o.Operation));
        Assert.Superset(new HashSet<int> { 201, 400, 409, 413, 415 }, post["POST /candidates"]);
        Assert.Superset(new HashSet<int> { 201, 400, 409 }, post["POST /vacancies"]);
        Assert.Superset(new HashSet<int> { 200, 422 }, post["POST /candidates/import"]);
        Assert.Superset(new HashSet<int> { 204, 404 }, post["DELETE /candidates/{id}"]);
        Assert.Superset(new HashSet<int> { 202, 409 }, post["POST /match-runs"]);
        Assert.DoesNotContain(200, post["POST /candidates"]);
        Assert.DoesNotContain(200, post["DELETE /vacancies/{id}"]);
    }

    [Fact]
    public async Task Every_answer_to_a_bad_or_misplaced_request_is_one_the_document_lists()
    {
        var document = await Document();
        var callers = new[] { factory.ClientAs(Role.Chamber), factory.ClientAs(Role.Coach), factory.ClientAs(Role.Admin), factory.CreateClient() };
        foreach (var (path, method, operation) in Operations(document))
        {
            if (method == "POST" && path == "/match-runs") continue; // would start a run
            var documented = Documented(operation);
            var url = path.Replace("{id}", path.StartsWith("/match-runs", StringComparison.Ordinal) || path.StartsWith("/keys", StringComparison.Ordinal)
                || path.StartsWith("/organisations", StringComparison.Ordinal) ? "987654" : "X-unbekannt", StringComparison.Ordinal).Replace("{code}", "99999", StringComparison.Ordinal);
            foreach (var client in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
                if (method is "POST" or "PUT")
                    request.Content = new StringContent(path.EndsWith("/import", StringComparison.Ordinal) ? "" : "{}", Encoding.UTF8,
                        path.EndsWith("/import", StringComparison.Ordinal) ? "text/csv" : "application/json");
                using var response = await client.SendAsync(request);
                Assert.True(documented.Contains((int)response.StatusCode), $"{method} {url}: {(int)response.StatusCode} is not in [{string.Join(", ", documented.Order())}]");
            }
        }
    }
}
