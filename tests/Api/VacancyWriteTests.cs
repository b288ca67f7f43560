using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class VacancyWriteTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    internal static object Electrician(string externalId, int places = 2) => new
    {
        externalId,
        employer = "Elektro Naumburg GmbH",
        kind = "Job",
        places,
        occupation = "26212",
        minimumGerman = "B1",
        latitude = 51.15,
        longitude = 11.81,
        payEur = 17.5m,
        weeklyHours = 40,
        startDate = "2027-01-04",
    };

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<JsonElement> Body(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task A_chamber_creates_reads_changes_and_deletes_its_vacancy()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var created = await ihk.PostAsJsonAsync(Url("/vacancies"), Electrician("crud-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Body(created)).GetProperty("id").GetString()!;
        Assert.Equal($"/vacancies/{id}", created.Headers.Location?.OriginalString);

        var read = await ihk.GetFromJsonAsync<JsonElement>(Url($"/vacancies/{id}"));
        Assert.Equal("crud-1", read.GetProperty("externalId").GetString());
        Assert.Equal(2, read.GetProperty("vacancy").GetProperty("places").GetInt32());
        Assert.Equal("Fachkraft", read.GetProperty("vacancy").GetProperty("requiredLevel").GetString());

        var changed = await ihk.PutAsJsonAsync(Url($"/vacancies/{id}"), Electrician("crud-1", places: 5));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(5, (await ihk.GetFromJsonAsync<JsonElement>(Url($"/vacancies/{id}"))).GetProperty("vacancy").GetProperty("places").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await ihk.DeleteAsync(Url($"/vacancies/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ihk.GetAsync(Url($"/vacancies/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ihk.DeleteAsync(Url($"/vacancies/{id}"))).StatusCode);
    }

    [Fact]
    public async Task A_new_vacancy_appears_in_shortlists_at_once()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var id = (await Body(await ihk.PostAsJsonAsync(Url("/vacancies"), Electrician("fresh-1")))).GetProperty("id").GetString()!;
        var shortlist = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/vacancies/{id}/shortlist"));
        Assert.Equal(id, shortlist.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Posting_an_external_id_twice_is_a_conflict_naming_the_existing_vacancy()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var first = await Body(await ihk.PostAsJsonAsync(Url("/vacancies"), Electrician("twice-1")));
        var second = await ihk.PostAsJsonAsync(Url("/vacancies"), Electrician("twice-1"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(first.GetProperty("id").GetString(), (await Body(second)).GetProperty("existingId").GetString());
    }

    [Fact]
    public async Task Another_chamber_cannot_change_or_delete_a_vacancy_and_learns_nothing_about_it()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var id = (await Body(await ihk.PostAsJsonAsync(Url("/vacancies"), Electrician("mine-1")))).GetProperty("id").GetString()!;
        var hwk = factory.ClientAs(Role.Chamber, DemoSeeder.Hwk);
        Assert.Equal(HttpStatusCode.NotFound, (await hwk.PutAsJsonAsync(Url($"/vacancies/{id}"), Electrician("mine-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hwk.DeleteAsync(Url($"/vacancies/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ihk.GetAsync(Url($"/vacancies/{id}"))).StatusCode);
    }

    [Theory]
    [InlineData(Role.Coach)]
    [InlineData(Role.Admin)]
    public async Task Only_chambers_may_write_vacancies(Role role)
    {
        var client = factory.ClientAs(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(Url("/vacancies"), Electrician("nope-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync(Url("/vacancies/S-000001"), Electrician("nope-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync(Url("/vacancies/S-000001"))).StatusCode);
        using var csv = new StringContent("externalId\nx\n", Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(Url("/vacancies/import"), csv)).StatusCode);
    }

    [Fact]
    public async Task Unknown_fields_are_rejected_with_their_names()
    {
        var json = """{"externalId":"u-1","employer":"X","kind":"Job","places":1,"occupation":"26212","latitude":51.1,"longitude":11.8,"payEur":15,"weeklyHours":40,"startDate":"2027-01-01","salary":3000,"plaecs":2}""";
        var response = await factory.ClientAs(Role.Chamber).PostAsync(Url("/vacancies"), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Body(response)).GetProperty("errors");
        Assert.Contains("salary", errors.GetProperty("salary")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("plaecs", out _));
    }

    [Fact]
    public async Task Bad_values_are_named_field_by_field()
    {
        var json = """{"externalId":"","employer":"X","kind":"Praktikum","places":0,"occupation":"99999","latitude":11.8,"longitude":51.1,"payEur":-1,"weeklyHours":90,"startDate":"31.02.2027","minimumGerman":"B3"}""";
        var response = await factory.ClientAs(Role.Chamber).PostAsync(Url("/vacancies"), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Body(response)).GetProperty("errors");
        foreach (var field in new[] { "externalId", "kind", "places", "occupation", "latitude", "longitude", "payEur", "weeklyHours", "startDate", "minimumGerman" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task Wrong_types_name_the_field()
    {
        var json = """{"externalId":"t-1","places":"zwei"}""";
        var response = await factory.ClientAs(Role.Chamber).PostAsync(Url("/vacancies"), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Body(response)).GetProperty("errors").TryGetProperty("places", out _));
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_a_non_json_body_415()
    {
        var client = factory.ClientAs(Role.Chamber);
        var huge = new StringContent($$"""{"employer":"{{new string('x', 70_000)}}"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync(Url("/vacancies"), huge)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync(Url("/vacancies"), new StringContent("a=b", Encoding.UTF8, "text/plain"))).StatusCode);
    }

    [Fact]
    public async Task A_free_text_title_is_resolved_and_an_unknown_one_reported_not_guessed()
    {
        var client = factory.ClientAs(Role.Chamber);
        var resolved = await client.PostAsJsonAsync(Url("/vacancies"), new
        {
            externalId = "title-1", employer = "X", kind = "Ausbildung", places = 1, occupationTitle = "Elektronikerin für Energie- und Gebäudetechnik",
            latitude = 51.1, longitude = 11.8, payEur = 1000, weeklyHours = 39, startDate = "01.08.2027",
        });
        Assert.Equal(HttpStatusCode.Created, resolved.StatusCode);
        var vacancy = (await Body(resolved)).GetProperty("vacancy");
        Assert.Equal("26212", vacancy.GetProperty("occupation").GetString());
        Assert.Equal("Month", vacancy.GetProperty("pay").GetProperty("period").GetString());

        var unknown = await client.PostAsJsonAsync(Url("/vacancies"), new
        {
            externalId = "title-2", employer = "X", kind = "Job", places = 1, occupationTitle = "Quantenflötist",
            latitude = 51.1, longitude = 11.8, payEur = 15, weeklyHours = 39, startDate = "2027-08-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await Body(unknown)).GetProperty("errors").TryGetProperty("occupationTitle", out _));
    }

    [Fact]
    public async Task A_training_title_says_the_kind_of_place_where_the_request_does_not()
    {
        var client = factory.ClientAs(Role.Chamber);
        var created = await client.PostAsJsonAsync(Url("/vacancies"), new
        {
            externalId = "advert-1", employer = "X", places = 1, occupationTitle = "Ausbildung zum Maurer (m/w/d) 2027",
            latitude = 51.1, longitude = 11.8, payEur = 1000, weeklyHours = 39, startDate = "2027-08-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var vacancy = (await Body(created)).GetProperty("vacancy");
        Assert.Equal("32122", vacancy.GetProperty("occupation").GetString());
        Assert.Equal("Apprenticeship", vacancy.GetProperty("kind").GetString());

        var silent = await client.PostAsJsonAsync(Url("/vacancies"), new
        {
            externalId = "advert-2", employer = "X", places = 1, occupationTitle = "Maurer (m/w/d)",
            latitude = 51.1, longitude = 11.8, payEur = 18, weeklyHours = 39, startDate = "2027-08-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.True((await Body(silent)).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_log_with_organisation_and_key()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var id = (await Body(await ihk.PostAsJsonAsync(Url("/vacancies"), Electrician("audit-1")))).GetProperty("id").GetString()!;
        await ihk.DeleteAsync(Url($"/vacancies/{id}"));
        var log = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/audit?subject={id}"));
        var actions = log.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["vacancy.delete", "vacancy.create"], actions);
        Assert.All(log.EnumerateArray(), e => Assert.NotEqual(JsonValueKind.Null, e.GetProperty("keyId").ValueKind));
        Assert.Equal(HttpStatusCode.Forbidden, (await ihk.GetAsync(Url("/audit"))).StatusCode);
    }
}
