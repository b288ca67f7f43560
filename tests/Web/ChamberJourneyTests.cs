using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Web;

/// <summary>A chamber's day in the browser: its offers, a new vacancy, a CSV with a bad row, a shortlist.</summary>
public sealed class ChamberJourneyTests(WebServiceFixture fixture, ITestOutputHelper output) : IClassFixture<WebServiceFixture>
{
    private Browser? Open() => Browser.Open(fixture.Service.Url, output);

    [Fact]
    public void Chamber_creates_a_vacancy_from_its_title_and_sees_who_fits()
    {
        using var browser = Open();
        if (browser is null) return;
        try
        {
            browser.LogIn("ihk", fixture.Service.DemoLogins["ihk"]);
            Assert.Equal("/Offers", browser.CurrentPath);
            Assert.Contains("IHK Halle-Dessau", browser.Find("angemeldet").Text, StringComparison.Ordinal);
            Assert.Contains("Einträge", browser.Find("anzahl").Text, StringComparison.Ordinal);

            browser.Click("neue-stelle");
            browser.Choose("kind", "Stelle");
            browser.Type("occupationTitle", "Fachkraft für Lagerlogistik");
            browser.Type("places", "2");
            browser.Type("employer", "Logistik Naumburg GmbH");
            browser.Type("externalId", "browser-lager-1");
            browser.Choose("town", "Naumburg (Saale)");
            browser.Type("payEur", "16,50");
            browser.Type("weeklyHours", "40");
            browser.SetDate("startDate", "2027-02-01");
            browser.Click("speichern");

            browser.WaitFor(() => browser.CurrentPath == "/Offers/Details");
            Assert.Contains("angelegt", browser.Find("hinweis").Text, StringComparison.Ordinal);
            Assert.Contains("Fachkraft für Lagerlogistik", browser.Driver.Title, StringComparison.Ordinal);
            var list = browser.Text;
            Assert.Contains("Passende Personen", list, StringComparison.Ordinal);
            Assert.Contains("Person P-", list, StringComparison.Ordinal);
            Assert.Contains("Rechtlich:", list, StringComparison.Ordinal);
            Assert.DoesNotContain("Duldung", list, StringComparison.Ordinal);
            Assert.DoesNotContain("Gestattung", list, StringComparison.Ordinal);

            // What became of a proposed person: recorded by the pseudonym the chamber sees, then listed.
            var pseudonym = browser.Driver.FindElement(OpenQA.Selenium.By.CssSelector("h3[id^='p-P-']")).GetAttribute("id")!["p-".Length..];
            browser.Type("ergebnis-person", pseudonym);
            browser.Choose("ergebnis-stufe", "Kontakt aufgenommen");
            browser.Click("ergebnis-knopf");
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("Ergebnis festgehalten", StringComparison.Ordinal) == true);
            Assert.Contains(pseudonym, browser.Find("ergebnis-liste").Text, StringComparison.Ordinal);

            // Change the places, then delete the offer after being asked.
            browser.Click("bearbeiten");
            browser.Type("places", "3");
            browser.Click("speichern");
            browser.WaitFor(() => browser.CurrentPath == "/Offers/Details");
            Assert.Contains("3", browser.Find("plaetze").Text, StringComparison.Ordinal);
            var id = new Uri(browser.Driver.Url).Query.Split('=')[1];
            browser.Click("loeschen-fragen");
            browser.Click("loeschen");
            browser.WaitFor(() => browser.CurrentPath == "/Offers");
            Assert.Contains("gelöscht", browser.Find("hinweis").Text, StringComparison.Ordinal);
            browser.Go($"/Offers/Details?id={id}");
            Assert.DoesNotContain("Logistik Naumburg GmbH", browser.Text, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Chamber_creates_a_vacancy_from_its_title_and_sees_who_fits));
            throw;
        }
    }

    [Fact]
    public void Chamber_uploads_a_CSV_with_a_bad_row_and_nothing_is_stored_until_it_chooses_to_skip_it()
    {
        using var browser = Open();
        if (browser is null) return;
        var file = Path.Combine(Path.GetTempPath(), $"stellen-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, """
            externalId;employer;kind;places;occupationTitle;latitude;longitude;payEur;weeklyHours;startDate
            csv-gut-1;Bäckerei Sonne;Ausbildung;1;Bäcker/in;51,15;11,81;950;40;01.08.2027
            csv-schlecht-2;;Stelle;1;Koch;51,15;11,81;15,50;40;01.03.2027
            """, new UTF8Encoding(false));
        try
        {
            browser.LogIn("hwk", fixture.Service.DemoLogins["hwk"]);
            browser.Go("/Offers/Import");
            Assert.Contains("Nichts gespeichert", browser.UploadCsv(file, skipBadRows: false), StringComparison.Ordinal);
            var rows = browser.Find("zeilen").Text;
            Assert.Contains("abgelehnt", rows, StringComparison.Ordinal);
            Assert.Contains("employer", rows, StringComparison.Ordinal);

            var saved = browser.UploadCsv(file, skipBadRows: true);
            Assert.StartsWith("Gespeichert", saved, StringComparison.Ordinal);
            Assert.Contains("1 angelegt", saved, StringComparison.Ordinal);
            browser.Go("/Offers?q=csv-gut-1");
            Assert.Contains("Bäcker", browser.Find("stellen").Text, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Chamber_uploads_a_CSV_with_a_bad_row_and_nothing_is_stored_until_it_chooses_to_skip_it));
            throw;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
