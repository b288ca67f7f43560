namespace Matcher.Core.Scoring;

/// <summary>
/// One thread's memo for one candidate at a time, against one <see cref="PreparedVacancies"/>: the
/// occupation-dependent component values per profile, which of the vacancies' skills the candidate holds, how many
/// of each skill list, and per profile the largest share of one of its lists.
/// Call <see cref="StartCandidate"/> before scoring the next candidate; not thread-safe.
/// </summary>
public sealed class ScoreMemo
{
    private readonly OccupationPart[] parts;
    private readonly int[] partStamps;
    private readonly int[] heldStamps;
    /// <summary>Per skill list, the held count, valid where its stamp is the current one (side by side: read per pair).</summary>
    private readonly (int Stamp, int Count)[] matched;
    private readonly List<int> counted = [];
    private readonly BestShare[] bestEssential, bestOptional;
    private readonly int[] bestEssentialStamps, bestOptionalStamps;
    private int stamp = 1;

    internal ScoreMemo(PreparedVacancies prepared)
    {
        Prepared = prepared;
        parts = new OccupationPart[prepared.ProfileCount];
        partStamps = new int[prepared.ProfileCount];
        heldStamps = new int[prepared.SkillIds.Count];
        matched = new (int, int)[prepared.SkillListCount];
        bestEssential = new BestShare[prepared.ProfileCount];
        bestOptional = new BestShare[prepared.ProfileCount];
        bestEssentialStamps = new int[prepared.ProfileCount];
        bestOptionalStamps = new int[prepared.ProfileCount];
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
            Array.Clear(matched);
            Array.Clear(bestEssentialStamps);
            Array.Clear(bestOptionalStamps);
            stamp = 1;
        }
    }

    internal bool HeldSkillsKnown { get; private set; }

    /// <summary>
    /// Records the current candidate's held skills (those no vacancy asks for are ignored) and counts them into every
    /// skill list that names them: a person holds a few dozen skills, while the lists hold thousands. Then notes per
    /// profile the largest share of a list held, for essential and for optional skills, from the lists counted.
    /// </summary>
    internal void SetHeldSkills(IEnumerable<string> skills)
    {
        counted.Clear();
        foreach (var skill in skills)
        {
            if (!Prepared.SkillIds.TryGetValue(skill, out var id) || heldStamps[id] == stamp) continue;
            heldStamps[id] = stamp;
            foreach (var list in Prepared.ListsNaming(id))
            {
                ref var held = ref matched[list];
                if (held.Stamp != stamp)
                {
                    held = (stamp, 0);
                    counted.Add(list);
                }
                held.Count++;
            }
        }
        foreach (var list in counted)
        {
            var share = new BestShare(matched[list].Count, Prepared.SkillCount(list));
            foreach (var profile in Prepared.ProfilesWithEssential(list)) Offer(bestEssential, bestEssentialStamps, profile, share);
            foreach (var profile in Prepared.ProfilesWithOptional(list)) Offer(bestOptional, bestOptionalStamps, profile, share);
        }
        HeldSkillsKnown = true;
    }

    private void Offer(BestShare[] best, int[] stamps, int profile, BestShare share)
    {
        if (stamps[profile] != stamp || share.Exceeds(best[profile])) (best[profile], stamps[profile]) = (share, stamp);
    }

    /// <summary>
    /// Of the essential (or optional) skill lists the vacancies of <paramref name="profile"/> are scored by, the largest
    /// share the candidate holds (after <see cref="SetHeldSkills"/>): none held is 0 of 1.
    /// </summary>
    internal BestShare BestShareOf(int profile, bool essential) => essential
        ? (bestEssentialStamps[profile] == stamp ? bestEssential[profile] : BestShare.None)
        : (bestOptionalStamps[profile] == stamp ? bestOptional[profile] : BestShare.None);

    /// <summary>How many skills of the prepared list <paramref name="list"/> the candidate holds (after <see cref="SetHeldSkills"/>).</summary>
    internal int MatchedOf(int list)
    {
        var (listStamp, count) = matched[list];
        return listStamp == stamp ? count : 0;
    }

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

/// <summary>Matched of Count skills of a list; compared by the share, exactly (in integers).</summary>
internal readonly record struct BestShare(int Matched, int Count)
{
    public static BestShare None { get; } = new(0, 1);

    public bool Exceeds(BestShare other) => (long)Matched * other.Count > (long)other.Matched * Count;
}
