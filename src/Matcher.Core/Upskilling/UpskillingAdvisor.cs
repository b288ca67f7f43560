using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Taxonomy;

namespace Matcher.Core.Upskilling;

/// <summary>
/// Upskilling advice for job coaches: the essential skills a person misses for a target occupation, and the few
/// occupations one requirement level up from what they do or learned (Helfer → Fachkraft → Spezialist → Experte):
/// the same Berufsuntergruppe one level higher (in KldB the 5th digit is the level, so 51311 Lagerhelfer/in leads to
/// 51312 Fachkraft für Lagerlogistik), and occupations elsewhere that share most of their essential skills with it;
/// those the person already holds most skills for first. "Holding" a skill means the same as in
/// scoring (<see cref="PairScorer.HoldsSkill"/>): shown, or part of a qualification not marked as a recognition gap.
/// </summary>
public sealed class UpskillingAdvisor(OccupationTaxonomy taxonomy, PairScorer scorer)
{
    /// <summary>A step up outside the Berufsuntergruppe must share at least this share of its essential skills with the occupation it builds on ("most").</summary>
    public const double MinimumSharedShare = 0.5;

    public SkillGap GapTo(Candidate candidate, Occupation target)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(target);
        var held = new List<Skill>();
        var missing = new List<Skill>();
        var essential = taxonomy.EssentialSkills(target.Code);
        foreach (var id in essential)
        {
            var skill = taxonomy.Skills.TryGetValue(id, out var s) ? s : new Skill(id, id, id, []);
            (scorer.HoldsSkill(candidate, id) ? held : missing).Add(skill);
        }
        return new SkillGap(target, held, missing, essential.IsEmpty ? 1 : (double)held.Count / essential.Length);
    }

    /// <summary>Up to <paramref name="limit"/> occupations one level up from the person's current job and qualifications.</summary>
    public IReadOnlyList<StepUp> StepsUp(Candidate candidate, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var bases = candidate.Qualifications.Select(q => q.Occupation).Prepend(candidate.CurrentJob?.Occupation ?? default)
            .Where(c => c != default).Distinct().Select(taxonomy.Find).OfType<Occupation>().ToList();
        var steps = new Dictionary<OccupationCode, StepUp>();
        foreach (var from in bases)
        {
            if (from.Level == RequirementLevel.Experte) continue;
            var fromSkills = taxonomy.EssentialSkills(from.Code);
            foreach (var target in taxonomy.Occupations.Values)
            {
                if ((int)target.Level != (int)from.Level + 1) continue;
                var targetSkills = taxonomy.EssentialSkills(target.Code);
                var shared = 0;
                foreach (var skill in targetSkills) if (fromSkills.Contains(skill)) shared++;
                var sharedShare = targetSkills.IsEmpty ? 0 : (double)shared / targetSkills.Length;
                if (target.Code.Subgroup != from.Code.Subgroup && sharedShare < MinimumSharedShare) continue;
                var step = new StepUp(from, GapTo(candidate, target), sharedShare);
                if (!steps.TryGetValue(target.Code, out var known) || Better(step, known)) steps[target.Code] = step;
            }
        }
        return [.. steps.Values.OrderByDescending(s => s.Gap.HeldShare).ThenByDescending(s => s.SharedShare)
            .ThenBy(s => s.Gap.Occupation.Code.Subgroup == s.From.Code.Subgroup ? 0 : 1).ThenBy(s => s.Gap.Occupation.Code.Value).Take(limit)];
    }

    private static bool Better(StepUp a, StepUp b) => a.Gap.HeldShare > b.Gap.HeldShare || (a.Gap.HeldShare == b.Gap.HeldShare && a.SharedShare > b.SharedShare);
}
