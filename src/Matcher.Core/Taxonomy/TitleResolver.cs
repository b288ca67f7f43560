using System.Collections.Frozen;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Resolves free-text job titles to occupations. The title is normalised (<see cref="TitleNormalizer"/>),
/// looked up exactly among all known titles and their gender forms, and otherwise scored with FuzzySharp
/// against the known titles that share enough character trigrams with it. A match is confident when it
/// reaches <see cref="ConfidenceThreshold"/> and is not tied with a different occupation; otherwise the
/// resolver answers "no confident match" rather than guessing.
/// </summary>
public sealed class TitleResolver
{
    /// <summary>Default threshold: tolerates a typo or two, or extra words around a known title ("in Teilzeit").</summary>
    public const double DefaultConfidenceThreshold = 0.88;

    /// <summary>Two different occupations closer than this are a tie, so neither is confident.</summary>
    public const double TieMargin = 0.03;

    /// <summary>How many trigram-ranked candidate titles are scored in full.</summary>
    private const int CandidatesScored = 48; // fewer (16) is faster but misses ties: "Helfer" alone would look confident

    private readonly FrozenDictionary<string, OccupationCode[]> index;
    private readonly string[] keys;
    private readonly FrozenDictionary<long, int[]> postings;
    private readonly int[] trigramCounts;
    private readonly OccupationTaxonomy taxonomy;

    public TitleResolver(OccupationTaxonomy taxonomy, double confidenceThreshold = DefaultConfidenceThreshold)
    {
        if (confidenceThreshold is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(confidenceThreshold), "Must lie in [0, 1].");
        this.taxonomy = taxonomy;
        ConfidenceThreshold = confidenceThreshold;
        var entries = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var occupation in taxonomy.Occupations.Values)
        {
            foreach (var title in occupation.Synonyms.Prepend(occupation.TitleDe))
            {
                var (masculine, feminine) = GenderForms.Expand(title);
                foreach (var form in new[] { title, masculine, feminine })
                {
                    var key = TitleNormalizer.Normalize(form);
                    if (key.Length == 0) continue;
                    if (!entries.TryGetValue(key, out var codes)) entries[key] = codes = [];
                    codes.Add(occupation.Code.Value);
                }
            }
        }
        var codeOf = taxonomy.Occupations.Keys.ToDictionary(c => c.Value);
        index = entries.ToFrozenDictionary(e => e.Key, e => e.Value.Select(v => codeOf[v]).ToArray(), StringComparer.Ordinal);
        keys = [.. index.Keys.Order(StringComparer.Ordinal)];
        trigramCounts = new int[keys.Length];
        var lists = new Dictionary<long, List<int>>();
        for (var k = 0; k < keys.Length; k++)
        {
            var grams = Trigrams(keys[k]);
            trigramCounts[k] = grams.Count;
            foreach (var g in grams)
            {
                if (!lists.TryGetValue(g, out var list)) lists[g] = list = [];
                list.Add(k);
            }
        }
        postings = lists.ToFrozenDictionary(l => l.Key, l => l.Value.ToArray());
    }

    public double ConfidenceThreshold { get; }

    /// <summary>Number of distinct normalised titles known.</summary>
    public int KnownTitleCount => keys.Length;

    /// <summary>Ranks occupations for <paramref name="title"/>; at most <paramref name="limit"/> matches.</summary>
    public TitleResolution Resolve(string title, int limit = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        title ??= "";
        var query = TitleNormalizer.Normalize(title);
        if (query.Length < 2) return new TitleResolution(title, query, false, []);

        var best = new Dictionary<OccupationCode, (int Score, string Key)>();
        if (index.TryGetValue(query, out var exact))
            foreach (var code in exact) best[code] = (100, query);

        foreach (var k in CandidateKeys(query))
        {
            var key = keys[k];
            var score = Score(query, key);
            foreach (var code in index[key])
                if (!best.TryGetValue(code, out var current) || score > current.Score) best[code] = (score, key);
        }

        var ranked = best
            .OrderByDescending(b => b.Value.Score).ThenBy(b => b.Key.Value)
            .Take(limit)
            .Select(b => new TitleMatch(taxonomy.Occupations[b.Key], b.Value.Score / 100.0, b.Value.Key))
            .ToList();
        var confident = ranked.Count > 0 && ranked[0].Confidence >= ConfidenceThreshold
            && (ranked[0].Confidence >= 1.0 || ranked.Count == 1 || ranked[0].Confidence - ranked[1].Confidence >= TieMargin);
        return new TitleResolution(title, query, confident, ranked);
    }

    /// <summary>
    /// Plain edit-distance ratio for typos; token-set ratio (discounted, so that an exact title still wins)
    /// for extra or reordered words. Deliberately not a partial ratio: a substring is not the same job
    /// ("Rechtsanwalt" is not "Rechtsanwaltsfachangestellte").
    /// </summary>
    private static int Score(string query, string key) =>
        Math.Max(Fuzz.Ratio(query, key, PreprocessMode.None), (int)Math.Round(0.95 * Fuzz.TokenSetRatio(query, key, PreprocessMode.None)));

    /// <summary>
    /// The <see cref="CandidatesScored"/> known titles with the highest Dice coefficient of their trigrams with the
    /// query (ties: lower index). Shared trigrams are counted in a per-thread array rather than a dictionary, and the
    /// best are kept in a bounded heap: a lookup touches thousands of titles through common trigrams.
    /// </summary>
    private List<int> CandidateKeys(string query)
    {
        var grams = Trigrams(query);
        var counts = sharedCounts is { } c && c.Length >= keys.Length ? c : sharedCounts = new int[keys.Length];
        var touched = touchedKeys ??= new List<int>(1024);
        touched.Clear();
        foreach (var g in grams)
            if (postings.TryGetValue(g, out var list))
                foreach (var k in list)
                    if (counts[k]++ == 0) touched.Add(k);

        // Min-heap on (dice, -index): the root is the weakest of the best kept so far.
        var best = new PriorityQueue<int, (double Dice, int Negative)>(CandidatesScored + 1);
        foreach (var k in touched)
        {
            var dice = 2.0 * counts[k] / (grams.Count + trigramCounts[k]);
            counts[k] = 0;
            if (best.Count < CandidatesScored) best.Enqueue(k, (dice, -k));
            else if (best.TryPeek(out _, out var weakest) && (dice > weakest.Dice || (dice == weakest.Dice && -k > weakest.Negative)))
                best.EnqueueDequeue(k, (dice, -k));
        }
        var result = new List<int>(best.Count);
        while (best.TryDequeue(out var k, out _)) result.Add(k);
        result.Reverse();
        return result;
    }

    [ThreadStatic] private static int[]? sharedCounts;
    [ThreadStatic] private static List<int>? touchedKeys;

    /// <summary>The distinct character trigrams of "  text ", each packed into a long (three UTF-16 units).</summary>
    private static HashSet<long> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<long>();
        for (var i = 0; i + 3 <= padded.Length; i++) grams.Add(((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2]);
        return grams;
    }
}
