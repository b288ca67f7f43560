using System.Diagnostics;

namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// Linear side constraints Σ a·x ≥ b (<see cref="Coverage"/>: the change budget, parity, a share) priced into the group
/// flow (Lagrangian relaxation): with prices μ ≥ 0 every edge earns a bonus Σ_c μ_c·a_c, and
/// L(μ) = max Σ (s + Σ_c μ_c·a_c)·x − Σ_c μ_c·b_c bounds the constrained optimum from above for any μ. L is convex and
/// piecewise linear; its slope in μ_c is the constraint's surplus a_c·x − b_c of the flow's answer.
/// <para>
/// One price is searched on a line: up from a first guess by doubling until the constraint holds, then between the
/// last price where it failed and the first where it held, at the crossing of L's two tangents there (a cutting-plane
/// step; a halving when that does not shrink the interval enough). Several prices are searched one after the other,
/// each with the others fixed, round after round (coordinate descent), starting from given prices where known. The
/// best assignment meeting every constraint found on the way is the answer, the least L the bound.
/// </para>
/// </summary>
internal sealed class LagrangianFlow
{
    private readonly AssignmentProblem problem;
    private readonly int[] groupOf;
    private readonly int[] limits;
    private readonly IReadOnlyList<Coverage> coverages;
    private readonly Stopwatch clock;
    private readonly TimeSpan timeLimit;
    private readonly double relativeGap;
    private readonly double[] exactBonus;
    private readonly long[] bonus;
    private readonly int pricedRows;
    private readonly double[] firstGuess;
    private readonly double[] ceiling;
    private readonly long leastValue;

    /// <summary>
    /// No bonus beyond this: MinCostFlow scales its costs by the number of nodes, and 10¹³ keeps that inside 64 bits for
    /// millions of nodes, far above any price the search needs (people × the scores' range at most).
    /// </summary>
    private const double MaxBonus = 1e13;
    private int[]? best;
    private long bestValue = long.MinValue;
    private long bound = long.MaxValue;

    private LagrangianFlow(AssignmentProblem problem, int[] groupOf, int[] limits, IReadOnlyList<Coverage> coverages, Stopwatch clock, TimeSpan timeLimit, double relativeGap)
    {
        this.problem = problem;
        this.groupOf = groupOf;
        this.limits = limits;
        this.coverages = coverages;
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.relativeGap = relativeGap;
        exactBonus = new double[problem.EdgeCount];
        bonus = new long[problem.EdgeCount];
        pricedRows = coverages.SelectMany(c => c.Rows).Distinct().Count();
        long maxScore = 1, minScore = 0, totalScore = 0;
        for (var e = 0; e < problem.EdgeCount; e++)
        {
            maxScore = Math.Max(maxScore, problem.CostOf(e));
            minScore = Math.Min(minScore, problem.CostOf(e));
            totalScore += Math.Max(0, problem.CostOf(e));
        }
        var meanScore = Math.Max(1.0, (double)totalScore / Math.Max(1, problem.EdgeCount));
        // Above (rows + 1) · (the scores' range + the other prices' bonuses) per unit of a, the price outweighs every
        // other gain and loss (a pair below zero included): the flow then meets the constraint as far as any assignment
        // can. The first guess prices the largest coefficient at an eighth of a mean score.
        firstGuess = [.. coverages.Select(c => meanScore / 8 / Math.Max(1, c.LargestMagnitude))];
        ceiling = [.. coverages.Select(c => Math.Min((problem.Rows + 1.0) * (maxScore - minScore) / c.SmallestPositive + 2, MaxBonus / c.LargestMagnitude))];
        Prices = new double[coverages.Count];
        // Rows may stay unassigned, so an assignment is worth at least its pins and every row's worst edge below zero.
        var pinned = new bool[problem.Rows];
        foreach (var (r, c) in problem.Pins)
            if (!pinned[r] && problem.FindEdge(r, c) is var e and >= 0)
            {
                pinned[r] = true;
                leastValue += problem.CostOf(e);
            }
        for (var i = 0; i < problem.Rows; i++)
        {
            if (pinned[i]) continue;
            long worst = 0;
            for (var e = problem.RowStart[i]; e < problem.RowStart[i + 1]; e++) worst = Math.Min(worst, problem.CostOf(e));
            leastValue += worst;
        }
    }

