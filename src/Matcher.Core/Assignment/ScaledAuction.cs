namespace Matcher.Core.Assignment;

/// <summary>
/// Bertsekas' forward auction with ε-scaling for a sparse square assignment (every row to exactly one column, every
/// column one place): a free row bids for its cheapest column at the column's price, raising the price by the gap to
/// its second-best option plus ε, and takes the column from its holder, who bids next. Each phase starts from the last
/// phase's prices with every row free and ε divided by <see cref="EpsilonFactor"/>. Costs are scaled by n + 1, so the
/// last phase's ε = 1 is less than 1/n in the problem's units, which makes the assignment optimal for integer costs.
/// <para>
/// Where the exact search spends its time on a sparse square instance (its last rows cross plateaus of thousands of
/// columns at one distance to the few free ones), ε-scaling lets prices settle coarse to fine instead. The prices
/// come out within a fraction of a unit of exact duals; the caller derives the exact certificate from them.
/// </para>
/// </summary>
internal static class ScaledAuction
{
    /// <summary>
    /// How much ε shrinks from one phase to the next. On sparse_n50000_d50 (costs 1-1,000): 4, 0.55 s; 6, 0.47 s;
    /// 12 to 32, 0.39-0.40 s; 64, 0.44 s (fewer phases, but each re-prices more).
    /// </summary>
    private const long EpsilonFactor = 16;

    /// <summary>
    /// Bids per row in a phase after which the auction stops and leaves the rest to the exact search (see
    /// <see cref="Run"/>). Prices run up ε at a time in wars among rows with the same few cheapest columns, as with
    /// many equal costs, where augmenting paths do better; sparse_n50000_d50 takes at most 9.3 per row in a phase.
    /// </summary>
    private const long BidsPerRowAndPhase = 16;

    /// <summary>A price beyond this stops the auction: no sum it forms can overflow.</summary>
    private const long PriceLimit = 1L << 61;

    /// <summary>
    /// Column prices in the problem's units (a row pays cost + price, costs negated when maximising) and the edge of
    /// each row (−1 for a row left free), or null where the auction does not apply: a row or column without edges or
    /// costs too wide to scale. When a phase ends, its assignment is optimal (Complete); when a war in a phase runs
    /// past <see cref="BidsPerRowAndPhase"/> bids per row or a price past <see cref="PriceLimit"/> (a problem without a
    /// perfect matching bids forever), the auction stops with the rows it holds and its prices so far, a warm start for
    /// the exact search.
    /// </summary>
    public static (int[] RowEdge, long[] Price, bool Complete)? Run(int[] rowStart, int[] edgeColumn, long[] edgeCost, bool maximize, CancellationToken cancellation)
    {
        var n = rowStart.Length - 1;
        if (n == 0) return null;
        var hasRow = new bool[n];
        long lowest = long.MaxValue, highest = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            if (rowStart[i] == rowStart[i + 1]) return null;
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                hasRow[edgeColumn[e]] = true;
                var c = maximize ? -edgeCost[e] : edgeCost[e];
                lowest = Math.Min(lowest, c);
                highest = Math.Max(highest, c);
            }
        }
        if (Array.IndexOf(hasRow, false) >= 0) return null;

        // Scaled costs ±c · (n + 1), computed as read, stay within 2^60, prices within PriceLimit: every sum a bid
        // forms (cost + price, a raise, price + raise) stays inside 64 bits.
        long scale = n + 1L;
        if (Math.Max(Math.Abs((double)lowest), Math.Abs((double)highest)) * scale > 1L << 60) return null;
        var scaledRange = (highest - lowest) * scale;
        var sign = maximize ? -scale : scale;

        var price = new long[n];
        var rowEdge = new int[n];
        var holder = new int[n];
        var free = new Stack<int>(n);
        var epsilon = Math.Max(1, scaledRange / EpsilonFactor);
        var bidLimit = BidsPerRowAndPhase * n;
        while (true)
        {
            Array.Fill(holder, -1);
            for (var i = n - 1; i >= 0; i--) free.Push(i);
            var bids = 0L;
            while (free.TryPop(out var i))
            {
                if ((++bids & 0xFFFF) == 0) cancellation.ThrowIfCancellationRequested();
                long w1 = long.MaxValue, w2 = long.MaxValue;
                var e1 = -1;
                for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
                {
                    var w = sign * edgeCost[e] + price[edgeColumn[e]];
                    if (w < w2)
                    {
                        if (w < w1) { w2 = w1; w1 = w; e1 = e; }
                        else w2 = w;
                    }
                }
                // A row with one column has no second option: any raise keeps it within ε of its best.
                var raise = (w2 == long.MaxValue ? scaledRange : w2 - w1) + epsilon;
                var j = edgeColumn[e1];
                if (bids > bidLimit || price[j] + raise > PriceLimit)
                {
                    free.Push(i);
                    while (free.TryPop(out var left)) rowEdge[left] = -1;
                    return (rowEdge, Unscaled(rowStart, edgeColumn, edgeCost, sign, price, rowEdge, scale), false);
                }
                price[j] += raise;
                if (holder[j] >= 0) free.Push(holder[j]);
                holder[j] = i;
                rowEdge[i] = e1;
            }
            if (epsilon == 1) return (rowEdge, Unscaled(rowStart, edgeColumn, edgeCost, sign, price, rowEdge, scale), true);
            // The last step goes straight to 1 rather than through a phase at ε = 2 or 3.
            epsilon = epsilon / EpsilonFactor < 4 ? 1 : epsilon / EpsilonFactor;
        }
    }

    /// <summary>
    /// The prices in the problem's units, ⌊(π + t) / (n + 1)⌋ with one offset t for all. Each row's column is at most
    /// ε = 1 dearer in scaled units than any other option (ε-complementary slackness); where it is 1 dearer than
    /// column k, rounding keeps it cheapest unless (π_k + t + 1) is a multiple of n + 1, so each such pair rules out one
    /// t, and a t no pair rules out leaves every row on its cheapest column at whole prices: an exact certificate.
    /// (With fewer such pairs than n + 1 there is one; otherwise t = 0, and the caller's search mends the rest.)
    /// </summary>
    private static long[] Unscaled(int[] rowStart, int[] edgeColumn, long[] edgeCost, long sign, long[] price, int[] rowEdge, long scale)
    {
        var ruledOut = new bool[scale];
        for (var i = 0; i < rowEdge.Length; i++)
        {
            if (rowEdge[i] < 0) continue;
            var own = sign * edgeCost[rowEdge[i]] + price[edgeColumn[rowEdge[i]]];
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var k = edgeColumn[e];
                if (own - (sign * edgeCost[e] + price[k]) == 1) ruledOut[(scale - 1 - price[k] % scale) % scale] = true;
            }
        }
        var offset = Math.Max(0, Array.IndexOf(ruledOut, false));
        var unscaled = new long[price.Length];
        for (var j = 0; j < price.Length; j++) unscaled[j] = (price[j] + offset) / scale;
        return unscaled;
    }
}
