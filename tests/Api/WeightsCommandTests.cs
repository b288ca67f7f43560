using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Outcomes;
using Matcher.Api.Runs;
using Matcher.Api.Storage;
using Matcher.Core.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary><c>weights fit</c> on the test region's recorded outcomes, and the weights file the service reports.</summary>
public sealed class WeightsCommandTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    [Fact]
    public async Task Weights_fit_fits_to_recorded_outcomes_and_writes_a_file_the_service_can_load_only_when_asked()
    {
        // Outcomes for a run's proposals: the better-scored half lasted, the rest were declined or ended early.
        var started = await factory.ClientAs(Role.Admin).PostAsync(new Uri("/match-runs", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await factory.Services.GetRequiredService<MatchRunner>().Background;
        var store = factory.Services.GetRequiredService<MatchRunStore>();
        var proposals = store.Proposals(store.LatestCompleted()!.Value, null, null).OrderByDescending(p => p.Score).ToList();
        Assert.True(proposals.Count >= 60, $"{proposals.Count} proposals");
        using (var connection = factory.Services.GetRequiredService<Database>().Open())
        {
            for (var i = 0; i < proposals.Count; i++)
                connection.Execute(
                    """
                    INSERT INTO outcomes (candidate_id, vacancy_id, occupation, stage, decided_by, reason, happened_on, recorded_at, organisation_id)
                    VALUES (@c, @v, '51311', @stage, @by, @reason, '2026-10-01', '2026-10-01T00:00:00Z', @org)
                    """,
                    new
                    {
                        c = proposals[i].CandidateId, v = proposals[i].VacancyId, org = proposals[i].CandidateOrganisation,
                        stage = i % 3 == 0 || i < proposals.Count / 2 && i % 3 != 1 ? "retained" : i % 2 == 0 ? "declined" : "ended_early",
                        by = i % 3 == 0 || i < proposals.Count / 2 && i % 3 != 1 ? null : "person",
                        reason = i % 3 == 0 || i < proposals.Count / 2 && i % 3 != 1 ? null : "commute",
                    });
        }

        var output = Path.Combine(Path.GetTempPath(), $"fitted-{Guid.NewGuid():N}.json");
        var console = new StringWriter();
        var withoutOut = WeightsCommand.Run(["weights", "fit"], factory.Services, console, console);
        Assert.False(File.Exists(output));
        var withOut = WeightsCommand.Run(["weights", "fit", "--out", output], factory.Services, console, console);
        Assert.True(withoutOut == 0, console.ToString());
        Assert.Equal(0, withOut);
        var text = console.ToString();
        Assert.Contains("| Wesentliche Kompetenzen |", text, StringComparison.Ordinal);
        Assert.Contains("AUC im Dienst", text, StringComparison.Ordinal);
        Assert.Contains("Gewichte des Dienstes: ", text, StringComparison.Ordinal);
        using var file = File.OpenRead(output);
        var fitted = ScoringWeights.Load(file, output);
        Assert.All(Enum.GetValues<ScoreComponentKind>(), kind => Assert.True(fitted.For(kind) >= 0));
        File.Delete(output);
    }

    [Theory]
    [InlineData("weights")]
    [InlineData("weights", "fit", "--from", "/nowhere/matcher.db")]
    [InlineData("weights", "fit", "--schnell")]
    public void Bad_arguments_get_a_message_and_exit_code_1(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(1, WeightsCommand.Run(args, factory.Services, TextWriter.Null, error));
        Assert.NotEmpty(error.ToString());
    }

    [Fact]
    public async Task Health_names_the_weights_file_and_its_hash()
    {
        var health = await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/health", UriKind.Relative));
        var weights = health.GetProperty("scoringWeights");
        Assert.Equal("scoring-weights.json", weights.GetProperty("file").GetString());
        Assert.Matches("^[0-9a-f]{64}$", weights.GetProperty("sha256").GetString()!);
    }
}
