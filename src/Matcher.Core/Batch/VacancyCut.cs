namespace Matcher.Core.Batch;

/// <summary>
/// Keeps, for each vacancy, only its best pairs: <c>perPlace</c> × its places, plus every pair tied with the last one
/// kept (so the cut does not depend on the order candidates were scored in). A candidate who ranks below dozens of
/// others for every place of a vacancy is hardly ever the one the optimum gives it; the searches of the assignment
/// no longer wade through them. An approximation like the per-candidate cut: its loss is measured in the README.
/// </summary>
public static class VacancyCut
{
    /// <summary>Removes the pairs beyond each vacancy's share from <paramref name="edges"/> (per candidate: vacancy index and score units); returns how many. Thresholds are found on up to <paramref name="maxDegreeOfParallelism"/> threads (-1: all cores).</summary>
    public static long Apply((int Vacancy, long Units)[]?[] edges, IReadOnlyList<int> places, int perPlace, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perPlace, 1);
        // Each vacancy's scores side by side (counting sort by vacancy), to find its threshold.
        var start = new int[places.Count + 1];
        foreach (var row in edges) foreach (var (k, _) in row ?? []) start[k + 1]++;
        for (var k = 0; k < places.Count; k++) start[k + 1] += start[k];
        var units = new long[start[^1]];
        var fill = start[..^1];
        foreach (var row in edges) foreach (var (k, u) in row ?? []) units[fill[k]++] = u;

        // Each vacancy's threshold on its own: in parallel (a few hundred scores per vacancy, sorted).
        var threshold = new long[places.Count];
        Parallel.For(0, places.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, k =>
        {
            var count = start[k + 1] - start[k];
            var keep = (long)perPlace * places[k];
            if (count <= keep) threshold[k] = long.MinValue;
            else if (keep == 0) threshold[k] = long.MaxValue; // no places (pins may still add their pairs)
            else
            {
                var scores = units.AsSpan(start[k], count);
                scores.Sort();
                threshold[k] = scores[count - (int)keep]; // the keep-th best
            }
        });
        if (!threshold.Any(t => t != long.MinValue)) return 0;

        long removed = 0;
        for (var i = 0; i < edges.Length; i++)
        {
            if (edges[i] is not { } row) continue;
            var kept = 0;
            foreach (var (k, u) in row) if (u >= threshold[k]) kept++;
            if (kept == row.Length) continue;
            removed += row.Length - kept;
            var shorter = new (int Vacancy, long Units)[kept];
            kept = 0;
            foreach (var e in row) if (e.Units >= threshold[e.Vacancy]) shorter[kept++] = e;
            edges[i] = shorter;
        }
        return removed;
    }
}
