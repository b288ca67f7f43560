using Google.OrTools.Graph;

namespace Matcher.Core.Assignment;

/// <summary>
/// The same problems as <see cref="AssignmentSolver"/>, solved by Google OR-Tools, the design's named library: its
/// cost-scaling <c>LinearSumAssignment</c> (Goldberg–Kennedy) for a square assignment where every row is assigned and
/// nothing is pinned, its cost-scaling <c>MinCostFlow</c> otherwise (rows → columns → sink; a row's arc straight to
/// the sink at cost 0 where rows may stay unassigned; pinned rows fixed beforehand). OR-Tools gives no LP duals, so the
/// certificate is derived from the assignment (<see cref="AssignmentDuals"/>) and can be checked as the native one is.
/// </summary>
public static class OrToolsAssignmentSolver
{
    /// <summary>
    /// One OR-Tools solve at a time in this process: its native logging starts on first use and is not safe to start
    /// from two threads at once (two solves starting together brought the test host down). Runs are one at a time anyway.
    /// </summary>
    internal static readonly Lock NativeCalls = new();

    /// <summary>
    /// LinearSumAssignment scales costs by the number of rows and refuses (with a log line) ranges it cannot represent;
    /// problems whose (rows + 1) · |cost| exceeds this go to MinCostFlow straight away.
    /// </summary>
    private const long LinearSumAssignmentCostRange = 1L << 36;

    /// <summary>Solves <paramref name="problem"/>; the result carries a certificate derived from the assignment.</summary>
    public static AssignmentResult Solve(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (NativeCalls) return SolveAlone(problem);
    }

    private static AssignmentResult SolveAlone(AssignmentProblem problem)
    {
        int rows = problem.Rows, columns = problem.Columns;
        var rowToColumn = new int[rows];
        Array.Fill(rowToColumn, -1);
        var capacity = new int[columns];
        for (var j = 0; j < columns; j++) capacity[j] = problem.Capacity(j);
        var pinned = new bool[rows];
        foreach (var (r, c) in problem.Pins)
        {
            if (problem.FindEdge(r, c) < 0) return Infeasible(problem, $"Pin ({r}, {c}) is not an allowed pair.");
            if (pinned[r] && rowToColumn[r] != c) return Infeasible(problem, $"Row {r} is pinned to two columns.");
            if (pinned[r]) continue;
            pinned[r] = true;
            rowToColumn[r] = c;
            if (--capacity[c] < 0) return Infeasible(problem, $"Column {c} has more pins than its capacity {problem.Capacity(c)}.");
        }

        // OR-Tools' native code aborts the whole process on some degenerate graphs (a square assignment without arcs);
        // such problems are answered here: a row that must be placed but has no allowed column makes it infeasible,
        // and without free rows there is nothing to solve.
        var freeRows = 0;
        for (var i = 0; i < rows; i++)
        {
            if (pinned[i]) continue;
            freeRows++;
            if (problem.AssignAllRows && !problem.EdgesOf(i).Any()) return Infeasible(problem, $"Row {i} has no allowed column.");
        }
        if (freeRows == 0)
        {
            var (pinnedU, pinnedV) = AssignmentDuals.For(problem, rowToColumn);
            return new AssignmentResult(AssignmentStatus.Optimal, rowToColumn, Objective(problem, rowToColumn), pinnedU, pinnedV, "");
        }
        long widest = 0;
        for (var e = 0; e < problem.EdgeCount; e++) widest = Math.Max(widest, Math.Abs(problem.CostOf(e)));
        // LinearSumAssignment also wants every column to have an arc; a perfect matching needs that anyway.
        var columnHasEdge = new bool[columns];
        for (var i = 0; i < rows; i++) foreach (var (column, _) in problem.EdgesOf(i)) columnHasEdge[column] = true;
        var square = problem.AssignAllRows && problem.Sense == ObjectiveSense.Minimize && problem.Pins.Count == 0
            && rows == columns && capacity.All(c => c == 1) && columnHasEdge.All(has => has)
            && widest <= LinearSumAssignmentCostRange / (rows + 1L);
        // LinearSumAssignment refuses costs whose scaled range might overflow; min-cost flow has more room.
        var solved = square && TrySolveSquare(problem, rowToColumn) ? null : SolveFlow(problem, rowToColumn, pinned, capacity);
        if (solved is { } failure) return failure.Status == AssignmentStatus.Infeasible ? Infeasible(problem, failure.Message) : Unsolved(problem, failure.Message);

        var (rowPotentials, columnPotentials) = AssignmentDuals.For(problem, rowToColumn);
        return new AssignmentResult(AssignmentStatus.Optimal, rowToColumn, Objective(problem, rowToColumn), rowPotentials, columnPotentials, "");
    }

