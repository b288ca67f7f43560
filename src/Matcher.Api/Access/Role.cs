namespace Matcher.Api.Access;

/// <summary>What an API key may do.</summary>
public enum Role
{
    /// <summary>A chamber (IHK, HWK): manages its member SMEs' vacancies, sees candidates only as pseudonymous profiles.</summary>
    Chamber,

    /// <summary>A job coach (job centre, coaching provider): manages the candidates of their organisation.</summary>
    Coach,

    /// <summary>The operator: manages organisations, keys and match runs, reads the audit log.</summary>
    Admin,
}

/// <summary>Role names as they appear in the database and on the command line.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.Chamber => "chamber",
        Role.Coach => "coach",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out Role role)
    {
        (var ok, role) = text switch
        {
            "chamber" => (true, Role.Chamber),
            "coach" => (true, Role.Coach),
            "admin" => (true, Role.Admin),
            _ => (false, default(Role)),
        };
        return ok;
    }
}
