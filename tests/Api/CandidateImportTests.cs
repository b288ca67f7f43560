using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>A coaching organisation's own ids for people, and its caseload brought in bulk: all or nothing, a report per row.</summary>
public sealed class CandidateImportTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private const string Header =
        "externalId;name;contact;consentGivenOn;consentScope;latitude;longitude;commuteModes;maxDailyCommuteMinutes;drivingLicence;germanLevel;"
        + "residenceTitle;staySince;titleSince;validUntil;residenceFacts;availableFrom;desiredOccupations;interestedInApprenticeship;otherLanguages;qualifications;skills";

    private static string Row(string externalId, string name = "Rana Al-Hassan", string title = "Subsidiärer Schutz", string minutes = "120", string latitude = "51,152") =>
        $"{externalId};{name};0151 2345678;20.11.2026;Abgleich im Burgenlandkreis;{latitude};11,81;PublicTransport|Bicycle;{minutes};nein;b1;"
        + $"{title};01.03.2022;15.01.2023;;IdentityClarified;01.12.2026;29302;ja;ar:C2|en:B1;29302:Fachkraft:SY:Partial:Hygienerecht;cooking|food-prep";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<(HttpStatusCode Status, JsonElement Body)> Import(string content, string type, string query = "", string organisation = "Jobcenter Import")
    {
        var client = factory.ClientAs(Role.Coach, organisation);
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        var response = await client.PostAsync(Url("/candidates/import" + query), body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<int> OwnCount(string organisation) =>
        (await factory.ClientAs(Role.Coach, organisation).GetFromJsonAsync<JsonElement>(Url("/candidates?limit=1"))).GetProperty("total").GetInt32();

    private static JsonElement RowResult(JsonElement report, int row) => report.GetProperty("rows")[row - 1];

    [Fact]
    public async Task A_caseload_file_is_imported_with_umlauts_german_dates_and_lists()
    {
        const string org = "Jobcenter Import A";
        var (status, body) = await Import("\uFEFF" + Header + "\n" + Row("FA-1") + "\n" + Row("FA-2", name: "Olena Kovalenko", title: "VoruebergehenderSchutz") + "\n", "text/csv", organisation: org);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(2, body.GetProperty("created").GetInt32());
        var id = RowResult(body, 1).GetProperty("id").GetString()!;
        var person = await factory.ClientAs(Role.Coach, org).GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}"));
        Assert.Equal("FA-1", person.GetProperty("externalId").GetString());
        var profile = person.GetProperty("profile");
        Assert.Equal("SubsidiaererSchutz", profile.GetProperty("residence").GetProperty("title").GetString());
        Assert.Equal("2023-01-15", profile.GetProperty("residence").GetProperty("titleSince").GetString());
        Assert.Equal("B1", profile.GetProperty("germanLevel").GetString());
        Assert.Equal("PublicTransport, Bicycle", profile.GetProperty("mobility").GetProperty("modes").GetString());
        var qualification = profile.GetProperty("qualifications")[0];
        Assert.Equal("Partial", qualification.GetProperty("recognition").GetString());
        Assert.Equal("Hygienerecht", qualification.GetProperty("recognitionGaps")[0].GetString());
        Assert.Equal(2, profile.GetProperty("otherLanguages").GetArrayLength());
        Assert.Equal("2026-11-20", person.GetProperty("consent").GetProperty("givenOn").GetString());
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_changed_row_updates_its_person()
    {
        const string org = "Jobcenter Import B";
        var file = Header + "\n" + Row("FB-1") + "\n" + Row("FB-2", name: "Ahmad Noori") + "\n";
        Assert.Equal(HttpStatusCode.OK, (await Import(file, "text/csv", organisation: org)).Status);
        var (status, again) = await Import(file, "text/csv", organisation: org);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32());

        var (_, changed) = await Import(Header + "\n" + Row("FB-1", minutes: "90") + "\n", "text/csv", organisation: org);
        Assert.Equal(1, changed.GetProperty("updated").GetInt32());
        Assert.Equal(2, await OwnCount(org));
    }

    [Fact]
    public async Task A_file_with_a_bad_row_stores_nothing_and_names_the_column_and_the_reason()
    {
        const string org = "Jobcenter Import C";
        var file = Header + "\n" + Row("FC-1") + "\n" + Row("FC-2", title: "Touristenvisum") + "\n" + Row("FC-3", minutes: "900") + "\n";
        var (status, body) = await Import(file, "text/csv", organisation: org);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var report = body.GetProperty("report");
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.Equal("valid", RowResult(report, 1).GetProperty("status").GetString());
        var badTitle = RowResult(report, 2);
        Assert.Equal(3, badTitle.GetProperty("line").GetInt32());
        Assert.Equal("residenceTitle", badTitle.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("Duldung", badTitle.GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var badMinutes = RowResult(report, 3).GetProperty("errors")[0];
        Assert.Equal("maxDailyCommuteMinutes", badMinutes.GetProperty("field").GetString());
        Assert.Contains("600", badMinutes.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await OwnCount(org));

        var (partialStatus, partial) = await Import(file, "text/csv", "?partial=true", org);
        Assert.Equal(HttpStatusCode.OK, partialStatus);
        Assert.Equal(1, partial.GetProperty("created").GetInt32());
        Assert.Equal(2, partial.GetProperty("rejected").GetInt32());
        Assert.Equal(1, await OwnCount(org));
    }

    [Fact]
    public async Task Every_row_needs_its_external_id_once()
    {
        var file = Header + "\n" + Row("") + "\n" + Row("FD-1") + "\n" + Row("FD-1") + "\n";
        var (status, body) = await Import(file, "text/csv", organisation: "Jobcenter Import D");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var report = body.GetProperty("report");
        Assert.Equal("externalId", RowResult(report, 1).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("Datensatz 2", RowResult(report, 3).GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_array_is_imported_with_the_apis_field_paths_in_errors()
    {
        const string org = "Jobcenter Import E";
        var good = CandidateWriteTests.Cook();
        good["externalId"] = "FE-1";
        var bad = CandidateWriteTests.Cook();
        bad["externalId"] = "FE-2";
        bad["profile"]!["mobility"]!["maxDailyCommuteMinutes"] = 0;
        var (status, body) = await Import(new JsonArray(good, bad).ToJsonString(), "application/json", organisation: org);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("profile.mobility.maxDailyCommuteMinutes", RowResult(body.GetProperty("report"), 2).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0, await OwnCount(org));
    }

    [Fact]
    public async Task A_retried_registration_with_the_same_external_id_gets_409_with_the_existing_person()
    {
        var coach = factory.ClientAs(Role.Coach, "Jobcenter Import F");
        var body = CandidateWriteTests.Cook();
        body["externalId"] = "FF-1";
        var first = await coach.PostAsync(Url("/candidates"), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var retry = await coach.PostAsync(Url("/candidates"), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Equal(id, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existingId").GetString());
        Assert.Equal(1, await OwnCount("Jobcenter Import F"));

        // Another organisation may use the same id for its own person.
        var other = factory.ClientAs(Role.Coach, "Jobcenter Import G");
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsync(Url("/candidates"), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Chambers_cannot_import_people()
    {
        var chamber = factory.ClientAs(Role.Chamber);
        using var content = new StringContent(Header + "\n" + Row("FH-1") + "\n", Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.Forbidden, (await chamber.PostAsync(Url("/candidates/import"), content)).StatusCode);
    }
}