    private static long Objective(AssignmentProblem problem, int[] rowToColumn)
    {
        long objective = 0;
        for (var i = 0; i < problem.Rows; i++)
            if (rowToColumn[i] >= 0) objective += problem.CostOf(problem.FindEdge(i, rowToColumn[i]));
        return objective;
    }

    /// <summary>LinearSumAssignment; false when it found no assignment (no perfect one, or costs it cannot scale).</summary>
    private static bool TrySolveSquare(AssignmentProblem problem, int[] rowToColumn)
    {
        using var assignment = new LinearSumAssignment();
        for (var i = 0; i < problem.Rows; i++)
            foreach (var (column, cost) in problem.EdgesOf(i))
                assignment.AddArcWithCost(i, column, cost);
        var status = assignment.Solve();
        if (status != LinearSumAssignment.Status.OPTIMAL) return false;
        for (var i = 0; i < problem.Rows; i++) rowToColumn[i] = assignment.RightMate(i);
        return true;
    }

    /// <summary>MinCostFlow over the rows not pinned and the capacities the pins leave; null when solved, else why not.</summary>
    private static (AssignmentStatus Status, string Message)? SolveFlow(AssignmentProblem problem, int[] rowToColumn, bool[] pinned, int[] capacity)
    {
        int rows = problem.Rows, columns = problem.Columns, sink = rows + columns;
        var maximize = problem.Sense == ObjectiveSense.Maximize;
        using var flow = new MinCostFlow();
        var edgeArcs = new List<(int Row, int Column, int Arc)>(problem.EdgeCount);
        var free = 0;
        for (var i = 0; i < rows; i++)
        {
            if (pinned[i]) continue;
            free++;
            flow.SetNodeSupply(i, 1);
            foreach (var (column, cost) in problem.EdgesOf(i))
                edgeArcs.Add((i, column, flow.AddArcWithCapacityAndUnitCost(i, rows + column, 1, maximize ? -cost : cost)));
            // A row that may stay unassigned leaves its unit straight at the sink, at no cost.
            if (!problem.AssignAllRows) flow.AddArcWithCapacityAndUnitCost(i, sink, 1, 0);
        }
        for (var j = 0; j < columns; j++)
            if (capacity[j] > 0) flow.AddArcWithCapacityAndUnitCost(rows + j, sink, capacity[j], 0);
        flow.SetNodeSupply(sink, -free);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            return status == MinCostFlowBase.Status.INFEASIBLE
                ? (AssignmentStatus.Infeasible, "No assignment gives every row a column within the capacities.")
                : (AssignmentStatus.Unsolved, $"OR-Tools MinCostFlow: {status} (the costs are beyond what its cost scaling can represent; the native solver can).");
        foreach (var (row, column, arc) in edgeArcs)
            if (flow.Flow(arc) > 0) rowToColumn[row] = column;
        return null;
    }

    private static AssignmentResult Unsolved(AssignmentProblem problem, string message) =>
        new(AssignmentStatus.Unsolved, Enumerable.Repeat(-1, problem.Rows).ToArray(), 0, new long[problem.Rows], new long[problem.Columns], message);

    private static AssignmentResult Infeasible(AssignmentProblem problem, string message) =>
        new(AssignmentStatus.Infeasible, Enumerable.Repeat(-1, problem.Rows).ToArray(), 0, new long[problem.Rows], new long[problem.Columns], message);
}
