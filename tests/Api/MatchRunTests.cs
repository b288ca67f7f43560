using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Runs;
using Matcher.Api.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>Match runs on the 300 × 150 test region. Tests in one class run one after another, so runs do not overlap.</summary>
public sealed class MatchRunTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private MatchRunner Runner => factory.Services.GetRequiredService<MatchRunner>();

    private MatchRunStore Store => factory.Services.GetRequiredService<MatchRunStore>();

    private async Task<long> CompletedRun()
    {
        var response = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs"), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Runner.Background;
        var run = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{id}"));
        Assert.True(run.GetProperty("status").GetString() == "completed", run.ToString());
        return id;
    }

    private static async Task<List<JsonElement>> Proposals(HttpClient client, long run) =>
        (await client.GetFromJsonAsync<JsonElement>(Url($"/match-runs/{run}/proposals?limit=1000"))).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_run_proposes_each_candidate_at_most_once_and_fills_no_vacancy_beyond_its_places()
    {
        var id = await CompletedRun();
        var proposals = await Proposals(factory.ClientAs(Role.Admin), id);
        Assert.NotEmpty(proposals);
        Assert.Equal(proposals.Count, proposals.Select(p => p.GetProperty("candidateId").GetString()).Distinct().Count());
        var vacancies = (await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url("/vacancies?limit=500"))).GetProperty("items").EnumerateArray()
            .ToDictionary(v => v.GetProperty("id").GetString()!, v => v.GetProperty("vacancy").GetProperty("places").GetInt32());
        foreach (var group in proposals.GroupBy(p => p.GetProperty("vacancyId").GetString()!))
            Assert.True(group.Count() <= vacancies[group.Key], $"{group.Key} over its places");
        Assert.All(proposals, p => Assert.Contains("Passung", p.GetProperty("explanation").GetString(), StringComparison.Ordinal));
    }

    private async Task<long> CompletedRun(string query)
    {
        var response = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs" + query), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Runner.Background;
        return id;
    }

    [Fact]
    public async Task An_employer_limit_caps_proposals_per_employer_and_the_run_reports_what_it_cost()
    {
        var id = await CompletedRun("?maxNewHiresPerEmployer=1");
        var run = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{id}"));
        Assert.True(run.GetProperty("status").GetString() == "completed", run.ToString());
        Assert.Equal(1, run.GetProperty("limits").GetProperty("maxNewHiresPerEmployer").GetInt32());
        var side = run.GetProperty("sideConstraints");
        Assert.True(side.GetProperty("proof").GetString() is "optimal" or "gap", side.ToString());
        Assert.True(side.GetProperty("gap").GetDouble() <= 0.001, side.ToString());
        var report = Assert.Single(side.GetProperty("constraints").EnumerateArray());
        Assert.Equal("employer-limits", report.GetProperty("constraint").GetString());
        Assert.True(side.GetProperty("unconstrained").GetInt64() - side.GetProperty("objective").GetInt64() == report.GetProperty("cost").GetInt64() || !report.GetProperty("costIsProved").GetBoolean());

        var employers = (await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url("/vacancies?limit=500"))).GetProperty("items").EnumerateArray()
            .ToDictionary(v => v.GetProperty("id").GetString()!, v => v.GetProperty("vacancy").GetProperty("employer").GetString()!);
        var proposals = await Proposals(factory.ClientAs(Role.Admin), id);
        Assert.NotEmpty(proposals);
        Assert.All(proposals.GroupBy(p => employers[p.GetProperty("vacancyId").GetString()!]), g => Assert.True(g.Count() <= 1, $"{g.Key}: {g.Count()} proposals"));
    }

    [Fact]
    public async Task With_no_changes_allowed_every_previous_proposal_that_is_still_possible_stays()
    {
        var first = await CompletedRun();
        var before = (await Proposals(factory.ClientAs(Role.Admin), first)).Select(p => (p.GetProperty("candidateId").GetString()!, p.GetProperty("vacancyId").GetString()!)).ToList();
        // One proposed person leaves: their place frees up and the best assignment may reshuffle the rest.
        var leaving = before[0].Item1;
        Assert.Equal(HttpStatusCode.NoContent, (await factory.ClientAs(Role.Coach).DeleteAsync(Url($"/candidates/{leaving}"))).StatusCode);

        var second = await CompletedRun("?maxChanges=0");
        var run = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{second}"));
        Assert.True(run.GetProperty("status").GetString() == "completed", run.ToString());
        Assert.Equal(0, run.GetProperty("limits").GetProperty("maxChanges").GetInt32());
        var after = (await Proposals(factory.ClientAs(Role.Admin), second)).Select(p => (p.GetProperty("candidateId").GetString()!, p.GetProperty("vacancyId").GetString()!)).ToHashSet();
        Assert.All(before.Where(p => p.Item1 != leaving), p => Assert.Contains(p, after));
        var budget = Assert.Single(run.GetProperty("sideConstraints").GetProperty("constraints").EnumerateArray());
        Assert.Equal("change-budget", budget.GetProperty("constraint").GetString());
        Assert.Equal(0, budget.GetProperty("changesUsed").GetInt32());
    }

    /// <summary>A completed run with the side constraint in <paramref name="query"/>, and its one report, of <paramref name="kind"/>.</summary>
    private async Task<(JsonElement Run, JsonElement Report)> RunWithOneConstraint(string query, string kind)
    {
        var id = await CompletedRun(query);
        var run = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{id}"));
        Assert.True(run.GetProperty("status").GetString() == "completed", run.ToString());
        var report = Assert.Single(run.GetProperty("sideConstraints").GetProperty("constraints").EnumerateArray());
        Assert.Equal(kind, report.GetProperty("constraint").GetString());
        return (run, report);
    }

    [Fact]
    public async Task Parity_asked_of_a_run_holds_and_is_reported_with_both_rates()
    {
        var (run, parity) = await RunWithOneConstraint("?minWomenRatePercent=100", "parity");
        Assert.Equal(100, run.GetProperty("limits").GetProperty("minWomenRatePercent").GetInt32());
        Assert.True(parity.GetProperty("protectedRate").GetDouble() >= parity.GetProperty("referenceRate").GetDouble() - 0.0001, parity.ToString());
        Assert.True(parity.GetProperty("referenceRate").GetDouble() > 0, parity.ToString());
    }

    [Fact]
    public async Task A_minimum_share_of_training_places_for_the_under_25s_holds_and_is_reported()
    {
        var (run, share) = await RunWithOneConstraint("?minYoungTrainingSharePercent=60", "share");
        Assert.Equal(60, run.GetProperty("limits").GetProperty("minYoungTrainingSharePercent").GetInt32());
        Assert.True(share.GetProperty("protectedRate").GetDouble() >= 0.6 - 0.0001, share.ToString());
    }

    [Theory]
    [InlineData("minYoungTrainingSharePercent=100", "minYoungTrainingSharePercent")]
    [InlineData("minWomenRatePercent=0", "minWomenRatePercent")]
    [InlineData("minWomenRatePercent=80%", "minWomenRatePercent")]
    [InlineData("maxNewHiresPerEmployer=0", "maxNewHiresPerEmployer")]
    [InlineData("maxNewHiresPerEmployer=zwei", "maxNewHiresPerEmployer")]
    [InlineData("maxChanges=-1", "maxChanges")]
    [InlineData("maxChanges=99999999999", "maxChanges")]
    public async Task Run_limits_that_are_not_whole_numbers_in_range_are_refused_with_the_field(string query, string field)
    {
        var response = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs?" + query), null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Withdrawn_consent_hides_the_person_from_every_chamber_view_at_once()
    {
        var id = await CompletedRun();
        var ihk = factory.ClientAs(Role.Chamber);
        var shown = (await Proposals(ihk, id))[0];
        var pseudonym = shown.GetProperty("candidateId").GetString()!;
        var pseudonyms = factory.Services.GetRequiredService<Pseudonyms>();
        var person = (await Proposals(factory.ClientAs(Role.Admin), id)).Select(p => p.GetProperty("candidateId").GetString()!).Single(c => pseudonyms.Of(c) == pseudonym);

        var withdrawn = CandidateWriteTests.Cook(consent: false);
        var put = await factory.ClientAs(Role.Coach).PutAsync(Url($"/candidates/{person}"), new StringContent(withdrawn.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        Assert.DoesNotContain(await Proposals(ihk, id), p => p.GetProperty("candidateId").GetString() == pseudonym);
        var changes = await ihk.GetFromJsonAsync<JsonElement>(Url($"/match-runs/{id}/changes"));
        Assert.DoesNotContain(pseudonym, changes.ToString(), StringComparison.Ordinal);
        var shortlist = await ihk.GetFromJsonAsync<JsonElement>(Url($"/vacancies/{shown.GetProperty("vacancyId").GetString()}/shortlist?k=50"));
        Assert.DoesNotContain(pseudonym, shortlist.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coach_reading_run_proposals_changes_and_a_commitment_is_audited()
    {
        var id = await CompletedRun();
        var coach = factory.ClientAs(Role.Coach);
        await coach.GetAsync(Url($"/match-runs/{id}/proposals"));
        await coach.GetAsync(Url($"/match-runs/{id}/changes"));
        await coach.GetAsync(Url("/candidates/K-000003/commitment"));
        var admin = factory.ClientAs(Role.Admin);
        var run = await admin.GetFromJsonAsync<JsonElement>(Url($"/audit?subjectId={id}"));
        Assert.Contains(run.EnumerateArray(), e => e.GetProperty("action").GetString() == "match-run.proposals");
        Assert.Contains(run.EnumerateArray(), e => e.GetProperty("action").GetString() == "match-run.changes");
        var person = await admin.GetFromJsonAsync<JsonElement>(Url("/audit?subjectId=K-000003"));
        Assert.Contains(person.EnumerateArray(), e => e.GetProperty("action").GetString() == "candidate.commitment");
    }

    [Fact]
    public async Task A_run_judges_the_law_and_pay_floors_as_on_the_date_asked_for()
    {
        var response = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs?on=2027-02-01"), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Runner.Background;
        var run = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{id}"));
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("2027-02-01", run.GetProperty("asOf").GetString());
        var bad = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs?on=2027-02-30"), null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_second_run_while_one_is_going_on_gets_409_with_the_running_id()
    {
        var (running, _) = Store.TryStart("cli", Make.Today);
        try
        {
            var response = await factory.ClientAs(Role.Admin).PostAsync(Url("/match-runs"), null);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal(running, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runningId").GetInt64());
            Assert.Equal(2, RematchCommand.Run(factory.Services));
        }
        finally
        {
            Store.Fail(running!.Value, "test");
        }
    }

    [Theory]
    [InlineData(Role.Coach)]
    [InlineData(Role.Chamber)]
    public async Task Only_the_operator_starts_runs(Role role) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(role).PostAsync(Url("/match-runs"), null)).StatusCode);

    [Fact]
    public async Task Proposals_are_scoped_coaches_see_their_candidates_chambers_their_vacancies_as_pseudonyms()
    {
        var id = await CompletedRun();
        var all = await Proposals(factory.ClientAs(Role.Admin), id);
        var coach = await Proposals(factory.ClientAs(Role.Coach), id);
        Assert.Equal(all.Count, coach.Count); // every demo candidate belongs to the Jobcenter
        Assert.Empty(await Proposals(factory.ClientAs(Role.Coach, MatcherApiFactory.OtherCoaching), id));

        var ihk = await Proposals(factory.ClientAs(Role.Chamber), id);
        var hwk = await Proposals(factory.ClientAs(Role.Chamber, DemoSeeder.Hwk), id);
        Assert.Equal(all.Count, ihk.Count + hwk.Count);
        Assert.All(ihk, p =>
        {
            Assert.StartsWith("P-", p.GetProperty("candidateId").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("AufenthG", p.GetProperty("explanation").GetString(), StringComparison.Ordinal);
            ChamberLegalViewTests.AssertAgrees(p.GetProperty("legalText").GetString()!, p.GetProperty("permittedFrom"), p.GetProperty("permitRequired").GetBoolean(),
                p.GetProperty("baConsentRequired").GetBoolean());
            Assert.EndsWith("Rechtlich: " + p.GetProperty("legalText").GetString(), p.GetProperty("explanation").GetString(), StringComparison.Ordinal);
            ChamberLegalViewTests.AssertNamesNoResidenceTitle(p.ToString());
        });
    }

    [Fact]
    public async Task An_accepted_proposal_is_pinned_in_the_next_run_and_changes_list_what_moved()
    {
        var first = await CompletedRun();
        var firstProposals = await Proposals(factory.ClientAs(Role.Admin), first);
        var coach = factory.ClientAs(Role.Coach);
        var candidate = firstProposals[0].GetProperty("candidateId").GetString()!;
        // Accept a different vacancy than the one proposed: the next run must keep it although it scored less.
        var shortlist = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{candidate}/shortlist?k=10"));
        var proposedVacancy = firstProposals[0].GetProperty("vacancyId").GetString();
        var other = shortlist.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("vacancyId").GetString()!).First(v => v != proposedVacancy);
        var put = await coach.PutAsync(Url($"/candidates/{candidate}/commitment"),
            new StringContent($$"""{"vacancyId":"{{other}}","state":"accepted"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var second = await CompletedRun();
        var pinned = (await Proposals(factory.ClientAs(Role.Admin), second)).Single(p => p.GetProperty("candidateId").GetString() == candidate);
        Assert.Equal(other, pinned.GetProperty("vacancyId").GetString());
        Assert.True(pinned.GetProperty("pinned").GetBoolean());

        var changes = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/match-runs/{second}/changes"));
        Assert.Equal(first, changes.GetProperty("previousRunId").GetInt64());
        var change = changes.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("candidateId").GetString() == candidate);
        Assert.Equal("changed", change.GetProperty("change").GetString());
        Assert.Equal(proposedVacancy, change.GetProperty("previousVacancyId").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await coach.DeleteAsync(Url($"/candidates/{candidate}/commitment"))).StatusCode);
    }

    [Fact]
    public async Task Constraints_that_can_each_be_met_but_not_together_fail_the_run_with_a_plain_reason_and_keep_the_previous_proposals()
    {
        // No change allowed keeps every previous proposal, older people's training places among them; 99 % of the training
        // places for the under 25s would then need about a hundred young people per kept older one.
        var previous = await CompletedRun();
        var before = await Proposals(factory.ClientAs(Role.Admin), previous);
        var id = await CompletedRun("?maxChanges=0&minYoungTrainingSharePercent=99");
        var run = Store.Find(id)!;
        Assert.Equal("failed", run.Status);
        Assert.Contains("„höchstens 0 Änderungen“ und „Ausbildungsplätze mindestens 99 % für unter 25-Jährige“ lassen sich einzeln einhalten, aber nicht alle zugleich", run.Message, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await Proposals(factory.ClientAs(Role.Admin), previous)).Count);
    }

    [Fact]
    public async Task A_cancelled_run_stores_nothing_and_the_previous_proposals_stay_readable()
    {
        var previous = await CompletedRun();
        var before = await Proposals(factory.ClientAs(Role.Admin), previous);
        var (started, _) = Store.TryStart("cli", Make.Today);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        Assert.False(Runner.Execute(started!.Value, cancelled.Token));

        var run = Store.Find(started.Value)!;
        Assert.Equal("failed", run.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await factory.ClientAs(Role.Admin).GetAsync(Url($"/match-runs/{started}/proposals"))).StatusCode);
        Assert.Equal(before.Count, (await Proposals(factory.ClientAs(Role.Admin), previous)).Count);
        await CompletedRun();
    }

    [Fact]
    public async Task A_run_whose_process_was_killed_is_marked_abandoned_and_the_next_run_completes()
    {
        var (orphan, _) = Store.TryStart("cli", Make.Today);
        using (var connection = factory.Services.GetRequiredService<Database>().Open())
            connection.Execute("UPDATE match_runs SET heartbeat_at = '2000-01-01T00:00:00.0000000+00:00' WHERE id = @orphan", new { orphan });
        await CompletedRun();
        Assert.Equal("abandoned", Store.Find(orphan!.Value)!.Status);
    }

    [Fact]
    public async Task Reads_are_served_while_a_run_is_going_on()
    {
        var previous = await CompletedRun();
        var admin = factory.ClientAs(Role.Admin);
        var start = await admin.PostAsync(Url("/match-runs"), null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var reads = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? admin.GetAsync(Url($"/match-runs/{previous}/proposals?limit=10"))
            : admin.GetAsync(Url("/candidates/K-000002/shortlist?k=5")));
        var responses = await Task.WhenAll(reads);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Runner.Background;
    }

    [Fact]
    public void The_rematch_command_runs_once_and_exits_zero()
    {
        Assert.Equal(0, RematchCommand.Run(factory.Services));
        Assert.Equal("cli", Store.List(1, 0)[0].Trigger);
    }

    [Fact]
    public async Task Deleting_a_candidate_removes_them_from_stored_proposals()
    {
        var id = await CompletedRun();
        var coach = factory.ClientAs(Role.Coach);
        var candidate = (await Proposals(coach, id))[0].GetProperty("candidateId").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await coach.DeleteAsync(Url($"/candidates/{candidate}"))).StatusCode);
        Assert.DoesNotContain(await Proposals(factory.ClientAs(Role.Admin), id), p => p.GetProperty("candidateId").GetString() == candidate);
    }
}
