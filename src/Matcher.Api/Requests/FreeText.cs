namespace Matcher.Api.Requests;

/// <summary>
/// The one check for free text a client sends (names, contacts, employers, ids, recognition gaps): not longer than its
/// field allows, no control or invisible format characters (they break explanations and can disguise text), and no
/// leading <c>= + - @</c>, which a spreadsheet would run as a formula when the data is ever exported (a phone number
/// like "+49 151 …" may start with "+").
/// </summary>
public static class FreeText
{
    /// <summary>The trimmed text, or null (with the reason added to <paramref name="errors"/>) when it breaks a rule; null also when absent and not required.</summary>
    public static string? Check(string? value, string field, int max, bool required, FieldErrors errors, bool phoneAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, "Pflichtfeld fehlt.");
            return null;
        }
        // Line breaks (a multi-line CSV cell) become spaces.
        var text = string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
        if (text.Length > max) { errors.Add(field, $"Zu lang: höchstens {max} Zeichen."); return null; }
        if (text.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            errors.Add(field, "Enthält Steuer- oder unsichtbare Formatzeichen.");
            return null;
        }
        if (text[0] is '=' or '+' or '-' or '@' && !(phoneAllowed && IsPhoneNumber(text)))
        {
            errors.Add(field, $"Beginnt mit '{text[0]}': Tabellenprogramme würden das als Formel ausführen; bitte ohne dieses Zeichen beginnen.");
            return null;
        }
        return text;
    }

    private static bool IsPhoneNumber(string text) => text.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '/' or '(' or ')');
}
