using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>An erased person leaves no trace in the database file or its write-ahead log (GDPR art. 17).</summary>
public sealed class ErasureTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    [Fact]
    public async Task A_deleted_person_is_found_nowhere_in_the_database_file_or_its_log()
    {
        // Values that occur nowhere else, so finding any of them in the files means the person was not erased.
        var body = CandidateWriteTests.Cook();
        body["name"] = "Zaynab Qutaishat-Loeschprobe";
        body["contact"] = "zaynab.loeschprobe@example.org";
        body["consent"]!["scope"] = "Einwilligung Loeschprobe 4711";
        body["profile"]!["home"] = JsonNode.Parse("""{ "latitude": 51.1234567891, "longitude": 11.9876543219 }""");
        body["profile"]!["qualifications"]![0]!["recognitionGaps"] = JsonNode.Parse("""["Luecke-Loeschprobe-0815"]""");
        body["profile"]!["qualifications"]![0]!["recognition"] = "Partial";
        var traces = new[] { "Zaynab Qutaishat-Loeschprobe", "zaynab.loeschprobe@example.org", "Einwilligung Loeschprobe 4711", "51.1234567891", "11.9876543219", "Luecke-Loeschprobe-0815" };

        var coach = factory.ClientAs(Role.Coach);
        var created = await coach.PostAsync(new Uri("/candidates", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        // Write it a second time, so that older copies of its pages exist too.
        body["contact"] = "zaynab.loeschprobe@example.org ";
        Assert.Equal(HttpStatusCode.OK, (await coach.PutAsync(new Uri($"/candidates/{id}", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Contains(traces, t => Found(t)); // the check below can see the data while it is there

        Assert.Equal(HttpStatusCode.NoContent, (await coach.DeleteAsync(new Uri($"/candidates/{id}", UriKind.Relative))).StatusCode);

        var left = traces.Where(Found).ToList();
        Assert.True(left.Count == 0, "still in the files: " + string.Join(", ", left));
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(new Uri($"/candidates/{id}", UriKind.Relative))).StatusCode);
    }

    /// <summary>Whether <paramref name="text"/> occurs in the database file or its -wal, read while the service runs.</summary>
    private bool Found(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var suffix in new[] { "", "-wal" })
        {
            var path = factory.DatabasePath + suffix;
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}
