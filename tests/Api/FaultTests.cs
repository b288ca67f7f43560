using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Matcher.Api.Access;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>Faults degrade the service, never stop it: a database locked by someone else gives 503s, and nothing is lost.</summary>
public sealed class FaultTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    [Fact]
    public async Task A_write_lock_held_elsewhere_gives_503_with_Retry_After_reads_go_on_and_no_audit_line_is_lost()
    {
        var chamber = factory.ClientAs(Role.Chamber);
        var coach = factory.ClientAs(Role.Coach);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode); // loaded before the lock

        using (var holder = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            holder.Open();
            using var hold = holder.BeginTransaction(); // BEGIN IMMEDIATE: the database's write lock, held like a stuck tool would
            var write = await chamber.PostAsJsonAsync(new Uri("/vacancies", UriKind.Relative), VacancyWriteTests.Electrician("locked-1"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(write.Headers.RetryAfter);
            Assert.Contains("erneut", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

            // Reads never wait for writers, /health included, and a read of personal data queues its audit line.
            Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(new Uri("/candidates/K-000002", UriKind.Relative))).StatusCode);
            await Task.Delay(1500); // the flusher meets the lock and must keep the line
            hold.Rollback();
        }

        var again = await chamber.PostAsJsonAsync(new Uri("/vacancies", UriKind.Relative), VacancyWriteTests.Electrician("locked-1"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var audit = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(new Uri("/audit?subjectId=K-000002", UriKind.Relative));
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "candidate.view");
        using var check = new SqliteConnection($"Data Source={factory.DatabasePath}");
        check.Open();
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(*) FROM vacancies WHERE external_id = 'locked-1'"));
    }
}
