using System.Text;
using OpenQA.Selenium;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Web;

/// <summary>A job coach in the browser: registers a person, reads their shortlist, accepts a proposal, checks why not, erases them.</summary>
public sealed class CoachJourneyTests(WebServiceFixture fixture, ITestOutputHelper output) : IClassFixture<WebServiceFixture>
{
    [Fact]
    public void Coach_registers_a_person_sees_a_shortlist_accepts_a_proposal_checks_a_pair_and_erases_them()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        try
        {
            browser.LogIn("jobcenter", fixture.Service.DemoLogins["jobcenter"]);
            Assert.Equal("/People", browser.CurrentPath);
            browser.Click("person-aufnehmen");

            // A form with an error first: no name.
            browser.Click("speichern");
            browser.WaitFor(() => browser.TryFind("fehler") is not null);
            Assert.Contains("Pflichtfeld", browser.Find("name-fehler").Text, StringComparison.Ordinal);

            browser.Type("name", "Yasmin Haddad");
            browser.Type("contact", "+49 151 2223344");
            browser.Driver.FindElement(By.Id("consent")).Click();
            browser.SetDate("consentOn", "2026-11-20");
            browser.Choose("town", "Naumburg (Saale)");
            browser.Type("maxDaily", "120");
            browser.Choose("title", "Flüchtlingseigenschaft (§25 Abs. 2 AufenthG)");
            browser.SetDate("staySince", "2022-03-01");
            browser.SetDate("validUntil", "2029-03-01");
            browser.Choose("german", "B1");
            // Typing part of a title offers the taxonomy's occupations to pick from.
            browser.Type("q0-occupation", "Lagerlog");
            browser.WaitFor(() => browser.Driver.FindElements(By.CssSelector("#berufe-liste option"))
                .Any(o => o.GetAttribute("value") == "Fachkraft für Lagerlogistik"));
            browser.Type("q0-occupation", "Fachkraft für Lagerlogistik");
            browser.Type("q0-country", "SY");
            browser.Choose("q0-recognition", "voll anerkannt");
            browser.Type("skills", "Gabelstapler fahren");
            browser.SetDate("available", "2026-12-01");
            browser.Click("speichern");

            browser.WaitFor(() => browser.CurrentPath == "/People/Details");
            Assert.Contains("aufgenommen", browser.Find("hinweis").Text, StringComparison.Ordinal);
            var page = browser.Text;
            Assert.Contains("Yasmin Haddad", page, StringComparison.Ordinal);
            Assert.Contains("Passende Angebote", page, StringComparison.Ordinal);
            Assert.Contains("Passung", page, StringComparison.Ordinal);
            Assert.Contains("Rechtlich:", page, StringComparison.Ordinal);
            var id = new Uri(browser.Driver.Url).Query.Split('=')[1];

            // What the person holds and lacks for a goal the coach names; an unknown one is said so.
            browser.Type("ziel", "Berufskraftfahrer");
            browser.Click("ziel-knopf");
            browser.WaitFor(() => browser.TryFind("ziele")?.Text.Contains("Berufskraftfahrer/in (52122)", StringComparison.Ordinal) == true);
            Assert.Contains("es fehlen", browser.Find("ziele").Text, StringComparison.Ordinal);
            browser.Type("ziel", "Qwertzuiop");
            browser.Click("ziel-knopf");
            browser.WaitFor(() => browser.TryFind("ziel-fehler") is not null);
            browser.Go($"/People/Details?id={id}");

            // Accept the first proposal.
            var accept = browser.Driver.FindElements(By.CssSelector("button[id^='zusagen-']")).First();
            var vacancy = accept.GetAttribute("id")!["zusagen-".Length..];
            accept.Click();
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("Zusage", StringComparison.Ordinal) == true);
            Assert.Contains(vacancy, browser.Find("zusage").Text, StringComparison.Ordinal);

