using System.Text.RegularExpressions;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Expands German gender notation in job titles into a masculine and a feminine reading:
/// "Koch/Köchin", "Elektroniker/in", "Kaufmann/-frau", "Papiertechnologe/-technologin", "Fachangestellte/r".
/// </summary>
public static partial class GenderForms
{
    /// <summary>The masculine and feminine readings of <paramref name="title"/> (equal when it has no notation).</summary>
    public static (string Masculine, string Feminine) Expand(string title)
    {
        // "Automatenbefüller/-kassierer/in" names two jobs (Automatenbefüller, Automatenkassierer), each with its
        // feminine form; the second is a compound whose first part is left out. Its readings are the first job's.
        var alternative = AlternativeCompound().Match(title);
        if (alternative.Success)
        {
            var word = alternative.Groups[1].Value;
            return (title.Replace(alternative.Value, word, StringComparison.Ordinal), title.Replace(alternative.Value, word + "in", StringComparison.Ordinal));
        }
        var masculine = title;
        var feminine = title;
        masculine = MannFrau().Replace(masculine, m => m.Groups[1].Value + "mann");
        feminine = MannFrau().Replace(feminine, m => m.Groups[1].Value + "frau");
        masculine = SlashIn().Replace(masculine, "$1");
        feminine = SlashIn().Replace(feminine, "$1in");
        masculine = SlashR().Replace(masculine, "$1r");
        feminine = SlashR().Replace(feminine, "$1");
        masculine = SlashSuffix().Replace(masculine, "$1");
        feminine = SlashSuffix().Replace(feminine, m => JoinSuffix(m.Groups[1].Value, m.Groups[2].Value));
        masculine = SlashWord().Replace(masculine, "$1");
        // "Koch/Köchin": the second word is the feminine form; "Bootsfrau/Pumpenfrau" (after the above): already feminine
        // alternatives, and the first is the title's own.
        feminine = SlashWord().Replace(feminine, m => LooksFeminine(m.Groups[1].Value) ? m.Groups[1].Value : m.Groups[2].Value);
        return (masculine, feminine);
    }

    /// <summary>
    /// "Papiertechnologe" + "technologin" → "Papiertechnologin": the suffix replaces the stem it shares. A suffix that
    /// shares no stem is not a feminine form of the word, and the word stays as it is (never the bare suffix).
    /// </summary>
    private static string JoinSuffix(string word, string suffix)
    {
        for (var length = suffix.Length; length >= 3; length--)
        {
            var at = word.LastIndexOf(suffix[..length], StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return word[..at] + suffix;
        }
        return word;
    }

    private static bool LooksFeminine(string word) =>
        word.EndsWith("in", StringComparison.Ordinal) || word.EndsWith("innen", StringComparison.Ordinal) || word.EndsWith("frau", StringComparison.Ordinal);

    [GeneratedRegex(@"(\p{L}+)/-(\p{Ll}+)/-?in\b")]
    private static partial Regex AlternativeCompound();

    [GeneratedRegex(@"(\p{L}*)mann/-?frau\b")]
    private static partial Regex MannFrau();

    [GeneratedRegex(@"(\p{L})/-?in\b")]
    private static partial Regex SlashIn();

    [GeneratedRegex(@"(\p{L})/r\b")]
    private static partial Regex SlashR();

    [GeneratedRegex(@"(\p{L}+)/-(\p{Ll}+)")]
    private static partial Regex SlashSuffix();

    [GeneratedRegex(@"(\p{L}+)/(\p{L}+)")]
    private static partial Regex SlashWord();
}
