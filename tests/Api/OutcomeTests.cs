using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>What became of proposals: recorded by the coach and the chamber, audited, exported, erased with the person.</summary>
public sealed class OutcomeTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private async Task<string> Register()
    {
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), new StringContent(CandidateWriteTests.Cook().ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A vacancy of the IHK (the chamber <see cref="MatcherApiFactory.ClientAs"/> speaks for).</summary>
    private async Task<string> IhkVacancy()
    {
        // A chamber's list holds only its own vacancies.
        var list = await factory.ClientAs(Role.Chamber).GetFromJsonAsync<JsonElement>(Url("/vacancies?limit=1"));
        return list.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_coach_records_the_steps_of_a_proposal_and_reads_them_newest_first_with_German_labels()
    {
        var id = await Register();
        var vacancy = await IhkVacancy();
        var coach = factory.ClientAs(Role.Coach);
        Assert.Equal(HttpStatusCode.Created, (await coach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = vacancy, stage = "interview", on = "2026-11-10" }))).StatusCode);
        var declined = await coach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = vacancy, stage = "declined", decidedBy = "employer", reason = "language", on = "2026-11-20" }));
        Assert.Equal(HttpStatusCode.Created, declined.StatusCode);

        var list = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/outcomes"));
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("declined", list[0].GetProperty("stage").GetString());
        Assert.Equal("Sprache", list[0].GetProperty("reasonText").GetString());
        Assert.Equal("der Betrieb", list[0].GetProperty("decidedByText").GetString());
        Assert.Equal("coach", list[0].GetProperty("recordedBy").GetString());
        Assert.Equal(id, list[0].GetProperty("person").GetString());
    }

    [Theory]
    [InlineData("hired", null, null, "stage")]
    [InlineData("declined", null, "pay", "decidedBy")]
    [InlineData("ended_early", "person", null, "reason")]
    [InlineData("interview", "employer", null, "decidedBy")]
    public async Task A_bad_code_is_refused_with_the_field_and_nothing_is_stored(string stage, string? by, string? reason, string field)
    {
        var id = await Register();
        var coach = factory.ClientAs(Role.Coach);
        var response = await coach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = await IhkVacancy(), stage, decidedBy = by, reason }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, (await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/outcomes"))).GetArrayLength());
    }

    [Fact]
    public async Task A_huge_value_is_refused_without_being_echoed_back()
    {
        var id = await Register();
        var huge = new string('x', 20_000);
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = huge, stage = huge }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 2_000);
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused()
    {
        var id = await Register();
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = await IhkVacancy(), stage = "started", on = "2027-01-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_chamber_records_at_its_vacancy_by_pseudonym_and_never_sees_the_persons_id()
    {
        var id = await Register();
        var vacancy = await IhkVacancy();
        var pseudonym = factory.Services.GetRequiredService<Pseudonyms>().Of(id);
        var chamber = factory.ClientAs(Role.Chamber);
        var created = await chamber.PostAsync(Url($"/vacancies/{vacancy}/outcomes"), Json(new { person = pseudonym, stage = "started", on = "2026-11-21" }));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var text = await (await chamber.GetAsync(Url($"/vacancies/{vacancy}/outcomes"))).Content.ReadAsStringAsync();
        Assert.Contains(pseudonym, text, StringComparison.Ordinal);
        Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        // The coach sees the chamber's record at the person.
        var atPerson = await factory.ClientAs(Role.Coach).GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/outcomes"));
        Assert.Contains(atPerson.EnumerateArray(), o => o.GetProperty("recordedBy").GetString() == "chamber" && o.GetProperty("stage").GetString() == "started");
        // An unknown pseudonym is named, not guessed.
        var unknown = await chamber.PostAsync(Url($"/vacancies/{vacancy}/outcomes"), Json(new { person = "P-000000000000", stage = "contacted" }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Nobody_records_or_reads_outside_their_own_people_and_vacancies()
    {
        var id = await Register();
        var vacancy = await IhkVacancy();
        var otherCoach = factory.ClientAs(Role.Coach, "Jobcenter Saalekreis");
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = vacancy, stage = "contacted" }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(Url($"/candidates/{id}/outcomes"))).StatusCode);
        var otherChamber = factory.ClientAs(Role.Chamber, "Handwerkskammer Magdeburg");
        Assert.Equal(HttpStatusCode.NotFound, (await otherChamber.GetAsync(Url($"/vacancies/{vacancy}/outcomes"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Chamber).GetAsync(Url($"/candidates/{id}/outcomes"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Coach).GetAsync(Url("/outcomes/export"))).StatusCode);
    }

    [Fact]
    public async Task Recording_and_reading_are_audited_and_the_export_names_nobody()
    {
        var id = await Register();
        var vacancy = await IhkVacancy();
        var coach = factory.ClientAs(Role.Coach);
        await coach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = vacancy, stage = "offer" }));
        await coach.GetAsync(Url($"/candidates/{id}/outcomes"));
        var csv = await (await factory.ClientAs(Role.Admin).GetAsync(Url("/outcomes/export"))).Content.ReadAsStringAsync();
        Assert.StartsWith("id;person;vacancy;occupation;stage;decided_by;reason;on;recorded_at;recorded_by", csv, StringComparison.Ordinal);
        Assert.Contains(factory.Services.GetRequiredService<Pseudonyms>().Of(id), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(id, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Rana", csv, StringComparison.Ordinal);

        factory.Services.GetRequiredService<Matcher.Api.Audit.AuditTrail>().Flush();
        using var connection = factory.Services.GetRequiredService<Database>().Open();
        foreach (var action in new[] { "outcome.record", "candidate.outcomes", "outcomes.export" })
            Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM audit_log WHERE action = @action", new { action }) > 0, action);
    }

    [Fact]
    public async Task Erasing_a_person_erases_their_outcomes_and_keeps_only_the_anonymous_counts()
    {
        var id = await Register();
        var coach = factory.ClientAs(Role.Coach);
        await coach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = await IhkVacancy(), stage = "retained" }));
        Assert.Equal(HttpStatusCode.NoContent, (await coach.DeleteAsync(Url($"/candidates/{id}"))).StatusCode);
        using var connection = factory.Services.GetRequiredService<Database>().Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM outcomes WHERE candidate_id = @id", new { id }));
        Assert.True(connection.ExecuteScalar<long>("SELECT coalesce(sum(count), 0) FROM anonymous_statistics WHERE metric = 'outcomes.deleted.retained'") >= 1);
    }

    [Fact]
    public async Task Outcomes_survive_a_later_run()
    {
        var id = await Register();
        var coach = factory.ClientAs(Role.Coach);
        await coach.PostAsync(Url($"/candidates/{id}/outcomes"), Json(new { vacancyId = await IhkVacancy(), stage = "contacted" }));
        var run = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs"), null);
        Assert.True(run.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict);
        await factory.Services.GetRequiredService<Matcher.Api.Runs.MatchRunner>().Background;
        Assert.Equal(1, (await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/outcomes"))).GetArrayLength());
    }
}