    /// <summary>The prices where the search stopped: a warm start for a related solve.</summary>
    public double[] Prices { get; }

    /// <summary>One solve of the flow at the current prices.</summary>
    private sealed record Evaluation(int[] RowToColumn, long Value, long[] Surplus, double Lagrangian)
    {
        public bool Meets(int c) => Surplus[c] >= 0;

        public bool MeetsAll => Surplus.All(s => s >= 0);
    }

    /// <summary>What <see cref="Solve"/> found.</summary>
    /// <param name="RowToColumn">The best assignment meeting every constraint; null when none was found.</param>
    /// <param name="Infeasible">The constraint no assignment can meet (with the others dropped), or -1.</param>
    /// <param name="MostCovered">For <paramref name="Infeasible"/>: the most Σ a·x any assignment reaches.</param>
    /// <param name="InfeasibleTogether">Each constraint can be met, but L proved that no assignment meets them all.</param>
    public sealed record Outcome(int[]? RowToColumn, long Value, long Bound, int Infeasible, long MostCovered, double[] Prices, bool InfeasibleTogether = false);

    /// <summary>
    /// Maximises under the group limits and <paramref name="coverages"/>; null when the flow cannot be used (pins break a
    /// limit). <paramref name="start"/>: prices to begin from (e.g. those of a solve with one more constraint);
    /// <paramref name="incumbent"/>: an assignment known to meet all constraints, kept unless a better one is found.
    /// </summary>
    public static Outcome? Solve(AssignmentProblem problem, int[] groupOf, int[] limits, IReadOnlyList<Coverage> coverages, double[]? start,
        int[]? incumbent, Stopwatch clock, TimeSpan timeLimit, double relativeGap)
    {
        var search = new LagrangianFlow(problem, groupOf, limits, coverages, clock, timeLimit, relativeGap);
        if (incumbent is not null)
        {
            long value = 0;
            for (var i = 0; i < incumbent.Length; i++) if (incumbent[i] >= 0) value += problem.CostOf(problem.FindEdge(i, incumbent[i]));
            (search.best, search.bestValue) = (incumbent, value);
        }
        return search.Run(start);
    }

    private Outcome? Run(double[]? start)
    {
        if (start is not null) Array.Copy(start, Prices, Prices.Length);
        if (Evaluate() is not { } current) return null;
        if (current.MeetsAll && Prices.All(p => p == 0)) return Done();

        for (var round = 0; round < 12 && !Closed(); round++)
        {
            var moved = false;
            for (var c = 0; c < coverages.Count && !Closed(); c++)
            {
                var before = Prices[c];
                var searched = SearchPrice(c, current);
                if (searched is null)
                {
                    var most = MostCovered(c);
                    return most < coverages[c].Required ? new Outcome(null, 0, 0, c, most, Prices) : Done();
                }
                current = searched;
                moved |= Math.Abs(Prices[c] - before) > 1e-3 * Math.Max(Prices[c], before);
            }
            if (coverages.Count == 1) break;
            // Each price found with the others fixed; the last search may have broken an earlier constraint.
            current = RaiseUntilAllHold(current);
            if (!moved) break;
        }
        return Done();
    }

