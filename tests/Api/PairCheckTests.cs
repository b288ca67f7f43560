using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>"Why not, and from when": one pair explained, also when no list shows it; and dates asked about ("what if").</summary>
public sealed class PairCheckTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<string> Register(JsonObject body)
    {
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The cook, in the asylum procedure for one month (the fixed clock says 2026-11-22): may work after three months.</summary>
    private static JsonObject NewArrival()
    {
        var body = CandidateWriteTests.Cook();
        body["profile"]!["residence"] = JsonNode.Parse("""{ "title": "Aufenthaltsgestattung", "staySince": "2026-10-22", "titleSince": "2026-10-22", "validUntil": "2027-10-21", "facts": "IdentityClarified" }""");
        return body;
    }

    private async Task<string> AnyVacancy()
    {
        var list = await factory.ClientAs(Role.Coach).GetFromJsonAsync<JsonElement>(Url("/vacancies?limit=1"));
        return list.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_pair_that_is_not_yet_legal_says_why_and_from_when()
    {
        var id = await Register(NewArrival());
        var coach = factory.ClientAs(Role.Coach);
        // A job next door in her occupation with no German beyond what she has, starting soon.
        var vacancies = (await coach.GetFromJsonAsync<JsonElement>(Url("/vacancies?limit=500"))).GetProperty("items").EnumerateArray().ToList();
        JsonElement? found = null;
        foreach (var v in vacancies.Select(v => v.GetProperty("id").GetString()!))
        {
            var check = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/check?vacancy={v}"));
            var entry = check.GetProperty("entry");
            if (check.GetProperty("knockOuts").GetArrayLength() == 0 && entry.GetProperty("vacancyKind").GetString() == "Job") { found = check; break; }
        }
        Assert.NotNull(found);
        var c = found.Value;
        Assert.Equal("2026-11-22", c.GetProperty("asOf").GetString());
        Assert.Equal("PermittedFrom", c.GetProperty("entry").GetProperty("eligibility").GetProperty("verdict").GetString());
        Assert.Equal("2027-01-22", c.GetProperty("entry").GetProperty("eligibility").GetProperty("permittedFrom").GetString());
        Assert.True(c.GetProperty("possible").GetBoolean()); // legal from a date counts: it can be proposed now
        Assert.Equal("2026-11-22", c.GetProperty("possibleFrom").GetString());
        Assert.True(c.GetProperty("rank").GetInt32() >= 1);
        Assert.Contains("Asylverfahren", c.GetProperty("entry").GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_knocked_out_pair_lists_every_knock_out_in_German_and_has_no_rank()
    {
        var body = CandidateWriteTests.Cook();
        body["profile"]!["germanLevel"] = "A0";
        body["profile"]!["residence"]!["validUntil"] = "2028-01-01";
        body["profile"]!["availableFrom"] = "2027-09-01";
        var id = await Register(body);
        var check = await factory.ClientAs(Role.Coach).GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/check?vacancy={await AnyVacancy()}"));
        Assert.False(check.GetProperty("possible").GetBoolean());
        var reasons = check.GetProperty("knockOuts").EnumerateArray().Select(k => k.GetProperty("reason").GetString()).ToList();
        Assert.Contains("NotAvailableInTime", reasons);
        Assert.Equal(JsonValueKind.Null, check.GetProperty("rank").ValueKind);
        var whyNot = check.GetProperty("whyNot").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(whyNot, w => w.Contains("verfügbar", StringComparison.Ordinal));
        Assert.All(whyNot, w => Assert.DoesNotContain("NotAvailableInTime", w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_asks_what_if_and_the_answer_moves_with_the_date()
    {
        var id = await Register(NewArrival());
        var vacancy = await AnyVacancy();
        var coach = factory.ClientAs(Role.Coach);
        var later = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/check?vacancy={vacancy}&on=2027-03-01"));
        Assert.Equal("2027-03-01", later.GetProperty("asOf").GetString());
        Assert.NotEqual("PermittedFrom", later.GetProperty("entry").GetProperty("eligibility").GetProperty("verdict").GetString());
        var shortlist = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/shortlist?k=3&on=2027-03-01"));
        Assert.Equal("2027-03-01", shortlist.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("on=2027-13-01", "on")]
    [InlineData("on=morgen", "on")]
    [InlineData("on=1999-12-31", "on")]
    [InlineData("", "vacancy")]
    public async Task Bad_dates_and_a_missing_vacancy_get_problem_details_naming_the_field(string query, string field)
    {
        var response = await factory.ClientAs(Role.Coach).GetAsync(Url($"/candidates/K-000001/check?{(field == "vacancy" ? "" : "vacancy=S-000001&")}{query}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Only_the_persons_coach_and_the_operator_may_check_a_pair()
    {
        var url = Url("/candidates/K-000001/check?vacancy=S-000001");
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientAs(Role.Coach).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientAs(Role.Admin).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Role.Coach, MatcherApiFactory.OtherCoaching).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Chamber).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Role.Coach).GetAsync(Url("/candidates/K-000001/check?vacancy=S-999999"))).StatusCode);
    }
}
