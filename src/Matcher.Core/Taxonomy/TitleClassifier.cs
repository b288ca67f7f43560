using System.Numerics.Tensors;


namespace Matcher.Core.Taxonomy;

/// <summary>
/// Ranks every occupation for a title that is not known verbatim. Three Naive Bayes models are added in log space
/// (weights fitted on a split of the BA titles other than the one titles-eval reports): one over the 5-digit
/// occupations, one over their 3-digit Berufsgruppe (the field, which pools the evidence of sibling occupations;
/// a 4-digit model beside it added nothing) and one over the requirement level (5th digit, from word beginnings and
/// endings such as "-helfer", "-meister", "ingenieur"). On the BA's own job titles this ranks the right occupation first about
/// half again as often as string similarity did (see README, "How well real titles resolve").
/// </summary>
public sealed class TitleClassifier
{
    /// <summary>Additive smoothing; small because titles are short and a shared rare stem is strong evidence.</summary>
    public const double Smoothing = 0.02;

    /// <summary>The level model counts three times: it sees few features, and a level cue ("helfer") must outvote the field's.</summary>
    public const double LevelWeight = 3.0;

    /// <summary>Weight of the Berufsgruppe (3 digits) model, which pools the most evidence for the field.</summary>
    public const double GroupWeight = 1.0;

    /// <summary>Titles with more features than this (a pasted text, not a title) keep their scratch on the heap, not the stack.</summary>
    private const int MaxStackFeatures = 512;

    /// <summary>
    /// An n-gram seen with more than this share of all occupations is dropped (see the constructor). 7 % rather than a
    /// tenth since the official taxonomy's English titles came in: about a tenth more titles per second on the advert set,
    /// its top-1 unchanged, the held-out BA titles −0.004.
    /// </summary>
    private const double CommonShare = 0.07;

    private readonly OccupationCode[] occupations;
    private readonly int[] groupOf;
    private readonly int[] levelOf;
    private readonly double[] unseenPerGram;
    private readonly double[] unseenPerAffix;
    private readonly FeatureVocabulary gramVocabulary;
    private readonly FeatureVocabulary affixVocabulary;
    private readonly NaiveBayesLayer byOccupation;
    private readonly NaiveBayesLayer byGroup;
    private readonly NaiveBayesLayer byLevel;

    public TitleClassifier(IEnumerable<TrainingTitle> examples)
    {
        var list = examples.Where(e => e.Normalized.Length > 0 && e.Weight > 0).ToList();
        occupations = [.. list.Select(e => e.Occupation).Distinct().OrderBy(c => c.Value)];
        var index = occupations.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var groups = occupations.Select(c => c.Value / 100).Distinct().Order().Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        groupOf = [.. occupations.Select(c => groups[c.Value / 100])];
        levelOf = [.. occupations.Select(c => c.Value % 10)];

        var gramIds = new Dictionary<long, int>();
        var affixIds = new Dictionary<long, int>();
        var grams = new List<(int[], int, double)>();
        var affixes = new List<(int[], int, double)>();
        var features = new List<long>();
        foreach (var e in list)
        {
            TitleFeatures.Grams(e.Normalized, features);
            grams.Add((Ids(features, gramIds), index[e.Occupation], e.Weight));
            TitleFeatures.Affixes(e.Normalized, features);
            affixes.Add((Ids(features, affixIds), index[e.Occupation], e.Weight));
        }
        // Drop n-grams seen with a large share of all occupations ("er$", "ker"): they hardly tell occupations
        // apart, yet their long lists of classes would make up most of the scoring work. (Not in a small taxonomy,
        // where every n-gram is seen with a large share.) Titles and descriptions are counted apart: a description's
        // many words would make common what is rare among titles, and its own common words ("herstellen") go.
        var commonInTitles = CommonIds(grams.Where(d => d.Item3 >= 1), gramIds.Count, occupations.Length);
        var commonInDescriptions = CommonIds(grams.Where(d => d.Item3 < 1), gramIds.Count, occupations.Length);
        var renumbered = new int[gramIds.Count];
        var kept = 0;
        for (var id = 0; id < renumbered.Length; id++) renumbered[id] = commonInTitles[id] ? -1 : kept++;
        grams = [.. grams.Select(d => (d.Item1.Where(id => renumbered[id] >= 0 && (d.Item3 >= 1 || !commonInDescriptions[id])).Select(id => renumbered[id]).ToArray(), d.Item2, d.Item3))];
        gramVocabulary = new FeatureVocabulary(gramIds.Where(g => renumbered[g.Value] >= 0).Select(g => KeyValuePair.Create(g.Key, renumbered[g.Value])));
        affixVocabulary = new FeatureVocabulary(affixIds);
        byOccupation = new NaiveBayesLayer(grams, occupations.Length, kept, Smoothing);
        byGroup = new NaiveBayesLayer([.. grams.Select(d => (d.Item1, groupOf[d.Item2], d.Item3))], groups.Count, kept, Smoothing);
        byLevel = new NaiveBayesLayer([.. affixes.Select(d => (d.Item1, levelOf[d.Item2], d.Item3))], 10, affixIds.Count, Smoothing);
        unseenPerGram = [.. Enumerable.Range(0, occupations.Length).Select(c => byOccupation.Unseen(c) + GroupWeight * byGroup.Unseen(groupOf[c]))];
        unseenPerAffix = [.. Enumerable.Range(0, occupations.Length).Select(c => LevelWeight * byLevel.Unseen(levelOf[c]))];
    }

