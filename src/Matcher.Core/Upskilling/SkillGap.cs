using Matcher.Core.Taxonomy;

namespace Matcher.Core.Upskilling;

/// <summary>What separates a person from an occupation: its essential skills they hold and those they miss.</summary>
/// <param name="HeldShare">Share of the occupation's essential skills the person holds, in [0, 1] (1 when it lists none).</param>
public sealed record SkillGap(Occupation Occupation, IReadOnlyList<Skill> HeldEssential, IReadOnlyList<Skill> MissingEssential, double HeldShare);

/// <summary>An occupation one requirement level above one the person works or qualified in, sharing most of its essential skills.</summary>
/// <param name="From">The person's occupation it builds on (current job or qualification).</param>
/// <param name="SharedShare">Share of the higher occupation's essential skills that <paramref name="From"/> also lists.</param>
public sealed record StepUp(Occupation From, SkillGap Gap, double SharedShare);
