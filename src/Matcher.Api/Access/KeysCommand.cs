using Matcher.Api.Storage;

namespace Matcher.Api.Access;

/// <summary>
/// <c>keys create --org NAME --role chamber|coach|admin [--kind chamber|coaching|operator]</c> and <c>keys revoke ID</c>:
/// key management from the command line. A new organisation is created when the name is unknown.
/// </summary>
public static class KeysCommand
{
    public static int Run(string[] args, IServiceProvider services)
    {
        var access = services.GetRequiredService<AccessStore>();
        services.GetRequiredService<Database>().Migrate();
        switch (args.ElementAtOrDefault(1))
        {
            case "create":
            {
                var org = Option(args, "--org");
                var nameErrors = new Requests.FieldErrors();
                org = Requests.FreeText.Check(org, "--org", 200, required: true, nameErrors);
                if (org is null) return Fail("keys create: --org \"NAME\": " + string.Join(" ", nameErrors.All.Select(e => e.Reason)));
                if (!RoleNames.TryParse(Option(args, "--role"), out var role)) return Fail("keys create: --role must be chamber, coach or admin.");
                var kind = Option(args, "--kind") ?? role switch { Role.Chamber => "chamber", Role.Coach => "coaching", _ => "operator" };
                if (kind is not ("chamber" or "coaching" or "operator")) return Fail("keys create: --kind must be chamber, coaching or operator.");
                var organisation = access.FindOrganisation(org) ?? access.CreateOrganisation(org, kind);
                var (id, key) = access.CreateKey(organisation.Id, role);
                Console.WriteLine($"key id {id} for \"{organisation.Name}\" ({RoleNames.Of(role)}); store it now, it is not shown again:");
                Console.WriteLine(key);
                return 0;
            }
            case "revoke":
                if (!long.TryParse(args.ElementAtOrDefault(2), out var keyId)) return Fail("keys revoke: give the key id, e.g. 'keys revoke 7'.");
                if (!access.RevokeKey(keyId)) return Fail($"keys revoke: there is no active key with id {keyId}.");
                Console.WriteLine($"key {keyId} revoked");
                return 0;
            default:
                return Fail("usage: keys create --org \"NAME\" --role chamber|coach|admin [--kind chamber|coaching|operator] | keys revoke ID");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
