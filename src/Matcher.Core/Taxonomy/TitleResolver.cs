using System.Collections.Frozen;
using FuzzySharp;
using FuzzySharp.PreProcess;
using System.Numerics;
using System.Numerics.Tensors;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Resolves free-text job titles to occupations. The title is normalised (<see cref="TitleNormalizer"/>) and looked
/// up among all known titles and their gender forms; a title known verbatim is certain. Any other title is ranked by
/// <see cref="TitleClassifier"/>; each match's confidence is the classifier's probability for it, for the best one
/// raised to its string similarity with the occupation's closest known title (a typo of a known title is as good as
/// the title). The best match is confident when its confidence reaches <see cref="ConfidenceThreshold"/>, the title
/// also looks like one of the occupation's known titles (<see cref="LexicalSupport"/>) and no other occupation comes
/// within <see cref="TieMargin"/>; otherwise the resolver answers "no confident match" with suggestions rather than
/// guessing.
/// </summary>
public sealed class TitleResolver
{
    /// <summary>Default threshold: of the BA's held-out titles resolved with this confidence, about nine in ten are right.</summary>
    public const double DefaultConfidenceThreshold = 0.88;

    /// <summary>
    /// How similar (FuzzySharp, see <see cref="Similarity"/>) a title must be to a known title of the occupation before
    /// the resolver is sure: a typo or extra words pass, a different compound does not. The probability alone would
    /// be sure that "Rechtsanwalt" is a Rechtsanwaltsgehilfe, the only occupation with "rechtsanwalt" in its titles.
    /// </summary>
    public const double LexicalSupport = 0.8;

    /// <summary>
    /// The classifier's log-likelihoods are divided by this times the number of known features before they become
    /// probabilities: Naive Bayes counts overlapping n-grams as independent evidence and is far too sure of itself.
    /// Fitted so that, on a different split of the BA titles (seed 1) than the one titles-eval reports, the titles
    /// resolved with confidence 0.88 are right 88% of the time.
    /// </summary>
    public const double TemperaturePerFeature = 0.65;

    /// <summary>Two different occupations closer than this are a tie, so neither is confident.</summary>
    public const double TieMargin = 0.03;

    /// <summary>
    /// A typo of a known title counts as that title only if the classifier agrees at least this much: among the
    /// official titles many differ in one word ("Fachkraft - Getränketechnik", "Fachkraft - Getränkeherstellung").
    /// </summary>
    private const double TypoProbability = 0.7;

    /// <summary>An edit ratio with the favourite's closest title this high is a typo of it, whatever the classifier's probability.</summary>
    private const double ClearTypo = 0.9;

    /// <summary>
    /// An occupation's description counts as half a title: its words ("Käse", "Milch") name the field of titles it
    /// does not list ("Käser"), but a long text must not drown the titles. +0.02 top-1 on the BA titles.
    /// </summary>
    private const double DescriptionWeight = 0.5;

    /// <summary>Suggestions below this share of the best match's confidence are left out.</summary>
    private const double NegligibleShare = 0.001;

    /// <summary>Below certainty for anything not known verbatim, however sure the classifier is.</summary>
    private const double MaxInferredConfidence = 0.99;

    private readonly FrozenDictionary<string, OccupationCode[]> index;
    private readonly FrozenDictionary<OccupationCode, (string Key, TrigramSignature Trigrams)[]> keysOf;
    private readonly TitleClassifier classifier;
    private readonly OccupationTaxonomy taxonomy;
    private readonly AdvertTitleParser adverts;
    private readonly FrozenSet<string> knownWords;

    public TitleResolver(OccupationTaxonomy taxonomy, double confidenceThreshold = DefaultConfidenceThreshold)
    {
        if (confidenceThreshold is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(confidenceThreshold), "Must lie in [0, 1].");
        this.taxonomy = taxonomy;
        ConfidenceThreshold = confidenceThreshold;
        var entries = new Dictionary<string, SortedSet<OccupationCode>>(StringComparer.Ordinal);
        var keys = new Dictionary<OccupationCode, HashSet<string>>();
        foreach (var occupation in taxonomy.Occupations.Values)
        {
            var own = keys[occupation.Code] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var title in occupation.Synonyms.Prepend(occupation.TitleDe))
            {
                var (masculine, feminine) = GenderForms.Expand(title);
                foreach (var form in new[] { title, masculine, feminine })
                {
                    var key = TitleNormalizer.Normalize(form);
                    if (key.Length == 0) continue;
                    if (!entries.TryGetValue(key, out var codes)) entries[key] = codes = new SortedSet<OccupationCode>(Comparer<OccupationCode>.Create((a, b) => a.Value.CompareTo(b.Value)));
                    codes.Add(occupation.Code);
                    own.Add(key);
                }
            }
            // English titles teach the classifier but are never exact hits: ESCO lists the same label ("physiotherapist")
            // under several occupations, and its mapping to KldB is by vote. The classifier's doubt then shows.
            foreach (var title in occupation.TitlesEn)
            {
                var key = TitleNormalizer.Normalize(title);
                if (key.Length > 0) own.Add(key);
            }
        }
        knownWords = keys.Values.SelectMany(k => k).SelectMany(k => k.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
        adverts = new AdvertTitleParser(taxonomy.Abbreviations);
        index = entries.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        keysOf = keys.ToFrozenDictionary(k => k.Key, k => k.Value.Order(StringComparer.Ordinal).Select(key => (key, TrigramSignature.Of(key))).ToArray());
        classifier = new TitleClassifier(keys.SelectMany(k => k.Value.Select(key => new TrainingTitle(key, k.Key)))
            .Concat(taxonomy.Occupations.Values.Where(o => o.DescriptionDe.Length > 0)
                .Select(o => new TrainingTitle(TitleNormalizer.Normalize(o.DescriptionDe), o.Code, DescriptionWeight))));
    }

