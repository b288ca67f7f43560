namespace Matcher.Api.Requests;

/// <summary>Parses optional integer query parameters so that bad values get a problem naming the field.</summary>
public static class QueryParameter
{
    /// <summary>The value of <paramref name="raw"/>, <paramref name="fallback"/> when absent; adds an error when not an integer in [min, max].</summary>
    public static int WholeNumber(string? raw, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(raw)) return fallback;
        if (int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors[name] = [$"'{raw}' ist ungültig: {name} muss eine ganze Zahl von {min} bis {max} sein."];
        return fallback;
    }
}
