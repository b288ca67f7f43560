using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class AuthorizationTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static async Task<HttpStatusCode> Status(HttpClient client, string url) =>
        (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;

    private static Task<JsonElement> Json(HttpClient client, string url) =>
        client.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));

    [Fact]
    public async Task Health_needs_no_key_but_everything_else_does()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await Status(anonymous, "/health"));
        foreach (var url in new[] { "/candidates", "/vacancies", "/taxonomy/occupations?q=Koch", "/candidates/K-000001/shortlist", "/vacancies/S-000001" })
        {
            var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Unknown_and_revoked_keys_get_401()
    {
        var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "mk_not-a-real-key");
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(forged, "/vacancies"));

        var access = (AccessStore)factory.Services.GetService(typeof(AccessStore))!;
        var org = access.FindOrganisation(DemoSeeder.Ihk)!;
        var (id, key) = access.CreateKey(org.Id, Role.Chamber);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        Assert.Equal(HttpStatusCode.OK, await Status(client, "/vacancies"));
        Assert.True(access.RevokeKey(id));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(client, "/vacancies"));
    }

    [Fact]
    public async Task Chambers_see_only_their_own_vacancies_and_others_are_not_found()
    {
        var ihk = factory.ClientAs(Role.Chamber, DemoSeeder.Ihk);
        var hwk = factory.ClientAs(Role.Chamber, DemoSeeder.Hwk);
        var own = (await Json(ihk, "/vacancies?limit=500")).GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
        var theirs = (await Json(hwk, "/vacancies?limit=500")).GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(own);
        Assert.NotEmpty(theirs);
        Assert.Empty(own.Intersect(theirs));
        Assert.Equal(150, own.Count + theirs.Count);
        Assert.Equal(HttpStatusCode.OK, await Status(ihk, $"/vacancies/{own[0]}"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(ihk, $"/vacancies/{theirs[0]}"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(ihk, $"/vacancies/{theirs[0]}/shortlist"));
    }

    [Fact]
    public async Task Chambers_may_not_read_candidates()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        Assert.Equal(HttpStatusCode.Forbidden, await Status(ihk, "/candidates"));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(ihk, "/candidates/K-000001"));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(ihk, "/candidates/K-000001/shortlist"));
    }

    [Fact]
    public async Task Chambers_see_shortlisted_candidates_only_as_pseudonyms_without_residence_details()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var ids = (await Json(ihk, "/vacancies?limit=500")).GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
        JsonElement? entries = null;
        foreach (var id in ids)
        {
            var list = (await Json(ihk, $"/vacancies/{id}/shortlist?k=5")).GetProperty("entries");
            if (list.GetArrayLength() > 0) { entries = list; break; }
        }
        Assert.NotNull(entries);
        foreach (var e in entries.Value.EnumerateArray())
        {
            Assert.Matches("^P-[0-9a-f]{12}$", e.GetProperty("candidateId").GetString());
            var legal = e.GetProperty("eligibility");
            Assert.Equal("", legal.GetProperty("legalBasis").GetString());
            Assert.Equal("", legal.GetProperty("ruleId").GetString());
            Assert.DoesNotContain("§", e.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Coaches_see_their_own_candidates_and_not_another_organisations()
    {
        var jobcenter = factory.ClientAs(Role.Coach, DemoSeeder.Jobcenter);
        var other = factory.ClientAs(Role.Coach, MatcherApiFactory.OtherCoaching);
        Assert.Equal(300, (await Json(jobcenter, "/candidates")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Json(other, "/candidates")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, await Status(jobcenter, "/candidates/K-000001"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(other, "/candidates/K-000001"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(other, "/candidates/K-000001/shortlist"));
        Assert.Equal(HttpStatusCode.OK, await Status(other, "/vacancies/S-000001"));
    }
}
