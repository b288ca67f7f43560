using OpenQA.Selenium;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Web;

/// <summary>The operator in the browser: starts a run and watches it finish, creates a login, reads the audit log.</summary>
public sealed class OperatorJourneyTests(WebServiceFixture fixture, ITestOutputHelper output) : IClassFixture<WebServiceFixture>
{
    [Fact]
    public void Operator_starts_a_run_watches_it_finish_and_reads_what_changed()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        try
        {
            browser.LogIn("betrieb", fixture.Service.DemoLogins["betrieb"]);
            Assert.Equal("/Operations/Runs", browser.CurrentPath);
            browser.Click("lauf-starten");
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("gestartet", StringComparison.Ordinal) == true);
            // The page refreshes itself while the run goes on; a person waits until it says it is done.
            browser.WaitFor(() => browser.Driver.FindElements(By.CssSelector("#laeufe tbody tr td.status")).FirstOrDefault()?.Text == "abgeschlossen", 60);
            browser.Driver.FindElement(By.CssSelector("#laeufe tbody tr td a")).Click();
            browser.WaitFor(() => browser.CurrentPath == "/Operations/Run");
            Assert.Contains("Änderungen gegenüber dem vorigen Lauf", browser.Text, StringComparison.Ordinal);
            Assert.Contains("neu", browser.Find("aenderungen").Text, StringComparison.Ordinal);
            Assert.True(browser.Driver.FindElements(By.CssSelector("#vorschlaege tbody tr")).Count > 10);
        }
        catch
        {
            browser.Screenshot(nameof(Operator_starts_a_run_watches_it_finish_and_reads_what_changed));
            throw;
        }
    }

    [Fact]
    public void Operator_runs_with_a_limit_per_employer_and_reads_what_it_cost()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        try
        {
            browser.LogIn("betrieb", fixture.Service.DemoLogins["betrieb"]);
            browser.Type("je-betrieb", "2");
            browser.Click("lauf-starten");
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("gestartet", StringComparison.Ordinal) == true);
            browser.WaitFor(() => browser.Driver.FindElements(By.CssSelector("#laeufe tbody tr td.status")).FirstOrDefault()?.Text == "abgeschlossen", 60);
            Assert.Contains("höchstens 2 je Betrieb", browser.Driver.FindElement(By.CssSelector("#laeufe tbody tr")).Text, StringComparison.Ordinal);
            browser.Driver.FindElement(By.CssSelector("#laeufe tbody tr td a")).Click();
            browser.WaitFor(() => browser.CurrentPath == "/Operations/Run");
            var side = browser.Find("nebenbedingungen").Text;
            Assert.Contains("Nebenbedingungen: höchstens 2 je Betrieb", side, StringComparison.Ordinal);
            Assert.Contains("Höchstzahl je Betrieb", side, StringComparison.Ordinal);
            Assert.Contains("ohne Nebenbedingungen wären es", side, StringComparison.Ordinal);
            Assert.DoesNotContain("employer-limits", side, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Operator_runs_with_a_limit_per_employer_and_reads_what_it_cost));
            throw;
        }
    }

    [Fact]
    public void Operator_sees_the_weights_in_use_and_checks_them_against_recorded_outcomes()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        try
        {
            browser.LogIn("betrieb", fixture.Service.DemoLogins["betrieb"]);
            browser.Go("/Operations/Weights");
            Assert.Contains("scoring-weights.json", browser.Text, StringComparison.Ordinal);
            browser.Click("pruefen");
            browser.WaitFor(() => browser.TryFind("anpassung") is not null);
            var fit = browser.Find("anpassung").Text;
            // The demo region has few outcomes recorded, if any: the page says so rather than fitting noise.
            Assert.True(fit.Contains("Zu wenige Ergebnisse", StringComparison.Ordinal) || browser.TryFind("gewichte") is not null, fit);
            Assert.DoesNotContain("EssentialSkills", browser.Text, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Operator_sees_the_weights_in_use_and_checks_them_against_recorded_outcomes));
            throw;
        }
    }

    [Fact]
    public void Operator_creates_a_login_that_then_works_and_the_audit_log_shows_it()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        try
        {
            browser.LogIn("betrieb", fixture.Service.DemoLogins["betrieb"]);
            browser.Go("/Operations/Organisations");
            var coaching = browser.Driver.FindElements(By.CssSelector("section.card")).First(s => s.Text.Contains("Jobcenter Burgenlandkreis", StringComparison.Ordinal));
            coaching.FindElement(By.XPath(".//summary[text()='Neue Anmeldung']")).Click();
            coaching.FindElement(By.CssSelector("input[id^='login-']")).SendKeys("neue.kollegin@jobcenter.example");
            coaching.FindElement(By.CssSelector("input[id^='name-']")).SendKeys("Nora Kollegin");
            coaching.FindElement(By.CssSelector("input[id^='password-']")).SendKeys("kurz");
            coaching.FindElement(By.XPath(".//button[text()='Anmeldung anlegen']")).Click();
            browser.WaitFor(() => browser.TryFind("fehler") is not null);
            Assert.Contains("Mindestens 12 Zeichen", browser.Find("fehler").Text, StringComparison.Ordinal);

            coaching = browser.Driver.FindElements(By.CssSelector("section.card")).First(s => s.Text.Contains("Jobcenter Burgenlandkreis", StringComparison.Ordinal));
            coaching.FindElement(By.CssSelector("input[id^='login-']")).Clear();
            coaching.FindElement(By.CssSelector("input[id^='login-']")).SendKeys("neue.kollegin@jobcenter.example");
            coaching.FindElement(By.CssSelector("input[id^='name-']")).Clear();
            coaching.FindElement(By.CssSelector("input[id^='name-']")).SendKeys("Nora Kollegin");
            coaching.FindElement(By.CssSelector("input[id^='password-']")).SendKeys("Sonnenblume-2026!");
            coaching.FindElement(By.XPath(".//button[text()='Anmeldung anlegen']")).Click();
            browser.WaitFor(() => browser.TryFind("hinweis")?.Text.Contains("angelegt", StringComparison.Ordinal) == true);
            browser.LogOut();

            browser.LogIn("neue.kollegin@jobcenter.example", "Sonnenblume-2026!");
            browser.WaitFor(() => browser.CurrentPath == "/People");
            Assert.Contains("Nora Kollegin", browser.Find("angemeldet").Text, StringComparison.Ordinal);
            browser.LogOut();

            browser.LogIn("betrieb", fixture.Service.DemoLogins["betrieb"]);
            browser.Go("/Operations/Audit?action=user.");
            var log = browser.Find("protokoll").Text;
            Assert.Contains("user.create", log, StringComparison.Ordinal);
            Assert.Contains("user.login", log, StringComparison.Ordinal);
        }
        catch
        {
            browser.Screenshot(nameof(Operator_creates_a_login_that_then_works_and_the_audit_log_shows_it));
            throw;
        }
    }
}
