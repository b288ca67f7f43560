using System.Collections.Frozen;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>
/// A list of vacancies made ready for scoring millions of pairs against them (<see cref="PairScorer.Prepare"/>):
/// each vacancy's candidate-independent <see cref="VacancyFacts"/> side by side in one array, its skill lists as
/// integer ids (equal lists stored once: most vacancies take their occupation's, so a <see cref="ScoreMemo"/> counts
/// the held skills of a list once per candidate), and its occupation profile. Vacancies with the same occupation,
/// training flag and required level share a profile, because the occupation-dependent components (occupation fit,
/// qualification, desired occupation) cannot tell them apart; a <see cref="ScoreMemo"/> computes those once per
/// candidate and profile.
/// </summary>
public sealed class PreparedVacancies
{
    private readonly VacancyFacts[] facts;
    private readonly int[] profileOf;
    private readonly int[] essential, optional;
    private readonly int[] skillCounts;
    private readonly int[][] listsNaming;
    private readonly int[][] profilesWithEssential, profilesWithOptional;
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
        essential = new int[n];
        optional = new int[n];
        var profiles = new Dictionary<(OccupationCode, bool, RequirementLevel), int>();
        var skillIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<int[]>();
        var listIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int List(IEnumerable<string> skills)
        {
            int[] ids = [.. skills.Select(s => skillIds.TryGetValue(s, out var id) ? id : skillIds[s] = skillIds.Count)];
            var key = string.Join(',', ids);
            if (!listIds.TryGetValue(key, out var list))
            {
                listIds[key] = list = lists.Count;
                lists.Add(ids);
            }
            return list;
        }
        for (var k = 0; k < n; k++)
        {
            var v = vacancies[k];
            facts[k] = scorer.FactsOf(v, on);
            var key = (v.Occupation, v.IsTraining, v.RequiredLevel);
            if (!profiles.TryGetValue(key, out var profile)) profiles[key] = profile = profiles.Count;
            profileOf[k] = profile;
            essential[k] = List(v.EssentialSkills.Count > 0 ? v.EssentialSkills : scorer.Taxonomy.EssentialSkills(v.Occupation));
            optional[k] = List(v.OptionalSkills.Count > 0 ? v.OptionalSkills : scorer.Taxonomy.OptionalSkills(v.Occupation));
        }
        int[][] skillLists = [.. lists];
        skillCounts = [.. lists.Select(l => l.Length)];
        var naming = new List<int>[skillIds.Count];
        for (var list = 0; list < skillLists.Length; list++)
            foreach (var id in skillLists[list]) (naming[id] ??= []).Add(list);
        listsNaming = [.. naming.Select(l => l?.ToArray() ?? [])];
        ProfileCount = profiles.Count;
        SkillIds = skillIds.ToFrozenDictionary(StringComparer.Ordinal);
        representative = new int[ProfileCount];
        profileSkills = new ProfileSkills[ProfileCount];
        var withEssential = new HashSet<int>[skillLists.Length];
        var withOptional = new HashSet<int>[skillLists.Length];
        foreach (var members in Enumerable.Range(0, n).GroupBy(k => profileOf[k]))
        {
            representative[members.Key] = members.First();
            int[] essentialLists = [.. members.Select(k => essential[k]).Distinct()], optionalLists = [.. members.Select(k => optional[k]).Distinct()];
            foreach (var list in essentialLists) (withEssential[list] ??= []).Add(members.Key);
            foreach (var list in optionalLists) (withOptional[list] ??= []).Add(members.Key);
            profileSkills[members.Key] = new ProfileSkills(
                essentialLists.Any(l => skillLists[l].Length == 0), optionalLists.Any(l => skillLists[l].Length == 0), members.Min(k => vacancies[k].MinimumGerman));
        }
        profilesWithEssential = [.. withEssential.Select(p => p?.Order().ToArray() ?? [])];
        profilesWithOptional = [.. withOptional.Select(p => p?.Order().ToArray() ?? [])];
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

    /// <summary>Number of distinct skill lists.</summary>
    internal int SkillListCount => skillCounts.Length;

    /// <summary>How many skills the list <paramref name="list"/> names (read per pair, so kept in one array of its own).</summary>
    internal int SkillCount(int list) => skillCounts[list];

    /// <summary>The lists that name the skill <paramref name="skillId"/>, a list as often as it names it.</summary>
    internal int[] ListsNaming(int skillId) => listsNaming[skillId];

    /// <summary>The profiles that have a vacancy scored by <paramref name="list"/> for its essential skills.</summary>
    internal int[] ProfilesWithEssential(int list) => profilesWithEssential[list];

    /// <summary>The profiles that have a vacancy scored by <paramref name="list"/> for its optional skills.</summary>
    internal int[] ProfilesWithOptional(int list) => profilesWithOptional[list];

    /// <summary>The list of essential skills the vacancy at <paramref name="vacancyIndex"/> is scored by.</summary>
    internal int EssentialListOf(int vacancyIndex) => essential[vacancyIndex];

    /// <summary>The list of optional skills the vacancy at <paramref name="vacancyIndex"/> is scored by.</summary>
    internal int OptionalListOf(int vacancyIndex) => optional[vacancyIndex];

    /// <summary>
    /// What the vacancies of one profile ask for, together: whether one of them is scored by an empty essential or
    /// optional skill list (the component does not apply to it) and the lowest German required.
    /// </summary>
    internal readonly record struct ProfileSkills(bool EmptyEssentialList, bool EmptyOptionalList, CefrLevel LowestGerman);
}