    public double ConfidenceThreshold { get; }

    /// <summary>Number of distinct normalised titles known.</summary>
    public int KnownTitleCount => index.Count;

    /// <summary>Ranks occupations for <paramref name="title"/>; at most <paramref name="limit"/> matches.</summary>
    public TitleResolution Resolve(string title, int limit = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        title ??= "";
        var advert = adverts.Parse(title, knownWords.Contains);
        var query = TitleNormalizer.Normalize(advert.Occupation);
        if (query.Length < 2) return new TitleResolution(title, query, false, [], advert);

        var matches = new List<TitleMatch>(limit);
        var exact = index.GetValueOrDefault(query) ?? [];
        foreach (var code in exact.Take(limit)) matches.Add(new TitleMatch(taxonomy.Occupations[code], 1.0, query));

        var queryTrigrams = TrigramSignature.Of(query);
        var supported = false;
        if (matches.Count < limit)
        {
            foreach (var (code, probability) in Ranked(query, limit - matches.Count, exact))
            {
                var key = ClosestKey(code, queryTrigrams);
                var confidence = probability;
                if (matches.Count == 0 && probability >= TypoProbability)
                {
                    // The classifier's favourite may be a typo of one of its titles, which is as good as the title.
                    var similarity = Similarity(query, key);
                    supported = similarity >= LexicalSupport;
                    confidence = Math.Max(probability, similarity);
                }
                else if (matches.Count == 0 && Math.Abs(query.Length - key.Length) <= (1 - ClearTypo) * (query.Length + key.Length)
                    && Fuzz.Ratio(query, key, PreprocessMode.None) / 100.0 is var ratio && ratio >= ClearTypo)
                {
                    // With 1,300 occupations the classifier spreads its belief thin, but a letter or two off one of its
                    // favourite's titles is still that title ("Fliesenlegr").
                    supported = true;
                    confidence = Math.Max(probability, ratio);
                }
                matches.Add(new TitleMatch(taxonomy.Occupations[code], Math.Min(confidence, MaxInferredConfidence), key));
            }
        }
        matches.Sort((a, b) => a.Confidence != b.Confidence ? b.Confidence.CompareTo(a.Confidence) : a.Occupation.Code.Value.CompareTo(b.Occupation.Code.Value));
        // A suggestion a thousand times less likely than the best is noise ("Kassierer": Fahrzeuglackierer/in).
        if (matches.Count > 1) matches.RemoveAll(m => m.Confidence < NegligibleShare * matches[0].Confidence);
        // A title known under two codes is a tie, however exact: neither is confident.
        var confident = exact.Length == 1
            || (exact.Length == 0 && supported && matches[0].Confidence >= ConfidenceThreshold
                && (matches.Count == 1 || matches[0].Confidence - matches[1].Confidence >= TieMargin));
        if (exact.Length == 0 && matches.Count > 0 && LeadingTitle(query) is { } lead && lead.Value / 1000 != matches[0].Occupation.Code.Value / 1000)
        {
            // "Elektriker für Gebäudetechnik": adverts name the occupation first and qualify it after, and the qualifier
            // may pull the classifier into another field altogether (34, building services). Leading words known as a
            // title under one code, in another Berufshauptgruppe than the classifier's favourite, put that code first,
            // level with the favourite: a tie, never confident. Within one field the classifier is left to specialise
            // ("Verkäufer Fleischtheke" is the butchery's sales assistant, not the general one).
            PutFirst(matches, new TitleMatch(taxonomy.Occupations[lead], Math.Min(MaxInferredConfidence, matches[0].Confidence + TieMargin / 3), query.Split(' ')[0]));
            confident = false;
        }
        if (exact.Length == 0 && advert.LevelHint is { } level) SteerToLevel(matches, level);
        return new TitleResolution(title, query, confident, matches, advert);
    }

    /// <summary>The code of the longest run of leading words (at least five letters, not all of them) known as a title under one code.</summary>
    private OccupationCode? LeadingTitle(string query)
    {
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var cut = query.LastIndexOf(' ');
        while (cut >= 5)
        {
            if (lookup.TryGetValue(query.AsSpan(0, cut), out var codes) && codes.Length == 1) return codes[0];
            cut = query.LastIndexOf(' ', cut - 1);
        }
        return null;
    }

