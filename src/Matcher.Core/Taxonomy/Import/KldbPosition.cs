namespace Matcher.Core.Taxonomy.Import;

/// <summary>One position of the KldB 2010 (version 2020) classification, from Berufsbereich (level 1) to Berufsgattung (level 5).</summary>
/// <param name="Code">The key with its leading zeros restored to the level's length (1 to 5 digits), e.g. "26212", "01104".</param>
/// <param name="Description">"Allgemeine Bemerkungen": what the position covers, in prose.</param>
/// <param name="Activities">"Einschlüsse": the typical activities, a run of short phrases.</param>
/// <param name="Examples">Level 5 only: the "Zugeordnete Berufe (Beispiele)" of "Umfasst ferner", each a job title with its 8-digit key.</param>
public sealed record KldbPosition(string Code, int Level, string Title, string ShortTitle, IReadOnlyList<JobTitle> Examples,
    string Description, string Activities);

/// <summary>A job title (Berufsbenennung) assigned to a 5-digit KldB occupation.</summary>
/// <param name="Key">The BA's 8-digit key ("26212-110") where the source gives it.</param>
public sealed record JobTitle(string Title, OccupationCode Occupation, string? Key = null);
