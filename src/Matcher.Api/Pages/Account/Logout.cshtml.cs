using Matcher.Api.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matcher.Api.Pages.Account;

/// <summary>Ends the session (by form post only, so no link can log a person out).</summary>
public sealed class LogoutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebAccess.CookieScheme);
        return Redirect("/Account/Login");
    }
}
