using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public partial class TitleNormalizerTests
{
    [Theory]
    [InlineData("Fachkraft für Lagerlogistik", "fachkraft lagerlogistik")]
    [InlineData("Head of Sales", "head sales")]
    [InlineData("in der", "")]
    [InlineData("Koch", "koch")]
    [InlineData("  Bäcker -- Konditor!! ", "baecker konditor")]
    [InlineData("Crêpe-Bäcker", "crepe baecker")]
    [InlineData("STRAẞENBAUER", "strassenbauer")]
    [InlineData("Kfz-Mechatroniker 2. Lehrjahr", "kfz mechatroniker 2 lehrjahr")]
    [InlineData("Señor Developer", "senor developer")]
    [InlineData("İstanbul-Kebab", "istanbul kebab")]
    public void Lowers_folds_and_drops_punctuation_and_function_words(string title, string normalised) =>
        Assert.Equal(normalised, TitleNormalizer.Normalize(title));

    /// <summary>
    /// The one-pass word normalisation agrees with its definition in regular expressions (lower case, umlauts folded,
    /// accents stripped, runs of non-word characters one space, function words out of titles of several words) on
    /// any text without gender markers, German, accented, other scripts and punctuation mixed.
    /// </summary>
    [Fact]
    public void The_word_pass_agrees_with_its_definition_on_any_text() =>
        Prop.ForAll(Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary(),
            text => Definition(text) == TitleNormalizer.Normalize(text))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void The_word_pass_agrees_with_its_definition_on_function_word_titles() =>
        Prop.ForAll(Gen.Elements("fuer", "für", "der", "Die", "of", "the", "a", "an", "im", "Koch", "Lager", "logistik", "é", " ", "-", ".").ArrayOf().Select(w => string.Join(" ", w)).ToArbitrary(),
            text => Definition(text) == TitleNormalizer.Normalize(text))
        .QuickCheckThrowOnFailure();

    // No '/', '(', '*', ':', '_', '-' and no capital I: the gender patterns stay out of the way.
    private const string Alphabet = "abcdeghkmnoprstuvzABCDEFGKLMNOPRSTUVZ äöüÄÖÜßẞéèêçñÅøæœ0123456789.,;!?&+'\"\t\u0301\u0308İıΣσЖж中";

    private static string Definition(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
            b.Append(c switch { 'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", _ => c.ToString() });
        var plain = new StringBuilder();
        foreach (var c in b.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        // Lower case once more: a capital that only lost its accent ("İ" → "I") is still a capital.
        var t = Spaces().Replace(NonWord().Replace(plain.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant(), " "), " ").Trim();
        return t.Contains(' ', StringComparison.Ordinal) ? Spaces().Replace(FunctionWords().Replace(t, " "), " ").Trim() : t;
    }

    [GeneratedRegex(@"(?<=^| )(?:fuer|im|in|der|die|das|des|dem|den|zum|zur|am|vom|von|fur|for|the|of|a|an)(?= |$)( (?:fuer|im|in|der|die|das|des|dem|den|zum|zur|am|vom|von|fur|for|the|of|a|an)(?= |$))*")]
    private static partial Regex FunctionWords();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
