using System.Buffers;
using System.Collections.Frozen;
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
            if (t.Contains("frau", StringComparison.OrdinalIgnoreCase)) t = MannFrau().Replace(t, "$1mann");
            t = SlashR().Replace(t, "$1");
            t = SlashSuffix().Replace(t, "$1");
            t = SlashWord().Replace(t, "$1");
        }
        return Words(t);
    }

    /// <summary>
    /// Lower case, umlauts folded, accents stripped, every run of characters other than letters and digits one space,
    /// and, in a title of several words, the function words dropped. One pass over the characters for the usual title
    /// (ASCII and German letters), the Unicode decomposition only for the rest.
    /// </summary>
    private static string Words(string t)
    {
        var text = t.AsSpan().ContainsAnyExcept(PlainGerman) ? Fold(t.ToLowerInvariant()).AsSpan() : t.AsSpan();
        var buffer = text.Length <= 128 ? stackalloc char[2 * text.Length] : new char[2 * text.Length];
        var length = 0;
        var space = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c))
            {
                space = length > 0;
                continue;
            }
            if (space) buffer[length++] = ' ';
            space = false;
            switch (c)
            {
                case 'ä': buffer[length++] = 'a'; buffer[length++] = 'e'; break;
                case 'ö': buffer[length++] = 'o'; buffer[length++] = 'e'; break;
                case 'ü': buffer[length++] = 'u'; buffer[length++] = 'e'; break;
                case 'ß': buffer[length++] = 's'; buffer[length++] = 's'; break;
                default: buffer[length++] = c; break;
            }
        }
        var words = buffer[..length];
        if (words.IndexOf(' ') < 0) return new string(words);

        // "Fachkraft für Lagerlogistik" is the BA's "Fachkraft - Lagerlogistik": articles and prepositions carry no job.
        var kept = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (FunctionWordSet.Contains(word)) continue;
            if (kept > 0) buffer[kept++] = ' ';
            word.CopyTo(buffer[kept..]);
            kept += word.Length;
        }
        return new string(buffer[..kept]);
    }

    /// <summary>Characters <see cref="Words"/> handles itself: ASCII and the German letters.</summary>
    private static readonly SearchValues<char> PlainGerman = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c)) + "äöüÄÖÜß");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSet =
        new[] { "fuer", "im", "in", "der", "die", "das", "des", "dem", "den", "zum", "zur", "am", "vom", "von", "fur", "for", "the", "of", "a", "an" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Umlauts and ß folded, other accents stripped (é → e) so that borrowed words meet their plain spelling.</summary>
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
}
