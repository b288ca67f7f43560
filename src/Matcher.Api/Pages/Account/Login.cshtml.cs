using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matcher.Api.Pages.Account;

/// <summary>Login with a name and a password; repeated failures lock the account for a while (see <see cref="UserStore"/>).</summary>
public sealed class LoginModel(UserStore users, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = users.SignIn(Login, Password);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                var user = result.User!;
                var caller = new Caller(null, user.OrganisationId, user.Role, user.Id);
                await HttpContext.SignInAsync(WebAccess.CookieScheme, caller.ToPrincipal(WebAccess.CookieScheme, user.DisplayName, user.OrganisationName),
                    new AuthenticationProperties { IsPersistent = false });
                audit.Action(caller, "user.login", "user", user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : WebAccess.HomeOf(user.Role));
            case SignInOutcome.LockedOut:
                var minutes = Math.Max(1, (int)Math.Ceiling((result.LockedUntil!.Value - clock.GetUtcNow()).TotalMinutes));
                Message = $"Zu viele falsche Passwörter: dieses Konto ist für {minutes} Minuten gesperrt.";
                break;
            default:
                Message = "Anmeldename oder Passwort stimmt nicht.";
                break;
        }
        return Page();
    }
}
