using System.Collections.Frozen;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>
/// A list of vacancies made ready for scoring millions of pairs against them (<see cref="PairScorer.Prepare"/>):
/// each vacancy's candidate-independent <see cref="VacancyFacts"/>, its skill lists as integer ids, and its
/// occupation profile. Vacancies with the same occupation, training flag and required level share a profile,
/// because the occupation-dependent components (occupation fit, qualification, desired occupation) cannot tell
/// them apart; a <see cref="ScoreMemo"/> computes those once per candidate and profile.
/// </summary>
public sealed class PreparedVacancies
{
    private readonly VacancyFacts[] facts;
    private readonly int[] profileOf;
    private readonly int[][] essential, optional;
    private readonly ProfileSkills[] profileSkills;
    private readonly int[] representative;

    internal PreparedVacancies(IReadOnlyList<Vacancy> vacancies, DateOnly on, PairScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        Vacancies = vacancies;
        On = on;
        var n = vacancies.Count;
        facts = new VacancyFacts[n];
        profileOf = new int[n];
        essential = new int[n][];
        optional = new int[n][];
        var profiles = new Dictionary<(OccupationCode, bool, RequirementLevel), int>();
        var skillIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Ids(IEnumerable<string> skills) => [.. skills.Select(s => skillIds.TryGetValue(s, out var id) ? id : skillIds[s] = skillIds.Count)];
        for (var k = 0; k < n; k++)
        {
            var v = vacancies[k];
            facts[k] = scorer.FactsOf(v, on);
            var key = (v.Occupation, v.IsTraining, v.RequiredLevel);
            if (!profiles.TryGetValue(key, out var profile)) profiles[key] = profile = profiles.Count;
            profileOf[k] = profile;
            essential[k] = Ids(v.EssentialSkills.Count > 0 ? v.EssentialSkills : scorer.Taxonomy.EssentialSkills(v.Occupation));
            optional[k] = Ids(v.OptionalSkills.Count > 0 ? v.OptionalSkills : scorer.Taxonomy.OptionalSkills(v.Occupation));
        }
        ProfileCount = profiles.Count;
        SkillIds = skillIds.ToFrozenDictionary(StringComparer.Ordinal);
        representative = new int[ProfileCount];
        profileSkills = new ProfileSkills[ProfileCount];
        foreach (var members in Enumerable.Range(0, n).GroupBy(k => profileOf[k]))
        {
            representative[members.Key] = members.First();
            profileSkills[members.Key] = new ProfileSkills(
                [.. members.SelectMany(k => essential[k]).Distinct()], members.Any(k => essential[k].Length > 0), members.Any(k => essential[k].Length == 0),
                [.. members.SelectMany(k => optional[k]).Distinct()], members.Any(k => optional[k].Length > 0), members.Any(k => optional[k].Length == 0),
                members.Min(k => vacancies[k].MinimumGerman));
        }
    }

    public IReadOnlyList<Vacancy> Vacancies { get; }

    /// <summary>The date the facts were computed for.</summary>
    public DateOnly On { get; }

    /// <summary>Number of distinct occupation profiles.</summary>
    public int ProfileCount { get; }

    /// <summary>Ids of every skill some vacancy asks for.</summary>
    internal FrozenDictionary<string, int> SkillIds { get; }

    /// <summary>The candidate-independent facts of the vacancy at <paramref name="vacancyIndex"/>.</summary>
    public ref readonly VacancyFacts FactsOf(int vacancyIndex) => ref facts[vacancyIndex];

    /// <summary>The occupation profile of the vacancy at <paramref name="vacancyIndex"/>.</summary>
    public int ProfileOf(int vacancyIndex) => profileOf[vacancyIndex];

    /// <summary>One vacancy of <paramref name="profile"/>: they all score the same on the occupation-dependent components.</summary>
    public int RepresentativeOf(int profile) => representative[profile];

    internal ref readonly ProfileSkills SkillsOf(int profile) => ref profileSkills[profile];

    /// <summary>A memo for one thread to score candidates against these vacancies.</summary>
    public ScoreMemo NewMemo() => new(this);

    internal int[] EssentialSkillIds(int vacancyIndex) => essential[vacancyIndex];

    internal int[] OptionalSkillIds(int vacancyIndex) => optional[vacancyIndex];

    /// <summary>
    /// What the vacancies of one profile ask for, together: every essential and optional skill id any of them lists,
    /// whether some list is non-empty (the component applies) or empty (it does not), and the lowest German required.
    /// </summary>
    internal readonly record struct ProfileSkills(
        int[] Essential, bool EssentialSometimesApplies, bool EssentialSometimesNot,
        int[] Optional, bool OptionalSometimesApplies, bool OptionalSometimesNot,
        CefrLevel LowestGerman);
}
