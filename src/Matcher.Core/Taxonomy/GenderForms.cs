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
        feminine = SlashWord().Replace(feminine, "$2");
        return (masculine, feminine);
    }

    /// <summary>"Papiertechnologe" + "technologin" → "Papiertechnologin": the suffix replaces the stem it shares.</summary>
    private static string JoinSuffix(string word, string suffix)
    {
        for (var length = suffix.Length; length >= 3; length--)
        {
            var at = word.LastIndexOf(suffix[..length], StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return word[..at] + suffix;
        }
        return suffix;
    }

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