    /// <summary>Raises the prices of the constraints that fail, together, by half at a time, until all hold (or time or 30 steps run out).</summary>
    private Evaluation RaiseUntilAllHold(Evaluation current)
    {
        for (var step = 0; step < 30 && !current.MeetsAll && clock.Elapsed < timeLimit && !ProvedInfeasible; step++)
        {
            var raised = false;
            for (var c = 0; c < coverages.Count; c++)
            {
                if (current.Meets(c) || Prices[c] >= ceiling[c]) continue;
                Prices[c] = Math.Min(Math.Max(Prices[c] * 1.5, firstGuess[c]), ceiling[c]);
                raised = true;
            }
            if (!raised) break;
            current = Evaluate()!;
        }
        return current;
    }

    private Outcome Done()
    {
        if (!ProvedInfeasible) return new(best, bestValue, best is null ? bound : Math.Max(bound, bestValue), -1, 0, Prices);
        for (var c = 0; c < coverages.Count; c++)
            if (MostCovered(c) is var most && most < coverages[c].Required) return new Outcome(null, 0, 0, c, most, Prices);
        return new Outcome(null, 0, 0, -1, 0, Prices, InfeasibleTogether: true);
    }

    private bool Closed() =>
        clock.Elapsed >= timeLimit || ProvedInfeasible || (best is not null && (bound <= bestValue || ConstrainedAssignmentResult.RelativeGap(bound, bestValue) <= relativeGap));

    /// <summary>
    /// L below the least value any assignment can have proves that none meets all constraints together (L is an upper
    /// bound on every assignment that does).
    /// </summary>
    private bool ProvedInfeasible => bound < leastValue;

    /// <summary>
    /// The least price of constraint <paramref name="c"/> (the others fixed) at which it holds, searched from the
    /// current one; leaves the price there and returns that solve. Null when it fails even at the ceiling.
    /// </summary>
    private Evaluation? SearchPrice(int c, Evaluation current)
    {
        double lowPrice, highPrice;
        Evaluation? low = null, high = null;
        if (current.Meets(c))
        {
            if (Prices[c] == 0) return current;
            (highPrice, high) = (Prices[c], current);
            lowPrice = Prices[c];
            // Down by halves, three times at most, then to zero.
            for (var step = 0; low is null; step++)
            {
                lowPrice = step < 3 ? lowPrice / 2 : 0;
                var e = At(c, lowPrice);
                if (e.Meets(c)) (highPrice, high) = (lowPrice, e);
                else low = e;
                if (low is null && lowPrice == 0 || Closed()) return Keep(c, highPrice, high);
            }
        }
        else
        {
            (lowPrice, low) = (Prices[c], current);
            highPrice = Prices[c] == 0 ? firstGuess[c] : Prices[c];
            while (high is null)
            {
                var cap = Math.Min(ceiling[c] + OtherBonuses(c), MaxBonus / coverages[c].LargestMagnitude);
                highPrice = Math.Min(highPrice * 2, cap);
                var e = At(c, highPrice);
                if (e.Meets(c)) high = e;
                else if (highPrice >= cap) return null;
                else (lowPrice, low) = (highPrice, e);
                if (high is null && Closed()) return Keep(c, lowPrice, low);
            }
        }

        // Below this width no bonus changes its rounding any more; with other prices still to move, a thousandth will do.
        var resolution = Math.Max(0.25 / coverages[c].LargestMagnitude, (coverages.Count > 1 ? 1e-3 : 1e-7) * highPrice);
        var previousWidth = double.PositiveInfinity;
        for (var step = 0; step < 40 && !Closed() && highPrice - lowPrice > resolution; step++)
        {
            // Tangents of L at both ends: L(μ) ≥ L_k + s_k·(μ − μ_k), s the surplus; the minimum of their maximum.
            double sLow = low!.Surplus[c], sHigh = high!.Surplus[c];
            var crossing = sHigh - sLow > 0
                ? (high.Lagrangian - low.Lagrangian + sLow * lowPrice - sHigh * highPrice) / (sLow - sHigh)
                : double.NaN;
            // With other prices still to move, a line is done when its constraint is nearly tight at the high end: its
            // part of the gap between that assignment and its L (price × surplus) is small.
            if (coverages.Count > 1 && highPrice * sHigh <= relativeGap / (2 * coverages.Count) * Math.Abs(bound)) break;
            var width = highPrice - lowPrice;
            var next = double.IsFinite(crossing) && width < 0.75 * previousWidth
                ? Math.Clamp(crossing, lowPrice + 0.05 * width, highPrice - 0.05 * width)
                : (lowPrice + highPrice) / 2;
            previousWidth = width;
            var e = At(c, next);
            if (e.Meets(c)) (highPrice, high) = (next, e);
            else (lowPrice, low) = (next, e);
        }
        return Keep(c, highPrice, high!);
    }

