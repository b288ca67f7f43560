using OpenQA.Selenium;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Web;

/// <summary>Who may go where: every role stays on its own pages and records; logins lock after repeated failures; the basics of accessibility hold.</summary>
public sealed class AccessJourneyTests(WebServiceFixture fixture, ITestOutputHelper output) : IClassFixture<WebServiceFixture>
{
    private static readonly Dictionary<string, string[]> OwnPages = new()
    {
        ["ihk"] = ["/Offers", "/Offers/Edit", "/Offers/Import", "/Offers/Proposals"],
        ["jobcenter"] = ["/People", "/People/Edit", "/People/Proposals", "/People/Details?id=K-000001"],
        ["betrieb"] = ["/Operations/Runs", "/Operations/Organisations", "/Operations/Weights", "/Operations/Audit"],
    };

    [Fact]
    public void Every_role_reaches_its_own_pages_and_no_other()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        var wrong = new List<string>();
        foreach (var (login, pages) in OwnPages)
        {
            browser.LogIn(login, fixture.Service.DemoLogins[login]);
            foreach (var (other, otherPages) in OwnPages)
                foreach (var page in otherPages)
                {
                    browser.Go(page);
                    var denied = browser.TryFind("kein-zugriff") is not null;
                    var mine = other == login;
                    if (mine == denied || (mine && browser.Driver.Title.StartsWith("Anmelden", StringComparison.Ordinal))) wrong.Add($"{login} on {page}: {(denied ? "denied" : "shown")}");
                }
            browser.LogOut();
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Without_a_login_every_page_asks_for_one_and_an_API_key_opens_no_page()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        foreach (var page in OwnPages.Values.SelectMany(p => p))
        {
            browser.Go(page);
            Assert.Equal("/Account/Login", browser.CurrentPath);
        }
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Service.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", fixture.Service.DemoKeys["admin"]);
        using var response = await client.GetAsync(new Uri("/Operations/Runs", UriKind.Relative));
        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void A_coach_cannot_open_another_organisations_person_and_a_chamber_not_another_chambers_offer()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        browser.LogIn("hwk", fixture.Service.DemoLogins["hwk"]);
        browser.Go("/Offers");
        var hwkOffer = browser.Driver.FindElement(By.CssSelector("#stellen tbody a")).GetAttribute("href")!;
        browser.LogOut();
        browser.LogIn("ihk", fixture.Service.DemoLogins["ihk"]);
        browser.Driver.Navigate().GoToUrl(hwkOffer);
        Assert.Equal("Nicht gefunden", browser.Find("status").Text);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused_even_with_a_valid_session()
    {
        using var handler = new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(fixture.Service.Url) };
        var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var login = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "ihk", ["Password"] = fixture.Service.DemoLogins["ihk"], ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/Offers", UriKind.Relative))).StatusCode);
        using var forged = await client.PostAsync(new Uri("/Offers/Edit", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Employer"] = "Fremde Seite GmbH" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public void Pages_are_German_every_field_has_a_label_and_the_layout_fits_a_phone()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        browser.Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        var missing = new List<string>();
        foreach (var (login, pages) in OwnPages)
        {
            browser.LogIn(login, fixture.Service.DemoLogins[login]);
            foreach (var page in pages)
            {
                browser.Go(page);
                Assert.Equal("de", browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
                var unlabelled = (long)browser.Driver.ExecuteScript("""
                    return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                      .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).length;
                    """)!;
                if (unlabelled > 0) missing.Add($"{page}: {unlabelled} fields without a label");
                var overflow = (bool)browser.Driver.ExecuteScript("return document.documentElement.scrollWidth > window.innerWidth + 2;")!;
                if (overflow) missing.Add($"{page}: wider than a phone");
                foreach (var raw in new[] { "Fluechtlingseigenschaft", "VoruebergehenderSchutz", "Einstiegsqualifizierung\"", "Apprenticeship", "PermittedFrom" })
                    if (browser.Text.Contains(raw, StringComparison.Ordinal)) missing.Add($"{page}: shows '{raw}'");
            }
            browser.LogOut();
        }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }
}
