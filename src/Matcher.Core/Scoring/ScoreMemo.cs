namespace Matcher.Core.Scoring;

/// <summary>
/// One thread's memo for one candidate at a time, against one <see cref="PreparedVacancies"/>: the
/// occupation-dependent component values per profile, which of the vacancies' skills the candidate holds, and how many
/// of each skill list.
/// Call <see cref="StartCandidate"/> before scoring the next candidate; not thread-safe.
/// </summary>
public sealed class ScoreMemo
{
    private readonly OccupationPart[] parts;
    private readonly int[] partStamps;
    private readonly int[] heldStamps;
    private readonly int[] matched;
    private readonly int[] matchedStamps;
    private int stamp = 1;

    internal ScoreMemo(PreparedVacancies prepared)
    {
        Prepared = prepared;
        parts = new OccupationPart[prepared.ProfileCount];
        partStamps = new int[prepared.ProfileCount];
        heldStamps = new int[prepared.SkillIds.Count];
        matched = new int[prepared.SkillListCount];
        matchedStamps = new int[prepared.SkillListCount];
    }

    /// <summary>The vacancies this memo scores against.</summary>
    public PreparedVacancies Prepared { get; }

    /// <summary>Forgets the previous candidate's values.</summary>
    public void StartCandidate()
    {
        HeldSkillsKnown = false;
        if (++stamp == int.MaxValue)
        {
            Array.Clear(partStamps);
            Array.Clear(heldStamps);
            Array.Clear(matchedStamps);
            stamp = 1;
        }
    }

    internal bool HeldSkillsKnown { get; private set; }

    /// <summary>
    /// Records the current candidate's held skills (those no vacancy asks for are ignored) and counts them into every
    /// skill list that names them: a person holds a few dozen skills, while the lists hold thousands.
    /// </summary>
    internal void SetHeldSkills(IEnumerable<string> skills)
    {
        foreach (var skill in skills)
        {
            if (!Prepared.SkillIds.TryGetValue(skill, out var id) || heldStamps[id] == stamp) continue;
            heldStamps[id] = stamp;
            foreach (var list in Prepared.ListsNaming(id))
            {
                if (matchedStamps[list] != stamp) (matched[list], matchedStamps[list]) = (0, stamp);
                matched[list]++;
            }
        }
        HeldSkillsKnown = true;
    }

    /// <summary>How many skills of the prepared list <paramref name="list"/> the candidate holds (after <see cref="SetHeldSkills"/>).</summary>
    internal int MatchedOf(int list) => matchedStamps[list] == stamp ? matched[list] : 0;

    internal bool TryGet(int profile, out OccupationPart part)
    {
        part = parts[profile];
        return partStamps[profile] == stamp;
    }

    internal void Set(int profile, in OccupationPart part)
    {
        parts[profile] = part;
        partStamps[profile] = stamp;
    }
}

/// <summary>
/// What depends on the vacancy only through its occupation profile: occupation fit and qualification (unclamped, as
/// computed) and the closest desired occupation (null when none is named).
/// </summary>
internal readonly record struct OccupationPart(double Fit, double Qualification, Taxonomy.OccupationKinship? Desired);