    private Evaluation Keep(int c, double price, Evaluation evaluation)
    {
        Prices[c] = price;
        return evaluation;
    }

    private Evaluation At(int c, double price)
    {
        Prices[c] = price;
        return Evaluate()!;
    }

    /// <summary>The largest bonus the other prices give any one edge: what price <paramref name="c"/> has to outweigh as well.</summary>
    private double OtherBonuses(int c)
    {
        double sum = 0;
        for (var k = 0; k < coverages.Count; k++)
            if (k != c) sum += Prices[k] * coverages[k].LargestMagnitude * (problem.Rows + 1.0) / coverages[c].SmallestPositive;
        return sum;
    }

    /// <summary>The most Σ a·x for constraint <paramref name="c"/> alone: the flow at its ceiling price, the others at zero.</summary>
    private long MostCovered(int c)
    {
        Array.Clear(Prices);
        Prices[c] = ceiling[c];
        var e = Evaluate()!;
        return e.Surplus[c] + coverages[c].Required;
    }

    /// <summary>The flow at the current prices; updates the bound and the best assignment meeting every constraint.</summary>
    private Evaluation? Evaluate()
    {
        foreach (var coverage in coverages)
            foreach (var e in coverage.Edges) exactBonus[e] = 0;
        for (var c = 0; c < coverages.Count; c++)
        {
            var coverage = coverages[c];
            if (Prices[c] == 0) continue;
            for (var k = 0; k < coverage.Edges.Length; k++) exactBonus[coverage.Edges[k]] += Prices[c] * coverage.Coefficients[k];
        }
        // Each bonus is rounded to whole score units; the bound allows for that (at most the worst rounding per priced row).
        double roundingError = 0;
        foreach (var coverage in coverages)
            foreach (var e in coverage.Edges)
            {
                var rounded = Math.Round(exactBonus[e]);
                bonus[e] = checked((long)rounded);
                roundingError = Math.Max(roundingError, Math.Abs(exactBonus[e] - rounded));
            }
        var anyPrice = Prices.Any(p => p > 0);
        var x = GroupFlow.Solve(problem, groupOf, limits, anyPrice ? bonus : null);
        if (x is null) return null; // the pins alone break a limit, at any prices: the first solve finds out

        long value = 0, withBonus = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] < 0) continue;
            var e = problem.FindEdge(i, x[i]);
            value += problem.CostOf(e);
            withBonus += problem.CostOf(e) + (anyPrice ? bonus[e] : 0);
        }
        var surplus = new long[coverages.Count];
        double pricedRequirements = 0;
        for (var c = 0; c < coverages.Count; c++)
        {
            surplus[c] = coverages[c].Covered(problem, x) - coverages[c].Required;
            pricedRequirements += Prices[c] * coverages[c].Required;
        }
        var lagrangian = withBonus + Math.Ceiling(roundingError * pricedRows) - pricedRequirements;
        bound = Math.Min(bound, (long)Math.Ceiling(lagrangian));
        var evaluation = new Evaluation(x, value, surplus, lagrangian);
        if (evaluation.MeetsAll && value > bestValue) (best, bestValue) = (x, value);
        return evaluation;
    }
}
