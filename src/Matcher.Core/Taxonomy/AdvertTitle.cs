namespace Matcher.Core.Taxonomy;

/// <summary>
/// An advert title taken apart: the words that name the occupation, and what the other words say about the place.
/// </summary>
/// <param name="Occupation">The title without advert words (training prefixes, years, working time, contract, places,
/// "gesucht"), abbreviations written out; the whole title when nothing else would be left.</param>
/// <param name="Kind">Training, EQ or dual study when the title says so.</param>
/// <param name="LevelHint">The requirement level the words imply ("Aushilfe" 1, "examiniert" or a training place 2,
/// "Bachelor" 4), or null when they say nothing about it.</param>
/// <param name="Removed">The advert words taken out, in order, for display ("Vollzeit", "ab sofort", "2026").</param>
public sealed record AdvertTitle(string Occupation, AdvertKind Kind, RequirementLevel? LevelHint, IReadOnlyList<string> Removed);
