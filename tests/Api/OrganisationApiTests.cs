using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matcher.Api.Access;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class OrganisationApiTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task The_operator_creates_an_organisation_and_a_key_that_works_until_revoked()
    {
        var admin = factory.ClientAs(Role.Admin);
        var created = await admin.PostAsJsonAsync(Url("/organisations"), new { name = "Handwerkskammer Magdeburg", kind = "chamber" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync(Url("/organisations"), new { name = "Handwerkskammer Magdeburg", kind = "chamber" })).StatusCode);

        var key = await (await admin.PostAsync(Url($"/organisations/{id}/keys"), null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("chamber", key.GetProperty("role").GetString());
        var chamber = factory.CreateClient();
        chamber.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key.GetProperty("key").GetString());
        Assert.Equal(0, (await chamber.GetFromJsonAsync<JsonElement>(Url("/vacancies"))).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Url($"/keys/{key.GetProperty("keyId").GetInt64()}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await chamber.GetAsync(Url("/vacancies"))).StatusCode);
    }

    [Fact]
    public async Task Bad_organisations_are_named_and_others_may_not_manage()
    {
        var admin = factory.ClientAs(Role.Admin);
        var bad = await admin.PostAsJsonAsync(Url("/organisations"), new { name = "", kind = "verein" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Coach).GetAsync(Url("/organisations"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(Role.Chamber).PostAsync(Url("/organisations/1/keys"), null)).StatusCode);
    }
}
