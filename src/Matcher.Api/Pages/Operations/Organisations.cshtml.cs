using System.Globalization;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Requests;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Pages.Operations;

/// <summary>
/// The operator's organisations with their people (logins) and machine keys: create an organisation, a login (with a
/// first password) or a key (shown once), reset a password, revoke a key. Every change is audited.
/// </summary>
public sealed class OrganisationsModel(AccessStore access, UserStore users, AuditTrail audit) : PersonPage
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public ILookup<long, UserAccount> Users { get; private set; } = Array.Empty<UserAccount>().ToLookup(u => u.OrganisationId);

    public Dictionary<long, IReadOnlyList<KeyInfo>> Keys { get; } = [];

    /// <summary>A key just created: shown on this page once, never again.</summary>
    public string? NewKey { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostCreateOrganisation(string? name, string? kind)
    {
        var errors = new FieldErrors();
        name = FreeText.Check(name, "name", 200, required: true, errors);
        if (kind is not ("chamber" or "coaching" or "operator")) errors.Add("kind", "Bitte die Art wählen.");
        if (!errors.Any && access.FindOrganisation(name!) is not null) errors.Add("name", $"'{name}' gibt es schon.");
        if (errors.Any) return Failed(errors);
        try
        {
            var created = access.CreateOrganisation(name!, kind!);
            audit.Action(Me, "organisation.create", "organisation", created.Id.ToString(CultureInfo.InvariantCulture), created.Name);
            Notice = $"Organisation „{created.Name}“ angelegt.";
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            return Failed(FieldErrors.Of("name", $"'{name}' gibt es schon."));
        }
        return Redirect("/Operations/Organisations");
    }

    public IActionResult OnPostCreateUser(long organisationId, string? login, string? displayName, string? password)
    {
        var errors = new FieldErrors();
        var created = users.Create(organisationId, login, displayName, password, errors);
        if (created is null) return Failed(errors, $"user-{organisationId}");
        audit.Action(Me, "user.create", "user", created.Id.ToString(CultureInfo.InvariantCulture), $"{created.Login} ({created.OrganisationName})");
        Notice = $"Anmeldung „{created.Login}“ für {created.OrganisationName} angelegt; das Passwort bitte auf sicherem Weg weitergeben.";
        return Redirect("/Operations/Organisations");
    }

    public IActionResult OnPostResetPassword(long userId, string? password)
    {
        var errors = new FieldErrors();
        if (!users.ResetPassword(userId, password, errors))
            return Failed(errors.Any ? errors : FieldErrors.Of("password", "Diese Anmeldung gibt es nicht."), $"reset-{userId}");
        audit.Action(Me, "user.password-reset", "user", userId.ToString(CultureInfo.InvariantCulture));
        Notice = "Neues Passwort gesetzt; eine Sperre nach Fehlversuchen ist aufgehoben.";
        return Redirect("/Operations/Organisations");
    }

    public IActionResult OnPostCreateKey(long organisationId)
    {
        if (access.FindOrganisation(organisationId) is not { } organisation) return NotFound();
        var role = UserStore.RoleOf(organisation.Kind);
        var (keyId, key) = access.CreateKey(organisation.Id, role);
        audit.Action(Me, "key.create", "key", keyId.ToString(CultureInfo.InvariantCulture), $"{organisation.Name} ({RoleNames.Of(role)})");
        NewKey = key;
        Load();
        return Page();
    }

    public IActionResult OnPostRevokeKey(long keyId)
    {
        if (access.RevokeKey(keyId))
        {
            audit.Action(Me, "key.revoke", "key", keyId.ToString(CultureInfo.InvariantCulture));
            Notice = $"Schlüssel {keyId} widerrufen.";
        }
        return Redirect("/Operations/Organisations");
    }

    /// <summary>Which form the errors belong to (an anchor on the page).</summary>
    public string? FailedForm { get; private set; }

    private PageResult Failed(FieldErrors errors, string form = "neu")
    {
        Show(errors);
        FailedForm = form;
        Load();
        return Page();
    }

    private void Load()
    {
        Organisations = access.Organisations();
        Users = users.List().ToLookup(u => u.OrganisationId);
        foreach (var organisation in Organisations) Keys[organisation.Id] = access.Keys(organisation.Id);
    }
}
