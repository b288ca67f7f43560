using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Web;

/// <summary>Repeated wrong passwords lock a login (its own service, so that the lock touches no other journey).</summary>
public sealed class LockoutJourneyTests(WebServiceFixture fixture, ITestOutputHelper output) : IClassFixture<WebServiceFixture>
{
    [Fact]
    public void Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var browser = Browser.Open(fixture.Service.Url, output);
        if (browser is null) return;
        for (var attempt = 0; attempt < 5; attempt++) browser.LogIn("hwk", "falsch-falsch-falsch");
        Assert.Contains("gesperrt", browser.Find("meldung").Text, StringComparison.Ordinal);
        browser.LogIn("hwk", fixture.Service.DemoLogins["hwk"]);
        Assert.Contains("gesperrt", browser.Find("meldung").Text, StringComparison.Ordinal);
        Assert.Equal("/Account/Login", browser.CurrentPath);
    }
}