    /// <summary>
    /// When the advert's words name a level ("Ausbildung zum …", "Aushilfe") and the inferred best match is on another
    /// level of the same Berufsuntergruppe, the sibling on the named level takes its place: the words are better
    /// evidence of the level than the letters of the occupation's name. A title known exactly is never moved.
    /// </summary>
    private void SteerToLevel(List<TitleMatch> matches, RequirementLevel level)
    {
        if (matches.Count == 0 || matches[0].Occupation.Level == level) return;
        var best = matches[0];
        var sibling = best.Occupation.Code.AtLevel(level);
        if (taxonomy.Find(sibling) is not { } occupation) return;
        PutFirst(matches, new TitleMatch(occupation, best.Confidence, best.MatchedTitle));
    }

    /// <summary>Puts <paramref name="first"/> at the head of the list, removing it further down, the list no longer than it was.</summary>
    private static void PutFirst(List<TitleMatch> matches, TitleMatch first)
    {
        var count = matches.Count;
        matches.RemoveAll(m => m.Occupation.Code == first.Occupation.Code);
        matches.Insert(0, first);
        if (matches.Count > count) matches.RemoveAt(matches.Count - 1);
    }

    /// <summary>The <paramref name="limit"/> occupations the classifier likes best (not those already known exactly), with their probabilities.</summary>
    private List<(OccupationCode Code, double Probability)> Ranked(string query, int limit, OccupationCode[] exclude)
    {
        var occupations = classifier.Occupations;
        var scores = (scratch is { } s && s.Length >= occupations.Count ? s : scratch = new double[occupations.Count]).AsSpan(0, occupations.Count);
        var known = classifier.Score(query, scores);
        if (known == 0) return [];

        // The best `limit` by score, kept sorted in a small array (limit is at most a few dozen). Only a few dozen of
        // the 1,300 official occupations ever beat the current last of them, so whole vectors below it are skipped.
        var best = new List<int>(limit + 1);
        var floor = double.NegativeInfinity;
        var width = Vector<double>.Count;
        for (var block = 0; block < scores.Length; block += width)
        {
            var end = Math.Min(block + width, scores.Length);
            if (end - block == width && !Vector.GreaterThanAny(new Vector<double>(scores[block..end]), new Vector<double>(floor))) continue;
            for (var c = block; c < end; c++)
            {
                var score = scores[c];
                if (score <= floor || Array.IndexOf(exclude, occupations[c]) >= 0) continue;
                var at = best.Count;
                while (at > 0 && score > scores[best[at - 1]]) at--;
                best.Insert(at, c);
                if (best.Count > limit) best.RemoveAt(limit);
                if (best.Count == limit) floor = scores[best[^1]];
            }
        }
        // Softmax normaliser, vectorised and in single precision (twice the lanes; a normaliser needs no more): the
        // classes are close after tempering, so nearly every exp counts.
        var max = TensorPrimitives.Max(scores);
        var temperature = TemperaturePerFeature * known;
        var weights = (scratchWeights is { } w && w.Length >= scores.Length ? w : scratchWeights = new float[scores.Length]).AsSpan(0, scores.Length);
        TensorPrimitives.ConvertTruncating<double, float>(scores, weights);
        TensorPrimitives.Subtract(weights, (float)max, weights);
        TensorPrimitives.Multiply(weights, (float)(1 / temperature), weights);
        TensorPrimitives.Exp(weights, weights);
        double sum = TensorPrimitives.Sum(weights);
        var ranked = new List<(OccupationCode, double)>(best.Count);
        foreach (var c in best) ranked.Add((occupations[c], Math.Exp((scores[c] - max) / temperature) / sum));
        return ranked;
    }

    [ThreadStatic] private static double[]? scratch;
    [ThreadStatic] private static float[]? scratchWeights;

    /// <summary>
    /// Plain edit-distance ratio for typos, in [0, 1]; 0.95 when every word of the known title occurs in the query
    /// ("Reinigungskraft in Teilzeit"). Deliberately not the other way round: "Helfer" is in every helper title, and a
    /// substring is not the same job either ("Rechtsanwalt" is not "Rechtsanwaltsgehilfe").
    /// </summary>
    private static double Similarity(string query, string key)
    {
        var ratio = Fuzz.Ratio(query, key, PreprocessMode.None) / 100.0;
        var words = query.Split(' ');
        return key.Split(' ').All(words.Contains) ? Math.Max(ratio, 0.95) : ratio;
    }

    /// <summary>The occupation's known title that shares the most character trigrams with the query (highest Dice coefficient).</summary>
    private string ClosestKey(OccupationCode code, TrigramSignature query)
    {
        // Dice = 2·shared / total; fractions compared by cross-multiplying, no division in the loop (an occupation of
        // the official taxonomy has some seventy titles and each match compares them all).
        var (best, bestShared, bestTotal) = ("", -1, 1);
        foreach (var (key, trigrams) in keysOf[code])
        {
            var shared = query.Shared(trigrams);
            var total = Math.Max(1, query.Count + trigrams.Count);
            if (shared * bestTotal > bestShared * total) (best, bestShared, bestTotal) = (key, shared, total);
        }
        return best;
    }
}
