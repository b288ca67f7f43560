using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>
/// Every endpoint × every caller: no key, a chamber and another chamber, the candidates' coach and another
/// organisation's coach, the operator. 401 without a key, 403 for a forbidden action, 404 for records of other
/// organisations (their existence is not revealed). Writes are sent with an empty body so that nothing changes:
/// callers who may write get 400 for it.
/// </summary>
public sealed class AuthorizationMatrixTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private const int Ok = 200, Bad = 400, NoKey = 401, Forbidden = 403, NotFound = 404;

    private static readonly string[] Callers = ["anonymous", "ihk", "hwk", "coach", "otherCoach", "admin"];

    // Status per caller, in the order of Callers. {c}: a candidate of the Jobcenter; {v}: a vacancy of the IHK.
    private static readonly (string Method, string Path, int[] Expected)[] Matrix =
    [
        ("GET", "/candidates", [NoKey, Forbidden, Forbidden, Ok, Ok, Ok]),
        ("POST", "/candidates", [NoKey, Forbidden, Forbidden, Bad, Bad, Forbidden]),
        ("POST", "/candidates/import", [NoKey, Forbidden, Forbidden, Bad, Bad, Forbidden]),
        ("GET", "/candidates/{c}", [NoKey, Forbidden, Forbidden, Ok, NotFound, Ok]),
        ("PUT", "/candidates/{c}", [NoKey, Forbidden, Forbidden, Bad, NotFound, Forbidden]),
        ("DELETE", "/candidates/{c}", [NoKey, Forbidden, Forbidden, -1, NotFound, -1]),
        ("GET", "/candidates/{c}/shortlist", [NoKey, Forbidden, Forbidden, Ok, NotFound, Ok]),
        ("GET", "/candidates/{c}/check?vacancy={v}", [NoKey, Forbidden, Forbidden, Ok, NotFound, Ok]),
        ("GET", "/candidates/{c}/commitment", [NoKey, Forbidden, Forbidden, NotFound, NotFound, Forbidden]),
        ("PUT", "/candidates/{c}/commitment", [NoKey, Forbidden, Forbidden, Bad, NotFound, Forbidden]),
        ("GET", "/vacancies", [NoKey, Ok, Ok, Ok, Ok, Ok]),
        ("POST", "/vacancies", [NoKey, Bad, Bad, Forbidden, Forbidden, Forbidden]),
        ("GET", "/vacancies/{v}", [NoKey, Ok, NotFound, Ok, Ok, Ok]),
        ("PUT", "/vacancies/{v}", [NoKey, Bad, NotFound, Forbidden, Forbidden, Forbidden]),
        ("DELETE", "/vacancies/{v}", [NoKey, -1, NotFound, Forbidden, Forbidden, Forbidden]),
        ("POST", "/vacancies/import", [NoKey, Bad, Bad, Forbidden, Forbidden, Forbidden]),
        ("GET", "/vacancies/{v}/shortlist", [NoKey, Ok, NotFound, Ok, Ok, Ok]),
        ("POST", "/match-runs", [NoKey, Forbidden, Forbidden, Forbidden, Forbidden, -1]),
        ("GET", "/match-runs", [NoKey, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/audit", [NoKey, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("GET", "/taxonomy/occupations?q=Koch", [NoKey, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/health", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/openapi/v1.json", [Ok, Ok, Ok, Ok, Ok, Ok]), // describes the API, holds no data: open, as the README says
        ("GET", "/match-runs/1/proposals", [NoKey, NotFound, NotFound, NotFound, NotFound, NotFound]),
    ];

    private HttpClient Client(string caller) => caller switch
    {
        "anonymous" => factory.CreateClient(),
        "ihk" => factory.ClientAs(Role.Chamber, DemoSeeder.Ihk),
        "hwk" => factory.ClientAs(Role.Chamber, DemoSeeder.Hwk),
        "coach" => factory.ClientAs(Role.Coach, DemoSeeder.Jobcenter),
        "otherCoach" => factory.ClientAs(Role.Coach, MatcherApiFactory.OtherCoaching),
        _ => factory.ClientAs(Role.Admin),
    };

    [Fact]
    public async Task Every_role_gets_exactly_its_rights_on_every_endpoint()
    {
        var ihkVacancy = (await factory.ClientAs(Role.Chamber, DemoSeeder.Ihk).GetFromJsonAsync<JsonElement>(new Uri("/vacancies?limit=1", UriKind.Relative)))
            .GetProperty("items")[0].GetProperty("id").GetString()!;
        var wrong = new List<string>();
        foreach (var (method, template, expected) in Matrix)
        {
            var path = template.Replace("{c}", "K-000001", StringComparison.Ordinal).Replace("{v}", ihkVacancy, StringComparison.Ordinal);
            for (var i = 0; i < Callers.Length; i++)
            {
                if (expected[i] < 0) continue; // an allowed destructive action, covered by its own test
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
                if (method is "POST" or "PUT")
                    request.Content = new StringContent(path.EndsWith("/import", StringComparison.Ordinal) ? "" : "{}", Encoding.UTF8,
                        path.EndsWith("/import", StringComparison.Ordinal) ? "text/csv" : "application/json");
                using var response = await Client(Callers[i]).SendAsync(request);
                if ((int)response.StatusCode != expected[i]) wrong.Add($"{method} {template} as {Callers[i]}: {(int)response.StatusCode}, expected {expected[i]}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
