using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class VacancyImportTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private const string Header = "externalId;employer;kind;places;occupation;occupationTitle;latitude;longitude;payEur;weeklyHours;startDate;shifts;essentialSkills";

    private static string Row(string externalId, string places = "1", string pay = "16,80", string title = "", string occupation = "26212") =>
        $"{externalId};\"Elektro Zeitz; Inh. M. Weber\";Stelle;{places};{occupation};{title};51,05;12,14;{pay};38,5;01.03.2027;ja;electrical-installation|cable-laying";

    private async Task<(HttpStatusCode Status, JsonElement Body)> Import(string content, string type, string query = "", string? organisation = null)
    {
        var client = factory.ClientAs(Role.Chamber, organisation);
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        var response = await client.PostAsync(new Uri("/vacancies/import" + query, UriKind.Relative), body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<int> OwnVacancyCount(string? organisation = null) =>
        (await factory.ClientAs(Role.Chamber, organisation).GetFromJsonAsync<JsonElement>(new Uri("/vacancies?limit=1", UriKind.Relative))).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_good_semicolon_file_with_bom_and_decimal_commas_is_imported()
    {
        var csv = "\uFEFF" + Header + "\n" + Row("csv-a1") + "\n" + Row("csv-a2", places: "3") + "\n";
        var (status, body) = await Import(csv, "text/csv", organisation: "IHK Import A");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("created").GetInt32());
        var id = body.GetProperty("rows")[0].GetProperty("id").GetString()!;
        var vacancy = (await factory.ClientAs(Role.Chamber, "IHK Import A").GetFromJsonAsync<JsonElement>(new Uri($"/vacancies/{id}", UriKind.Relative))).GetProperty("vacancy");
        Assert.Equal(16.80m, vacancy.GetProperty("pay").GetProperty("amountEur").GetDecimal());
        Assert.Equal(38.5, vacancy.GetProperty("weeklyHours").GetDouble());
        Assert.Equal(51.05, vacancy.GetProperty("location").GetProperty("latitude").GetDouble());
        Assert.Equal("Elektro Zeitz; Inh. M. Weber", vacancy.GetProperty("employer").GetString());
        Assert.Equal("2027-03-01", vacancy.GetProperty("startDate").GetString());
        Assert.True(vacancy.GetProperty("shifts").GetBoolean());
    }

    [Fact]
    public async Task Importing_the_same_file_again_updates_nothing_and_duplicates_nothing()
    {
        var csv = Header + "\n" + Row("again-1") + "\n" + Row("again-2") + "\n";
        await Import(csv, "text/csv", organisation: "IHK Import B");
        var (status, body) = await Import(csv, "text/csv", organisation: "IHK Import B");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("created").GetInt32());
        Assert.Equal(2, body.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, await OwnVacancyCount("IHK Import B"));

        var changed = Header + "\n" + Row("again-1", places: "4") + "\n";
        var (_, second) = await Import(changed, "text/csv", organisation: "IHK Import B");
        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        Assert.Equal(2, await OwnVacancyCount("IHK Import B"));
    }

    [Fact]
    public async Task A_mixed_file_stores_nothing_and_names_line_field_and_reason()
    {
        var csv = Header + "\n" + Row("mixed-1") + "\n" + Row("mixed-2", places: "null") + "\n" + Row("mixed-3", pay: "-3") + "\n";
        var (status, body) = await Import(csv, "text/csv", organisation: "IHK Import C");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var report = body.GetProperty("report");
        Assert.False(report.GetProperty("committed").GetBoolean());
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["valid", "rejected", "rejected"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(3, rows[1].GetProperty("line").GetInt32());
        Assert.Equal("places", rows[1].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("payEur", rows[2].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0, await OwnVacancyCount("IHK Import C"));
    }

    [Fact]
    public async Task A_partial_import_stores_the_good_rows_only()
    {
        var csv = Header + "\n" + Row("part-1") + "\n" + Row("part-2", occupation: "", title: "Quantenflötist") + "\n";
        var (status, body) = await Import(csv, "text/csv", "?partial=true", organisation: "IHK Import D");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("created").GetInt32());
        Assert.Equal(1, body.GetProperty("rejected").GetInt32());
        Assert.Equal("occupationTitle", body.GetProperty("rows")[1].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(1, await OwnVacancyCount("IHK Import D"));
    }

    [Fact]
    public async Task A_comma_separated_file_with_quoted_decimal_commas_and_a_multi_line_field_is_read()
    {
        var csv = "externalId,employer,kind,places,occupation,latitude,longitude,payEur,weeklyHours,startDate\n"
                + "comma-1,\"Bäckerei Sonntag\nFiliale Weißenfels\",Job,1,29302,51.2,11.97,\"14,90\",40,2027-02-01\n"
                + "comma-2,Bäckerei Sonntag,Job,1,29302,51.2,11.97,15.10,40,2027-02-01\n";
        var (status, body) = await Import(csv, "text/csv", organisation: "IHK Import E");
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(2, body.GetProperty("created").GetInt32());
        Assert.Equal([2, 4], body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Duplicate_external_ids_in_one_file_are_rejected()
    {
        var csv = Header + "\n" + Row("dup-1") + "\n" + Row("dup-1") + "\n";
        var (status, body) = await Import(csv, "text/csv", organisation: "IHK Import F");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Datensatz 1", body.GetProperty("report").GetProperty("rows")[1].GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_column_rejects_the_file_naming_the_column()
    {
        var (status, body) = await Import("externalId;gehalt\nx;3000\n", "text/csv", organisation: "IHK Import G");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("gehalt", body.GetProperty("errors").GetProperty("header")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_array_is_imported_with_per_item_errors_for_unknown_fields()
    {
        var json = JsonSerializer.Serialize(new object[]
        {
            VacancyWriteTests.Electrician("json-1"),
            new { externalId = "json-2", colour = "blau" },
        });
        var (status, body) = await Import(json, "application/json", organisation: "IHK Import H");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var bad = body.GetProperty("report").GetProperty("rows")[1];
        Assert.Equal("json-2", bad.GetProperty("externalId").GetString());
        Assert.Equal("colour", bad.GetProperty("errors")[0].GetProperty("field").GetString());

        var (fixedStatus, fixedBody) = await Import(JsonSerializer.Serialize(new[] { VacancyWriteTests.Electrician("json-1") }), "application/json", organisation: "IHK Import H");
        Assert.Equal(HttpStatusCode.OK, fixedStatus);
        Assert.Equal(1, fixedBody.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_rejected()
    {
        var client = factory.ClientAs(Role.Chamber, "IHK Import I");
        using var body = new ByteArrayContent(Encoding.Latin1.GetBytes("externalId;employer\nä-1;Bäckerei\n"));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync(new Uri("/vacancies/import", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
