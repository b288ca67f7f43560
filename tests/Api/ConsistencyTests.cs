using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>Acknowledged writes are visible to every read that starts after them, and a deletion is never undone by a stale state.</summary>
public sealed class ConsistencyTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    [Fact]
    public async Task Many_clients_creating_deleting_and_reading_at_once_never_see_a_stale_state()
    {
        var stale = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        // Readers that would reload or cache a state while writers commit.
        var pollers = Enumerable.Range(0, 3).Select(i => Task.Run(async () =>
        {
            var client = factory.ClientAs(Role.Admin);
            while (!stop.IsCancellationRequested)
            {
                await client.GetAsync(new Uri(i == 0 ? "/health" : "/candidates?limit=5", UriKind.Relative));
                await client.GetAsync(new Uri("/vacancies/S-000001/shortlist?k=3", UriKind.Relative));
            }
        })).ToList();
        var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            var coach = factory.ClientAs(Role.Coach);
            for (var n = 0; n < 15; n++)
            {
                var body = CandidateWriteTests.Cook();
                body["name"] = $"Schreiber {w}-{n}";
                var created = await coach.PostAsync(new Uri("/candidates", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                if ((await coach.GetAsync(new Uri($"/candidates/{id}", UriKind.Relative))).StatusCode != HttpStatusCode.OK) stale.Add($"{id} not readable after its creation");
                Assert.Equal(HttpStatusCode.NoContent, (await coach.DeleteAsync(new Uri($"/candidates/{id}", UriKind.Relative))).StatusCode);
                for (var look = 0; look < 3; look++)
                {
                    var after = await coach.GetAsync(new Uri($"/candidates/{id}", UriKind.Relative));
                    if (after.StatusCode != HttpStatusCode.NotFound) stale.Add($"{id} still served after its deletion ({after.StatusCode})");
                }
            }
        })).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(pollers);
        Assert.True(stale.IsEmpty, string.Join(Environment.NewLine, stale.Take(10)));
        // Nothing of it is left behind either.
        var list = await factory.ClientAs(Role.Coach).GetFromJsonAsync<JsonElement>(new Uri("/candidates?limit=500", UriKind.Relative));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() is { } name && name.StartsWith("Schreiber", StringComparison.Ordinal));
    }
}
