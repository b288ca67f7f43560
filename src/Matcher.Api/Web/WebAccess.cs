using Matcher.Api.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Matcher.Api.Web;

/// <summary>
/// How people use the web application: a login cookie (idle timeout, HttpOnly, SameSite=Strict) and policies per
/// role. The API keeps its keys: a cookie never authenticates an API call, and a key never a page, so a page's forms
/// (each with an antiforgery token) are the only way a browser session changes anything.
/// </summary>
public static class WebAccess
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Person = "person";
    public const string Chamber = "person-chamber";
    public const string Coach = "person-coach";
    public const string Operator = "person-operator";

    /// <summary>A session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static void AddWebAccess(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(CookieScheme, o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.Cookie.Name = "matcher-sitzung";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Person, p => p.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser())
            .AddPolicy(Chamber, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(RoleNames.Of(Role.Chamber)))
            .AddPolicy(Coach, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(RoleNames.Of(Role.Coach)))
            .AddPolicy(Operator, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(RoleNames.Of(Role.Admin)));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Person);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AuthorizeFolder("/Offers", Chamber);
            o.Conventions.AuthorizeFolder("/People", Coach);
            o.Conventions.AuthorizeFolder("/Operations", Operator);
        });
    }

    /// <summary>Where a person lands after logging in: their role's first page.</summary>
    public static string HomeOf(Role role) => role switch
    {
        Role.Chamber => "/Offers",
        Role.Coach => "/People",
        _ => "/Operations/Runs",
    };
}