            // What became of it: the accepted offer is filled in; an ending needs who and why, then it is listed.
            Assert.Equal(vacancy, browser.Find("ergebnis-angebot").GetAttribute("value"));
            browser.Choose("ergebnis-stufe", "Abgelehnt");
            browser.Click("ergebnis-knopf");
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("nicht festgehalten", StringComparison.Ordinal) == true);
            browser.Choose("ergebnis-stufe", "Vorstellungsgespräch");
            browser.Click("ergebnis-knopf");
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("Ergebnis festgehalten", StringComparison.Ordinal) == true);
            Assert.Contains("Vorstellungsgespräch", browser.Find("ergebnis-liste").Text, StringComparison.Ordinal);

            // Why not, and from when: a day long before the document was issued is fine, but an unknown offer is reported.
            browser.Type("vacancy", vacancy);
            browser.Click("pruefen-knopf");
            browser.WaitFor(() => browser.CurrentPath == "/People/Check");
            Assert.Contains("Möglich", browser.Find("moeglich").Text, StringComparison.Ordinal);
            Assert.Contains("Begründung der Passung", browser.Text, StringComparison.Ordinal);

            // Print view for the meeting.
            browser.Go($"/People/Print?id={id}");
            Assert.Contains("Angebote für Yasmin Haddad", browser.Text, StringComparison.Ordinal);

            // Erase, confirmed with the name.
            browser.Go($"/People/Erase?id={id}");
            browser.Type("confirmation", "Yasmin");
            browser.Click("endgueltig-loeschen");
            browser.WaitFor(() => browser.TryFind("confirmation-fehler") is not null);
            browser.Type("confirmation", "Yasmin Haddad");
            browser.Click("endgueltig-loeschen");
            browser.WaitFor(() => browser.CurrentPath == "/People");
            Assert.Contains("gelöscht", browser.Find("hinweis").Text, StringComparison.Ordinal);
            browser.Go($"/People/Details?id={id}");
            Assert.DoesNotContain("Yasmin", browser.Driver.PageSource, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Coach_registers_a_person_sees_a_shortlist_accepts_a_proposal_checks_a_pair_and_erases_them));
            throw;
        }
    }

    [Fact]
    public void Coach_finds_a_person_in_a_caseload_of_hundreds_by_search_and_pages()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        browser.LogIn("jobcenter", fixture.Service.DemoLogins["jobcenter"]);
        // 300 from the demo seed, plus whoever another journey imported.
        Assert.Matches("^3[0-9]{2} Personen", browser.Find("anzahl").Text);
        browser.Click("weiter");
        Assert.Contains("51–100", browser.Find("anzahl").Text, StringComparison.Ordinal);
        browser.Type("q", "K-000123");
        browser.Find("q").SendKeys(Keys.Enter);
        browser.WaitFor(() => browser.Find("anzahl").Text.StartsWith("1 Personen", StringComparison.Ordinal));
        browser.Driver.FindElement(By.CssSelector("#personen a")).Click();
        browser.WaitFor(() => browser.CurrentPath == "/People/Details");
        Assert.Contains("K-000123", browser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coach_imports_a_caseload_file_with_a_bad_row_and_nothing_is_stored_until_choosing_to_skip_it()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        var file = Path.Combine(Path.GetTempPath(), $"personen-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, """
            externalId;name;consentGivenOn;consentScope;latitude;longitude;commuteModes;maxDailyCommuteMinutes;germanLevel;residenceTitle;staySince;titleSince;availableFrom;qualifications
            akte-4711;Hamid Rahimi;20.11.2026;Abgleich im Burgenlandkreis;51,15;11,81;PublicTransport;90;B1;Subsidiärer Schutz;01.03.2022;15.01.2023;01.12.2026;29302:Fachkraft:AF:Pending
            akte-4712;Mariam Haddad;20.11.2026;Abgleich im Burgenlandkreis;51,15;11,81;PublicTransport;90;B1;Touristenvisum;01.03.2022;15.01.2023;01.12.2026;
            """, new UTF8Encoding(false));
        try
        {
            browser.LogIn("jobcenter", fixture.Service.DemoLogins["jobcenter"]);
            browser.Go("/People/Import");
            Assert.Contains("Nichts gespeichert", browser.UploadCsv(file, skipBadRows: false), StringComparison.Ordinal);
            var rows = browser.Find("zeilen").Text;
            Assert.Contains("residenceTitle", rows, StringComparison.Ordinal);
            Assert.Contains("Duldung", rows, StringComparison.Ordinal);

            var saved = browser.UploadCsv(file, skipBadRows: true);
            Assert.StartsWith("Gespeichert", saved, StringComparison.Ordinal);
            Assert.Contains("1 angelegt", saved, StringComparison.Ordinal);
            browser.Go("/People?q=akte-4711");
            Assert.Contains("Hamid Rahimi", browser.Find("personen").Text, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Coach_imports_a_caseload_file_with_a_bad_row_and_nothing_is_stored_until_choosing_to_skip_it));
            throw;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
