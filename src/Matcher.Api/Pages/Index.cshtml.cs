using Matcher.Api.Access;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matcher.Api.Pages;

/// <summary>The start page sends a person to their role's first page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(WebAccess.HomeOf(Caller.From(User).Role));
}
