namespace Matcher.Core.Scoring;

/// <summary>
/// One thread's memo for one candidate at a time, against one <see cref="PreparedVacancies"/>: the
/// occupation-dependent component values per profile, and which of the vacancies' skills the candidate holds.
/// Call <see cref="StartCandidate"/> before scoring the next candidate; not thread-safe.
/// </summary>
public sealed class ScoreMemo
{
    private readonly OccupationPart[] parts;
    private readonly int[] partStamps;
    private readonly int[] heldStamps;
    private int stamp = 1;

    internal ScoreMemo(PreparedVacancies prepared)
    {
        Prepared = prepared;
        parts = new OccupationPart[prepared.ProfileCount];
        partStamps = new int[prepared.ProfileCount];
        heldStamps = new int[prepared.SkillIds.Count];
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
            stamp = 1;
        }
    }

    internal bool HeldSkillsKnown { get; private set; }

    /// <summary>Records the current candidate's held skills (those no vacancy asks for are ignored).</summary>
    internal void SetHeldSkills(IEnumerable<string> skills)
    {
        foreach (var skill in skills)
            if (Prepared.SkillIds.TryGetValue(skill, out var id)) heldStamps[id] = stamp;
        HeldSkillsKnown = true;
    }

    internal bool Holds(int skillId) => heldStamps[skillId] == stamp;

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
