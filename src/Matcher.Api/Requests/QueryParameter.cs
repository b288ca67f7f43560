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

    /// <summary>
    /// The date in <paramref name="raw"/> (yyyy-MM-dd), <paramref name="fallback"/> when absent; adds an error when it is no
    /// such date or lies outside 2000-01-01 to 2100-12-31.
    /// </summary>
    public static DateOnly Date(string? raw, string name, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(raw)) return fallback;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
            return date;
        errors[name] = [$"'{raw}' ist ungültig: {name} muss ein Datum wie 2027-03-01 (Jahr 2000 bis 2100) sein."];
        return fallback;
    }
}
