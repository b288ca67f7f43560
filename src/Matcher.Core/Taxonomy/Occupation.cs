using System.Collections.Immutable;

namespace Matcher.Core.Taxonomy;

/// <summary>An occupation type of the taxonomy: a KldB 2010 Berufsgattung with its titles.</summary>
/// <param name="TitleDe">Official German title in gender notation, e.g. "Elektroniker/in - Energie- und Gebäudetechnik".</param>
/// <param name="IsApprenticeship">Learnable as a recognised vocational training in Germany (always at level 2).</param>
/// <param name="IsRegulated">A regulated profession: practising it needs full recognition of a foreign qualification.</param>
/// <param name="Isco08">The ISCO-08 unit group (4 digits), where one fits.</param>
/// <param name="Synonyms">Further job titles in gender notation.</param>
/// <param name="DescriptionDe">What the occupation covers and its typical activities, in German prose (the KldB's
/// "Allgemeine Bemerkungen" and "Einschlüsse"); empty where the taxonomy has none.</param>
public sealed record Occupation(
    OccupationCode Code,
    string TitleDe,
    string TitleEn,
    bool IsApprenticeship,
    bool IsRegulated,
    string? Isco08,
    ImmutableArray<string> Synonyms,
    string DescriptionDe = "")
{
    public RequirementLevel Level => Code.Level;

    /// <summary>English job titles (ESCO's labels where an import joined them); the resolver knows them as titles.</summary>
    public ImmutableArray<string> TitlesEn { get; init; } = [];
}