    /// <summary>The occupations in score order of <see cref="Score"/>: scores[i] belongs to Occupations[i].</summary>
    public IReadOnlyList<OccupationCode> Occupations => occupations;

    /// <summary>
    /// Writes the log-likelihood of <paramref name="normalized"/> for every occupation into <paramref name="scores"/>
    /// (length <see cref="Occupations"/>) and returns how many known features the title has; 0 means the classifier
    /// has no evidence at all and the scores are meaningless.
    /// </summary>
    public int Score(string normalized, Span<double> scores)
    {
        if (scores.Length != occupations.Length) throw new ArgumentException($"Needs one slot per occupation ({occupations.Length}).", nameof(scores));
        var buffers = Buffers.ForThread(byGroup.Classes);
        var features = buffers.Features;
        var group = buffers.Group.AsSpan(0, byGroup.Classes);
        group.Clear();
        Span<double> level = stackalloc double[10];
        level.Clear();

        // Each distinct feature counts once ("ung" twice in a title is one piece of evidence). The ids are looked up
        // first, all of them, so that the vocabulary's cache misses overlap instead of each waiting for the scoring
        // before it; a title has a few dozen features, so a vectorised scan of the ids taken so far is cheaper than
        // sorting the hashes.
        TitleFeatures.Affixes(normalized, features);
        Span<int> ids = features.Count <= MaxStackFeatures ? stackalloc int[features.Count] : new int[features.Count];
        var knownAffixes = Distinct(affixVocabulary, features, ids);
        foreach (var id in ids[..knownAffixes]) byLevel.Add(id, level);
        TitleFeatures.Grams(normalized, features);
        ids = features.Count <= MaxStackFeatures ? stackalloc int[features.Count] : new int[features.Count];
        var known = Distinct(gramVocabulary, features, ids);
        foreach (var id in ids[..known]) byGroup.Add(id, group);

        // score[c] = known · unseen(c) + GroupWeight · (group[h] + known · unseen(h)) + LevelWeight · (level[l] + affixes · unseen(l))
        // + the occupation's own evidence, with the unseen terms summed per occupation at build: one pass to start
        // from, then the postings.
        TensorPrimitives.Multiply(unseenPerGram, known, scores);
        TensorPrimitives.MultiplyAdd(unseenPerAffix, knownAffixes, scores, scores);
        ReadOnlySpan<int> levels = levelOf, groups = groupOf;
        for (var c = 0; c < scores.Length && c < levels.Length && c < groups.Length; c++)
            scores[c] += LevelWeight * level[levels[c]] + GroupWeight * group[groups[c]];
        foreach (var id in ids[..known]) byOccupation.Add(id, scores);
        return known;
    }

    /// <summary>Writes the distinct ids of the known <paramref name="features"/> to the front of <paramref name="ids"/>; returns how many.</summary>
    private static int Distinct(FeatureVocabulary vocabulary, List<long> features, Span<int> ids)
    {
        var found = 0;
        foreach (var f in features) if (vocabulary.TryGetValue(f, out var id)) ids[found++] = id;
        var distinct = 0;
        for (var i = 0; i < found; i++) if (!ids[..distinct].Contains(ids[i])) ids[distinct++] = ids[i];
        return distinct;
    }

    /// <summary>Which feature ids the documents show with more than <see cref="CommonShare"/> of the occupations (and at least 20).</summary>
    private static bool[] CommonIds(IEnumerable<(int[] Features, int Class, double Weight)> documents, int vocabulary, int occupations)
    {
        var seenWith = new HashSet<int>?[vocabulary];
        foreach (var (features, c, _) in documents) foreach (var id in features) (seenWith[id] ??= []).Add(c);
        return [.. seenWith.Select(s => s is not null && s.Count > Math.Max(CommonShare * occupations, 20))];
    }

    /// <summary>The distinct ids of the features, new features numbered on.</summary>
    private static int[] Ids(List<long> features, Dictionary<long, int> ids)
    {
        var result = new HashSet<int>();
        foreach (var f in features)
        {
            if (!ids.TryGetValue(f, out var id)) ids[f] = id = ids.Count;
            result.Add(id);
        }
        return [.. result];
    }

    /// <summary>Per-thread scratch space: a lookup must not allocate (the target is 50,000 titles per second).</summary>
    private sealed class Buffers
    {
        [ThreadStatic] private static Buffers? current;

        public List<long> Features { get; } = new(256);

        public double[] Group { get; private set; } = [];

        public static Buffers ForThread(int groups)
        {
            var b = current ??= new Buffers();
            if (b.Group.Length < groups) b.Group = new double[groups];
            return b;
        }
    }
}
