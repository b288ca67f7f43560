using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Runs;
using Matcher.Api.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>Voluntary monitoring data: kept apart, never matched on, erased with the person, and the disparity report built from it.</summary>
public sealed class MonitoringTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static StringContent Body(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject WithMonitoring(string? gender, int? birthYear, string? origin)
    {
        var person = CandidateWriteTests.Cook();
        person["profile"]!["residence"]!["validUntil"] = "2028-01-14";
        person["monitoring"] = new JsonObject { ["gender"] = gender, ["birthYear"] = birthYear, ["originRegion"] = origin };
        return person;
    }

    private async Task<string> Register(JsonObject person)
    {
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), Body(person));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_coach_stores_and_reads_monitoring_data_and_erasure_removes_it()
    {
        var id = await Register(WithMonitoring("female", 1998, "middle-east"));
        var read = await factory.ClientAs(Role.Coach).GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}"));
        var monitoring = read.GetProperty("monitoring");
        Assert.Equal(("female", 1998, "middle-east"), (monitoring.GetProperty("gender").GetString(), monitoring.GetProperty("birthYear").GetInt32(), monitoring.GetProperty("originRegion").GetString()));
        Assert.DoesNotContain("monitoring", read.GetProperty("profile").ToString(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.NoContent, (await factory.ClientAs(Role.Coach).DeleteAsync(Url($"/candidates/{id}"))).StatusCode);
        using var connection = factory.Services.GetRequiredService<Database>().Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM candidate_monitoring WHERE candidate_id = @id", new { id }));
    }

    [Theory]
    [InlineData("frau", 1990, null, "monitoring.gender")]
    [InlineData(null, 1890, null, "monitoring.birthYear")]
    [InlineData(null, null, "Syrien", "monitoring.originRegion")]
    public async Task Unknown_codes_and_implausible_years_are_refused_with_the_field(string? gender, int? year, string? origin, string field)
    {
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), Body(WithMonitoring(gender, year, origin)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Monitoring_data_never_changes_what_a_person_is_offered()
    {
        var a = await Register(WithMonitoring("female", 1970, "sub-saharan-africa"));
        var b = await Register(WithMonitoring("male", 2004, "european-union"));
        var coach = factory.ClientAs(Role.Coach);
        static IEnumerable<(string, double)> Offers(JsonElement list) =>
            list.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("vacancyId").GetString()!, e.GetProperty("score").GetDouble()));
        var first = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{a}/shortlist?k=20"));
        var second = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{b}/shortlist?k=20"));
        Assert.NotEmpty(Offers(first));
        Assert.Equal(Offers(first), Offers(second));
    }

    [Fact]
    public async Task The_operator_reads_a_runs_disparities_by_group_with_ratios_and_flags_and_no_small_groups()
    {
        var started = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs"), null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await factory.Services.GetRequiredService<MatchRunner>().Background;

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Coach).GetAsync(Url($"/match-runs/{id}/disparities"))).StatusCode);
        var report = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{id}/disparities"));
        var dimensions = report.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!);
        Assert.Equal(["gender", "age", "origin", "residence"], dimensions.Keys);
        foreach (var groups in dimensions.Values.Select(d => d.GetProperty("groups").EnumerateArray().ToList()).Where(g => g.Count > 0))
        {
            // The yardstick is a group of at least 30 people where there is one: a dozen placed by chance must not flag the rest.
            var yardstick = Assert.Single(groups, g => g.GetProperty("proposalRatio").GetDouble() == 1.0
                && (g.GetProperty("people").GetInt32() >= 30 || groups.All(o => o.GetProperty("people").GetInt32() < 30)));
            Assert.All(groups.Where(g => g.GetProperty("people").GetInt32() >= 30), g => Assert.True(g.GetProperty("proposalRatio").GetDouble() <= 1.0, g.ToString()));
            foreach (var g in groups)
            {
                Assert.True(g.GetProperty("people").GetInt32() >= 5, g.ToString());
                var flagged = g.GetProperty("proposalRatio").GetDouble() < 0.8 || g.GetProperty("skilledRatio").GetDouble() < 0.8;
                Assert.Equal(flagged, g.GetProperty("flagged").GetBoolean());
                Assert.Equal(g.GetProperty("proposals").GetInt32() / (double)g.GetProperty("people").GetInt32(), g.GetProperty("proposalRate").GetDouble(), 4);
            }
        }
        Assert.NotEmpty(dimensions["residence"].GetProperty("groups").EnumerateArray());
        Assert.NotEmpty(dimensions["gender"].GetProperty("groups").EnumerateArray());
    }
}
