using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// One multinomial Naive Bayes model over feature ids with additive smoothing α, stored sparsely: for each feature
/// the classes that saw it, each with log(1 + n/α). The log-likelihood of a document for class c is then
/// |known features| · log(α / (N_c + αV)) plus the sum of those weights, so that scoring touches only the classes
/// a feature was seen with. Class and weight lie side by side, one stream of memory per feature.
/// </summary>
internal sealed class NaiveBayesLayer
{
    private readonly int[] start;
    private readonly Posting[] postings;
    private readonly double[] baseline;

    public NaiveBayesLayer(IReadOnlyList<(int[] Features, int Class, double Weight)> documents, int classes, int vocabulary, double alpha)
    {
        var counts = new Dictionary<long, double>();
        var totals = new double[classes];
        foreach (var (features, c, w) in documents)
        {
            foreach (var f in features)
            {
                var key = ((long)f << 32) | (uint)c;
                counts[key] = counts.GetValueOrDefault(key) + w;
                totals[c] += w;
            }
        }
        var keys = counts.Keys.Order().ToArray();
        start = new int[vocabulary + 1];
        postings = new Posting[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            start[(int)(keys[i] >> 32) + 1]++;
            postings[i] = new Posting((int)(keys[i] & 0xFFFFFFFF), (float)Math.Log(1 + counts[keys[i]] / alpha));
        }
        for (var f = 0; f < vocabulary; f++) start[f + 1] += start[f];
        baseline = new double[classes];
        for (var c = 0; c < classes; c++) baseline[c] = Math.Log(alpha) - Math.Log(totals[c] + alpha * vocabulary);
    }

    public int Classes => baseline.Length;

    /// <summary>Adds the weights of <paramref name="feature"/> to the classes that saw it.</summary>
    public void Add(int feature, Span<double> scores)
    {
        if (scores.Length < Classes) throw new ArgumentException($"Needs one slot per class ({Classes}).", nameof(scores));
        var from = start[feature];
        var seen = postings.AsSpan(from, start[feature + 1] - from);
        // The hot loop of title resolution (some 1,700 adds per title). Every stored class is below Classes (built so
        // in the constructor) and scores holds at least that many, so the per-add bounds check can go: -1 µs a title.
        ref var first = ref MemoryMarshal.GetReference(scores);
        foreach (ref readonly var p in seen) Unsafe.Add(ref first, p.Class) += p.Weight;
    }

    /// <summary>The log-probability of a feature class <paramref name="c"/> never saw.</summary>
    public double Unseen(int c) => baseline[c];

    private readonly record struct Posting(int Class, float Weight);
}
