using System.Net.Http.Json;
using System.Text.Json;
using Matcher.Api.Access;
using Matcher.Api.Explanations;
using Matcher.Core.Eligibility;
using Matcher.Core.Residence;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>
/// What chambers are told of the law: what the employer must act on (§4a Abs. 5 AufenthG, §404 SGB III: from when, a
/// permit of the Ausländerbehörde, the consent of the BA), the same in the structured answer and in the explanation, and
/// never the residence title.
/// </summary>
public sealed class ChamberLegalViewTests(MatcherApiFactory factory) : IClassFixture<MatcherApiFactory>
{
    private static readonly string[] TitleWords =
    [
        .. Enum.GetNames<ResidenceTitle>(), "Duldung", "Gestattung", "Asylberecht", "Flüchtlingseigenschaft", "subsidiär", "Abschiebungsverbot",
        "Vorübergehender Schutz", "Niederlassungserlaubnis", "Freizügigkeit", "Blaue Karte", "Chancen-Aufenthalt", "Fiktionsbescheinigung",
        "Familiennachzug", "Aufnahmeprogramm", "AufenthG", "AsylG", "BeschV",
    ];

    /// <summary>The sentence says exactly what the flags say: the date, the permit, the consent.</summary>
    internal static void AssertAgrees(string text, JsonElement permittedFrom, bool permit, bool consent)
    {
        Assert.Equal(permit, text.Contains("Erlaubnis der Ausländerbehörde", StringComparison.Ordinal));
        Assert.Equal(consent, text.Contains("Zustimmung der BA", StringComparison.Ordinal));
        if (permittedFrom.ValueKind == JsonValueKind.String)
            Assert.Contains($"ab {DateOnly.Parse(permittedFrom.GetString()!, System.Globalization.CultureInfo.InvariantCulture):dd.MM.yyyy}", text, StringComparison.Ordinal);
        else Assert.DoesNotContain(" ab ", text, StringComparison.Ordinal);
    }

    internal static void AssertNamesNoResidenceTitle(string json)
    {
        foreach (var word in TitleWords) Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(EligibilityVerdict.Permitted, null, false, false, "Darf anfangen, ohne weitere Erlaubnis.")]
    [InlineData(EligibilityVerdict.PermittedWithPermit, null, true, false, "Braucht für diese Stelle eine Erlaubnis der Ausländerbehörde.")]
    [InlineData(EligibilityVerdict.NeedsBaConsent, null, true, true, "Braucht für diese Stelle eine Erlaubnis der Ausländerbehörde und die Zustimmung der BA.")]
    [InlineData(EligibilityVerdict.PermittedFrom, "2027-05-03", true, true, "Darf ab 03.05.2027 anfangen; braucht dann eine Erlaubnis der Ausländerbehörde und die Zustimmung der BA.")]
    [InlineData(EligibilityVerdict.PermittedFrom, "2027-05-03", false, false, "Darf ab 03.05.2027 anfangen.")]
    public void The_employer_sentence_says_what_to_act_on(EligibilityVerdict verdict, string? from, bool permit, bool consent, string expected) =>
        Assert.Equal(expected, new EmployerLegalView(verdict, from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), permit, consent).Text);

    [Fact]
    public async Task Chamber_shortlists_tell_permit_and_consent_in_fields_and_words_alike_and_never_the_title()
    {
        var ihk = factory.ClientAs(Role.Chamber);
        var ids = (await ihk.GetFromJsonAsync<JsonElement>(new Uri("/vacancies?limit=500", UriKind.Relative))).GetProperty("items").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString()!).Take(40).ToList();
        int entries = 0, needingPermit = 0;
        foreach (var id in ids)
        {
            var list = await ihk.GetFromJsonAsync<JsonElement>(new Uri($"/vacancies/{id}/shortlist?k=20", UriKind.Relative));
            AssertNamesNoResidenceTitle(list.ToString());
            foreach (var e in list.GetProperty("entries").EnumerateArray())
            {
                entries++;
                var legal = e.GetProperty("eligibility");
                var permit = legal.GetProperty("permitRequired").GetBoolean();
                if (permit) needingPermit++;
                var text = legal.GetProperty("text").GetString()!;
                AssertAgrees(text, legal.GetProperty("permittedFrom"), permit, legal.GetProperty("baConsentRequired").GetBoolean());
                Assert.EndsWith("Rechtlich: " + text, e.GetProperty("explanation").GetString(), StringComparison.Ordinal);
                Assert.Equal("", legal.GetProperty("legalBasis").GetString());
                Assert.Equal("", legal.GetProperty("reason").GetString());
            }
        }
        // The demo region has people under a Gestattung or Duldung: some entries must need a permit, or this test shows nothing.
        Assert.True(entries > 100 && needingPermit > 0, $"{entries} entries, {needingPermit} needing a permit");
    }

    [Fact]
    public async Task Coach_shortlists_keep_the_full_legal_answer_with_its_basis()
    {
        var coach = factory.ClientAs(Role.Coach);
        var list = await coach.GetFromJsonAsync<JsonElement>(new Uri("/vacancies/S-000001/shortlist?k=20", UriKind.Relative));
        Assert.All(list.GetProperty("entries").EnumerateArray(), e =>
        {
            Assert.Contains("§", e.GetProperty("eligibility").GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
            Assert.Contains("(§", e.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        });
    }
}
