using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class ApiTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private readonly HttpClient client = factory.ClientAs(Matcher.Api.Access.Role.Admin);

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Health_reports_what_is_loaded()
    {
        var health = await GetJson("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("occupations").GetInt32() >= 150);
        Assert.Equal(300, health.GetProperty("candidates").GetInt32());
    }

    [Fact]
    public async Task Occupation_search_resolves_gendered_titles()
    {
        var result = await GetJson("/taxonomy/occupations?q=" + Uri.EscapeDataString("Elektronikerin (m/w/d) Energie- und Gebäudetechnik"));
        Assert.True(result.GetProperty("confident").GetBoolean());
        Assert.Equal("26212", result.GetProperty("items")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Occupation_search_reports_what_the_advert_words_say()
    {
        var result = await GetJson("/taxonomy/occupations?q=" + Uri.EscapeDataString("Ausbildung zum Maurer (m/w/d) 2026"));
        Assert.Equal("32122", result.GetProperty("items")[0].GetProperty("code").GetString());
        var advert = result.GetProperty("advert");
        Assert.Equal("apprenticeship", advert.GetProperty("kind").GetString());
        Assert.Equal(2, advert.GetProperty("level").GetInt32());
        Assert.Contains("2026", advert.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Occupation_search_says_when_it_is_not_sure()
    {
        var result = await GetJson("/taxonomy/occupations?q=Astronaut");
        Assert.False(result.GetProperty("confident").GetBoolean());
        Assert.Contains("Keine sichere Zuordnung", result.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Occupation_details_list_essential_skills_with_German_labels()
    {
        var details = await GetJson("/taxonomy/occupations/51312");
        Assert.Contains(details.GetProperty("essentialSkills").EnumerateArray(), s => s.GetProperty("labelDe").GetString() == "Gabelstapler fahren");
    }

    [Theory]
    [InlineData("/taxonomy/occupations/5131", "code")]
    [InlineData("/taxonomy/occupations?limit=0", "limit")]
    [InlineData("/candidates/K-000001/shortlist?k=abc", "k")]
    [InlineData("/vacancies/S-000001/shortlist?k=51", "k")]
    public async Task Bad_input_gets_a_problem_naming_the_field(string url, string field)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons));
        Assert.False(string.IsNullOrWhiteSpace(reasons[0].GetString()));
    }

    [Theory]
    [InlineData("/candidates/K-999999/shortlist")]
    [InlineData("/vacancies/nope/shortlist")]
    [InlineData("/taxonomy/occupations/99991")]
    public async Task Unknown_ids_get_a_404_problem(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Candidate_shortlist_is_explained_sorted_and_eligible()
    {
        var list = await FirstNonEmptyShortlist("candidates", "K-");
        var entries = list.GetProperty("entries").EnumerateArray().ToList();
        var scores = entries.Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var e in entries)
        {
            Assert.NotEqual("NotPermitted", e.GetProperty("eligibility").GetProperty("verdict").GetString());
            Assert.Equal(8, e.GetProperty("components").GetArrayLength());
            var text = e.GetProperty("explanation").GetString()!;
            Assert.Contains("Passung", text, StringComparison.Ordinal);
            Assert.Contains("Rechtlich:", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stored_positions_survive_the_database_round_trip()
    {
        // Regression: structs were read back through their default constructor, so every stored point was (0, 0)
        // and every commute 0 km.
        var vacancy = await client.GetFromJsonAsync<JsonElement>(new Uri("/vacancies/S-000001", UriKind.Relative));
        Assert.InRange(vacancy.GetProperty("vacancy").GetProperty("location").GetProperty("latitude").GetDouble(), 50.5, 51.5);
        var list = await FirstNonEmptyShortlist("candidates", "K-");
        Assert.Contains(list.GetProperty("entries").EnumerateArray(), e => e.GetProperty("commute").GetProperty("distanceKm").GetDouble() > 0);
    }

    [Fact]
    public async Task Vacancy_shortlist_lists_candidates_for_one_vacancy()
    {
        var list = await FirstNonEmptyShortlist("vacancies", "S-");
        var vacancy = list.GetProperty("id").GetString();
        Assert.All(list.GetProperty("entries").EnumerateArray(), e => Assert.Equal(vacancy, e.GetProperty("vacancyId").GetString()));
    }

    [Fact]
    public async Task Shortlists_are_stable_across_requests()
    {
        var a = await client.GetStringAsync(new Uri("/candidates/K-000002/shortlist?k=5", UriKind.Relative));
        var b = await client.GetStringAsync(new Uri("/candidates/K-000002/shortlist?k=5", UriKind.Relative));
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_endpoints()
    {
        var doc = await GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/health", "/taxonomy/occupations", "/candidates/{id}/shortlist", "/vacancies/{id}/shortlist" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task Start_page_is_German()
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("lang=\"de\"", html, StringComparison.Ordinal);
    }

    private async Task<JsonElement> FirstNonEmptyShortlist(string resource, string prefix)
    {
        for (var i = 1; i <= 50; i++)
        {
            var list = await GetJson($"/{resource}/{prefix}{i:D6}/shortlist?k=5");
            if (list.GetProperty("entries").GetArrayLength() > 0) return list;
        }
        throw new InvalidOperationException($"No {resource} with a non-empty shortlist among the first 50.");
    }
}
