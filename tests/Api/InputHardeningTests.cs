using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>What a careless or hostile client can send gets a 400 naming the field, never a 500 and never stored.</summary>
public sealed class InputHardeningTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Theory]
    [InlineData("qualifications", "profile.qualifications[0]")]
    [InlineData("otherLanguages", "profile.otherLanguages[0]")]
    [InlineData("skills", "profile.skills[0]")]
    public async Task A_null_item_in_a_list_is_a_400_naming_it_on_create_and_replace(string list, string field)
    {
        var coach = factory.ClientAs(Role.Coach);
        var body = CandidateWriteTests.Cook();
        body["profile"]![list] = new JsonArray((JsonNode?)null);
        Assert.True((await Errors(await coach.PostAsync(new Uri("/candidates", UriKind.Relative), Json(body)))).TryGetProperty(field, out _));
        Assert.True((await Errors(await coach.PutAsync(new Uri("/candidates/K-000001", UriKind.Relative), Json(body)))).TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Numbers_sent_as_strings_are_refused()
    {
        var vacancy = JsonSerializer.SerializeToNode(VacancyWriteTests.Electrician("strings-1"))!;
        vacancy["places"] = "2";
        var errors = await Errors(await factory.ClientAs(Role.Chamber).PostAsync(new Uri("/vacancies", UriKind.Relative), Json(vacancy)));
        Assert.True(errors.TryGetProperty("places", out _), errors.ToString());
    }

    [Theory]
    [InlineData("name", "Rana\u0007 Al-Hassan")]
    [InlineData("name", "Rana \u202EnassaH-lA")]
    [InlineData("name", "=HYPERLINK(\"http://x\",\"Klick\")")]
    [InlineData("consent.scope", "+cmd|' /C calc'!A0")]
    [InlineData("profile.qualifications[0].recognitionGaps[0]", "Pharmakologie\u0000")]
    public async Task Control_characters_and_formulas_in_free_text_are_refused(string field, string value)
    {
        var body = CandidateWriteTests.Cook();
        switch (field)
        {
            case "name": body["name"] = value; break;
            case "consent.scope": body["consent"]!["scope"] = value; break;
            default:
                body["profile"]!["qualifications"]![0]!["recognition"] = "Partial";
                body["profile"]!["qualifications"]![0]!["recognitionGaps"] = new JsonArray(value);
                break;
        }
        var errors = await Errors(await factory.ClientAs(Role.Coach).PostAsync(new Uri("/candidates", UriKind.Relative), Json(body)));
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Overlong_recognition_gaps_and_organisation_names_are_refused_and_phone_numbers_pass()
    {
        var body = CandidateWriteTests.Cook();
        body["profile"]!["qualifications"]![0]!["recognition"] = "Partial";
        body["profile"]!["qualifications"]![0]!["recognitionGaps"] = new JsonArray(new string('x', 20_000));
        Assert.True((await Errors(await factory.ClientAs(Role.Coach).PostAsync(new Uri("/candidates", UriKind.Relative), Json(body))))
            .TryGetProperty("profile.qualifications[0].recognitionGaps[0]", out _));

        var organisation = new JsonObject { ["name"] = new string('y', 20_000), ["kind"] = "chamber" };
        Assert.True((await Errors(await factory.ClientAs(Role.Admin).PostAsync(new Uri("/organisations", UriKind.Relative), Json(organisation))))
            .TryGetProperty("name", out _));

        var phone = CandidateWriteTests.Cook();
        phone["contact"] = "+49 151 2345678";
        Assert.Equal(HttpStatusCode.Created, (await factory.ClientAs(Role.Coach).PostAsync(new Uri("/candidates", UriKind.Relative), Json(phone))).StatusCode);
    }

    [Fact]
    public async Task A_formula_cell_in_a_CSV_import_rejects_the_row_and_stores_nothing()
    {
        const string header = "externalId;employer;kind;places;occupation;occupationTitle;latitude;longitude;payEur;weeklyHours;startDate;shifts;essentialSkills";
        var csv = header + "\nformula-1;\"=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\";Stelle;1;26212;;51,05;12,14;16,80;38,5;01.03.2027;ja;\n";
        var chamber = factory.ClientAs(Role.Chamber, "IHK Formeltest");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var response = await chamber.PostAsync(new Uri("/vacancies/import", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report");
        Assert.False(report.GetProperty("committed").GetBoolean());
        var error = report.GetProperty("rows")[0].GetProperty("errors")[0];
        Assert.Equal("employer", error.GetProperty("field").GetString());
        Assert.Contains("Formel", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await chamber.GetFromJsonAsync<JsonElement>(new Uri("/vacancies?limit=1", UriKind.Relative))).GetProperty("total").GetInt32());
    }
}
