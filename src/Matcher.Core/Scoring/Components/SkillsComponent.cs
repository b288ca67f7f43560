namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Wesentliche und weitere Kompetenzen: the share of the vacancy's skills the person holds, turned into a value by what
/// the offer is. Skilled work needs its essentials (the share itself: none held, no score); helper work is learned on the
/// job (0.6 + 0.4 share); training teaches them (0.85 + 0.15 share). Optional skills only refine (0.85 + 0.15 share).
/// Never falls as the share grows: the batch's profile bound takes the list with the largest share held as the best.
/// </summary>
internal static class SkillsComponent
{
    public static double Value(int matched, int count, in VacancyFacts vacancy, bool essential)
    {
        var share = (double)matched / count;
        if (!essential || vacancy.IsTraining) return 0.85 + 0.15 * share;
        if (vacancy.RequiredLevel == RequirementLevel.Helfer) return 0.6 + 0.4 * share;
        // Skilled work: below half the essentials the person cannot yet do the job, and the value falls quadratically.
        return share >= 0.5 ? share : 2 * share * share;
    }
}
