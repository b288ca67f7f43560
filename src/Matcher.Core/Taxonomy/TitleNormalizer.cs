using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Brings free-text job titles into one comparable form: gender markers such as "(m/w/d)", "/in",
/// "*in", ":in", "_in", "-In" and "ElektronikerIn" removed, lower case, umlauts folded (ä → ae, ß → ss)
/// so that "Bäckerin" and "Baeckerin" meet, punctuation turned into single spaces, and articles and prepositions
/// ("für", "im", "der"; "of", "the") dropped from titles of several words.
/// </summary>
public static partial class TitleNormalizer
{
    /// <summary>The normalised form; empty when nothing but markers or punctuation was given.</summary>
    public static string Normalize(string title)
    {
        // Each pattern only where its tell-tale character is: most titles have no slash, and this runs 50,000 times a second.
        var t = title;
        var slash = t.Contains('/', StringComparison.Ordinal);
        if (slash || t.Contains('(', StringComparison.Ordinal)) t = GenderMarker().Replace(t, " ");
        if (t.Contains("In", StringComparison.Ordinal)) t = CamelInnen().Replace(t, "$1");
        if (t.AsSpan().IndexOfAny("/*:_-") >= 0) t = InfixIn().Replace(t, "$1");
        if (slash)
        {
            t = MannFrau().Replace(t, "$1mann");
            t = SlashR().Replace(t, "$1");
            t = SlashSuffix().Replace(t, "$1");
            t = SlashWord().Replace(t, "$1");
        }
        t = Fold(t.ToLowerInvariant());
        t = NonWord().Replace(t, " ");
        t = Spaces().Replace(t, " ").Trim();
        // "Fachkraft für Lagerlogistik" is the BA's "Fachkraft - Lagerlogistik": articles and prepositions carry no job.
        return t.Contains(' ', StringComparison.Ordinal) ? Spaces().Replace(FunctionWords().Replace(t, " "), " ").Trim() : t;
    }

    [GeneratedRegex(@"(?<=^| )(?:fuer|im|in|der|die|das|des|dem|den|zum|zur|am|vom|von|fur|for|the|of|a|an)(?= |$)( (?:fuer|im|in|der|die|das|des|dem|den|zum|zur|am|vom|von|fur|for|the|of|a|an)(?= |$))*")]
    private static partial Regex FunctionWords();

    private static string Fold(string s)
    {
        var b = new StringBuilder(s.Length + 4);
        foreach (var c in s)
        {
            switch (c)
            {
                case 'ä': b.Append("ae"); break;
                case 'ö': b.Append("oe"); break;
                case 'ü': b.Append("ue"); break;
                case 'ß': b.Append("ss"); break;
                default: b.Append(c); break;
            }
        }
        // Strip remaining accents (é → e) so that borrowed words meet their plain spelling.
        var decomposed = b.ToString().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\(\s*(?:[mwdfxi]\s*(?:[/|,]\s*[mwdfxi]\s*)+|gn\*?|all genders|divers)\s*\)|\b[mwd]\s*/\s*[mwd]\s*/\s*[mwd]\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenderMarker();

    [GeneratedRegex(@"(\p{Ll})In(nen)?\b")]
    private static partial Regex CamelInnen();

    [GeneratedRegex(@"(\p{L})(?:/-?|\*|:|_|-)in(nen)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex InfixIn();

    [GeneratedRegex(@"(\p{L}*)mann/-?frau\b", RegexOptions.IgnoreCase)]
    private static partial Regex MannFrau();

    [GeneratedRegex(@"(\p{L})/r\b")]
    private static partial Regex SlashR();

    [GeneratedRegex(@"(\p{L}+)/-\p{Ll}+")]
    private static partial Regex SlashSuffix();

    [GeneratedRegex(@"(\p{L}+)/\p{L}+")]
    private static partial Regex SlashWord();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
