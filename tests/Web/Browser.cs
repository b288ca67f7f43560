using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace Matcher.Tests.Web;

/// <summary>
/// Headless Debian Chromium driven through chromedriver, one fresh profile per journey. Without the browser on the
/// machine the journeys say SKIPPED and pass, unless MATCHER_REQUIRE_BROWSER=1 (set by .ci/run, which installs it).
/// A journey that fails leaves a screenshot next to the test assembly.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string profile = System.IO.Path.Combine(Path.GetTempPath(), $"matcher-browser-{Guid.NewGuid():N}");
    private readonly string baseUrl;

    private Browser(string baseUrl)
    {
        this.baseUrl = baseUrl;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000", $"--user-data-dir={profile}", "--lang=de-DE");
        var service = ChromeDriverService.CreateDefaultService(System.IO.Path.GetDirectoryName(DriverPath)!, System.IO.Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public ChromeDriver Driver { get; }

    /// <summary>A browser for <paramref name="baseUrl"/>, or null (after saying so) when this machine has no Chromium and none is required.</summary>
    public static Browser? Open(string baseUrl, ITestOutputHelper output)
    {
        if (File.Exists(ChromiumPath) && File.Exists(DriverPath)) return new Browser(baseUrl);
        if (Environment.GetEnvironmentVariable("MATCHER_REQUIRE_BROWSER") == "1")
            throw new InvalidOperationException($"Chromium or chromedriver missing ({ChromiumPath}, {DriverPath}): apt-get install chromium chromium-driver");
        output.WriteLine("SKIPPED: no Chromium on this machine (apt-get install chromium chromium-driver); the browser journeys were not run.");
        return null;
    }

    public void Go(string path) => Driver.Navigate().GoToUrl(baseUrl + path);

    public string CurrentPath => new Uri(Driver.Url).AbsolutePath;

    public IWebElement Find(string id) => Driver.FindElement(By.Id(id));

    public IWebElement? TryFind(string id) => Driver.FindElements(By.Id(id)).FirstOrDefault();

    public void Type(string id, string text)
    {
        var field = Find(id);
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>Sets a date field (yyyy-MM-dd) as a date picker would, whatever the browser's locale shows.</summary>
    public void SetDate(string id, string isoDate) =>
        Driver.ExecuteScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", Find(id), isoDate);

    public void Choose(string id, string visibleText) => new SelectElement(Find(id)).SelectByText(visibleText);

    public void Tick(string name, string value) =>
        Driver.FindElement(By.CssSelector($"input[type=checkbox][name='{name}'][value='{value}']")).Click();

    public void Click(string id) => Find(id).Click();

    /// <summary>On an import page: uploads <paramref name="file"/> (skipping bad rows if asked) and returns the result line of the new page.</summary>
    public string UploadCsv(string file, bool skipBadRows)
    {
        var before = TryFind("ergebnis");
        Find("file").SendKeys(file);
        if (skipBadRows) Driver.FindElement(By.Name("SkipBadRows")).Click();
        Click("hochladen");
        WaitFor(() => (before is null || IsStale(before)) && TryFind("ergebnis") is not null);
        return Find("ergebnis").Text;
    }

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
    }

    /// <summary>Logs out with the header's button and waits for the login page.</summary>
    public void LogOut()
    {
        Click("abmelden");
        WaitFor(() => CurrentPath == "/Account/Login");
    }

    /// <summary>Waits, as a person would, until <paramref name="condition"/> holds (up to <paramref name="seconds"/>).</summary>
    public void WaitFor(Func<bool> condition, int seconds = 20)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds));
        // While the next page loads, elements of the old one go stale: keep waiting.
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        // Chromium reports an element of a page that is just being replaced (the runs page refreshes itself) this way too.
        wait.Until(_ =>
        {
            try
            {
                return condition();
            }
            catch (UnknownErrorException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                return false;
            }
        });
    }

    public string Text => Driver.FindElement(By.TagName("main")).Text;

    /// <summary>Logs in with the form, as a person would, and waits for the answer (the role's first page, or a message).</summary>
    public void LogIn(string login, string password)
    {
        Go("/Account/Login");
        Type("login", login);
        Type("password", password);
        Click("anmelden");
        WaitFor(() => CurrentPath != "/Account/Login" || TryFind("meldung") is not null);
    }

    public void Screenshot(string name)
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        Driver.GetScreenshot().SaveAsFile(file);
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
