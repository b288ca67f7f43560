using Matcher.Core.People;
using Matcher.Core.Scoring;

namespace Matcher.Core.Batch;

/// <summary>
/// Scores, for pricing, the pairs <see cref="CandidatePairs.KeepBestScored"/> left with a bound: one workspace per thread, started
/// for a candidate when the thread comes to one (pricing asks row by row).
/// </summary>
internal sealed class LaterScoring(PairScorer scorer, IReadOnlyList<Candidate> candidates, PairGenerator generator, long minimumUnits) : IDisposable
{
    private readonly ThreadLocal<(PairGenerator.Workspace Workspace, int Row)> state = new(() => (generator.NewWorkspace(), -1));
    private long scored;
    private long kept;

    public long Scored => Interlocked.Read(ref scored);

    public long Kept => Interlocked.Read(ref kept);

    public long? Score(int row, int vacancy)
    {
        var (workspace, current) = state.Value;
        var candidate = candidates[row];
        if (current != row)
        {
            PairGenerator.StartCandidate(candidate, workspace);
            state.Value = (workspace, row);
        }
        Interlocked.Increment(ref scored);
        var units = ScoreScale.ToUnits(scorer.ScoreValue(candidate, vacancy, workspace.DistanceKm(vacancy), workspace.Memo));
        if (units < minimumUnits) return null;
        Interlocked.Increment(ref kept);
        return units;
    }

    public void Dispose() => state.Dispose();
}
