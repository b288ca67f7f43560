using System.Collections.Immutable;

namespace Matcher.Core.Taxonomy;

/// <summary>A skill, knowledge item or licence that occupations ask for.</summary>
/// <param name="Id">Stable slug, e.g. "forklift".</param>
public sealed record Skill(string Id, string LabelDe, string LabelEn, ImmutableArray<string> SynonymsDe);
