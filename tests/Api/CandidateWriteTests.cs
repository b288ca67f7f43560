using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class CandidateWriteTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    /// <summary>A cook from Syria with a recognised qualification, living in Naumburg, with or without consent.</summary>
    internal static JsonObject Cook(bool consent = true)
    {
        var body = JsonNode.Parse("""
        {
          "name": "Rana Al-Hassan",
          "contact": "0151 2345678",
          "profile": {
            "home": { "latitude": 51.152, "longitude": 11.81 },
            "mobility": { "modes": "PublicTransport, Bicycle", "maxDailyCommuteMinutes": 120, "hasDrivingLicence": false },
            "germanLevel": "B1",
            "residence": { "title": "Fluechtlingseigenschaft", "staySince": "2022-03-01", "titleSince": "2023-01-15", "validUntil": "2026-01-14", "facts": "IdentityClarified" },
            "preferences": { "desiredOccupations": ["29302"], "wantsPartTime": false, "acceptsShifts": true, "interestedInApprenticeship": true },
            "availableFrom": "2026-12-01",
            "otherLanguages": [ { "language": "ar", "level": "C2" } ],
            "qualifications": [ { "occupation": "29302", "level": "Fachkraft", "country": "SY", "recognition": "Full", "recognitionGaps": [] } ],
            "skills": ["cooking", "food-prep"]
          }
        }
        """)!.AsObject();
        if (consent) body["consent"] = new JsonObject { ["givenOn"] = "2026-11-20", ["scope"] = "Abgleich mit Stellen im Burgenlandkreis" };
        return body;
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Body(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<string> Register(HttpClient coach, JsonObject body)
    {
        var response = await coach.PostAsync(Url("/candidates"), Json(body));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Body(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_coach_registers_a_candidate_who_is_then_shortlisted()
    {
        var coach = factory.ClientAs(Role.Coach);
        var id = await Register(coach, Cook());
        var read = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}"));
        Assert.Equal("Rana Al-Hassan", read.GetProperty("name").GetString());
        Assert.Equal("2026-11-20", read.GetProperty("consent").GetProperty("givenOn").GetString());
        Assert.Equal(51.152, read.GetProperty("profile").GetProperty("home").GetProperty("latitude").GetDouble());
        var shortlist = await coach.GetAsync(Url($"/candidates/{id}/shortlist"));
        Assert.Equal(HttpStatusCode.OK, shortlist.StatusCode);
    }

    [Fact]
    public async Task Without_consent_a_candidate_is_stored_but_never_matched()
    {
        var coach = factory.ClientAs(Role.Coach);
        var id = await Register(coach, Cook(consent: false));
        Assert.Equal(HttpStatusCode.Conflict, (await coach.GetAsync(Url($"/candidates/{id}/shortlist"))).StatusCode);
        var snapshot = factory.Services.GetRequiredService<Matcher.Api.Region.RegionStore>().Current;
        Assert.DoesNotContain(snapshot.MatchableCandidates, c => c.Id == id);

        var withConsent = await coach.PutAsync(Url($"/candidates/{id}"), Json(Cook(consent: true)));
        Assert.Equal(HttpStatusCode.OK, withConsent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(Url($"/candidates/{id}/shortlist"))).StatusCode);
    }

    [Fact]
    public async Task Deletion_removes_all_personal_data_and_keeps_an_anonymous_count()
    {
        var coach = factory.ClientAs(Role.Coach);
        var id = await Register(coach, Cook());
        Assert.Equal(HttpStatusCode.NoContent, (await coach.DeleteAsync(Url($"/candidates/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(Url($"/candidates/{id}"))).StatusCode);

        using var connection = factory.Services.GetRequiredService<Database>().Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM candidates WHERE public_id = @id OR display_name = 'Rana Al-Hassan' AND public_id = @id", new { id }));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM proposals WHERE candidate_id = @id", new { id }));
        Assert.True(connection.ExecuteScalar<long>("SELECT coalesce(sum(count), 0) FROM anonymous_statistics WHERE metric = 'candidates.deleted'") >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.DeleteAsync(Url($"/candidates/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_coach_can_neither_change_nor_delete_and_learns_nothing()
    {
        var id = await Register(factory.ClientAs(Role.Coach), Cook());
        var other = factory.ClientAs(Role.Coach, MatcherApiFactory.OtherCoaching);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsync(Url($"/candidates/{id}"), Json(Cook()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync(Url($"/candidates/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientAs(Role.Coach).GetAsync(Url($"/candidates/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Chambers_may_not_write_candidates_and_the_operator_may_only_delete()
    {
        var chamber = factory.ClientAs(Role.Chamber);
        Assert.Equal(HttpStatusCode.Forbidden, (await chamber.PostAsync(Url("/candidates"), Json(Cook()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chamber.DeleteAsync(Url("/candidates/K-000001"))).StatusCode);
        var admin = factory.ClientAs(Role.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync(Url("/candidates"), Json(Cook()))).StatusCode);
        var id = await Register(factory.ClientAs(Role.Coach), Cook());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Url($"/candidates/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Unknown_nested_fields_and_missing_required_ones_are_named()
    {
        var body = Cook();
        body["profile"]!["mobility"]!["colour"] = "blau";
        var unknown = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await Body(unknown)).GetProperty("errors").TryGetProperty("profile.mobility.colour", out _));

        var missing = Cook();
        missing["profile"]!.AsObject().Remove("residence");
        var response = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), Json(missing));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Body(response)).GetProperty("errors").TryGetProperty("profile.residence", out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_enums_dates_and_codes_are_named()
    {
        var body = Cook();
        body["profile"]!["germanLevel"] = "B3";
        var badEnum = await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        Assert.True((await Body(badEnum)).GetProperty("errors").TryGetProperty("profile.germanLevel", out _));

        var date = Cook();
        date["consent"]!["givenOn"] = "2027-01-01";
        date["profile"]!["qualifications"]![0]!["country"] = "Syrien";
        date["profile"]!["preferences"]!["desiredOccupations"]![0] = "99991";
        var errors = (await Body(await factory.ClientAs(Role.Coach).PostAsync(Url("/candidates"), Json(date)))).GetProperty("errors");
        foreach (var field in new[] { "consent.givenOn", "profile.qualifications[0].country", "profile.preferences.desiredOccupations[0]" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task A_Fiktionsbescheinigung_81_Abs4_needs_the_previous_title_and_only_it_has_one()
    {
        var coach = factory.ClientAs(Role.Coach);
        var missing = Cook();
        missing["profile"]!["residence"]!["title"] = "Fiktionsbescheinigung81Abs4";
        var response = await coach.PostAsync(Url("/candidates"), Json(missing));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Body(response)).GetProperty("errors").TryGetProperty("profile.residence.previousTitle", out _));

        var stray = Cook();
        stray["profile"]!["residence"]!["previousTitle"] = "Duldung";
        Assert.Equal(HttpStatusCode.BadRequest, (await coach.PostAsync(Url("/candidates"), Json(stray))).StatusCode);

        var good = Cook();
        good["profile"]!["residence"]!["title"] = "Fiktionsbescheinigung81Abs4";
        good["profile"]!["residence"]!["previousTitle"] = "SubsidiaererSchutz";
        good["profile"]!["residence"]!["validUntil"] = "2027-06-30";
        var id = await Register(coach, good);
        var entries = (await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/shortlist?k=3"))).GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith("§81 Abs. 4", e.GetProperty("eligibility").GetProperty("legalBasis").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upskilling_lists_missing_skills_for_targets_and_steps_up_from_the_qualification()
    {
        var coach = factory.ClientAs(Role.Coach);
        var id = await Register(coach, Cook());
        var advice = await coach.GetFromJsonAsync<JsonElement>(Url($"/candidates/{id}/upskilling?targets=29302,51312"));
        var targets = advice.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["29302", "51312"], targets.Select(t => t.GetProperty("occupation").GetString()));
        Assert.Equal(1.0, targets[0].GetProperty("heldShare").GetDouble()); // a fully recognised cook holds every essential cooking skill
        Assert.NotEmpty(targets[1].GetProperty("missingEssential").EnumerateArray());
        Assert.All(advice.GetProperty("stepsUp").EnumerateArray(), s => Assert.Equal("Spezialist", s.GetProperty("target").GetProperty("level").GetString()));

        var bad = await coach.GetAsync(Url($"/candidates/{id}/upskilling?targets=2930,99991"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(2, (await Body(bad)).GetProperty("errors").GetProperty("targets").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Role.Coach, MatcherApiFactory.OtherCoaching).GetAsync(Url($"/candidates/{id}/upskilling"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Chamber).GetAsync(Url($"/candidates/{id}/upskilling"))).StatusCode);
    }

    [Fact]
    public async Task Reading_a_candidate_is_audited()
    {
        var coach = factory.ClientAs(Role.Coach);
        var id = await Register(coach, Cook());
        await coach.GetAsync(Url($"/candidates/{id}"));
        await coach.GetAsync(Url($"/candidates/{id}/shortlist"));
        var log = await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(Url($"/audit?subject={id}"));
        Assert.Equal(["candidate.shortlist", "candidate.view", "candidate.create"], log.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }
}
