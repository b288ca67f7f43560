using System.Buffers.Text;
using System.Globalization;
using Matcher.Core.Assignment;

namespace Matcher.Bench.Assignment;

/// <summary>
/// Reads the anchor script's instance format (../shared/anchors/README.md): "rows cols nnz", then "i j cost" lines;
/// an optional .caps file with one capacity per column. Float costs are scaled to integers by a power of two chosen
/// so that no sum can overflow; the objective is then reported from the original values.
/// </summary>
public sealed class AnchorInstance
{
    private AnchorInstance(int rows, int cols, int[] i, int[] j, double[] cost, bool isFloat, int[]? caps)
    {
        Rows = rows; Columns = cols; EdgeRows = i; EdgeColumns = j; Costs = cost; IsFloat = isFloat; Capacities = caps;
    }

    public int Rows { get; }
    public int Columns { get; }
    public int[] EdgeRows { get; }
    public int[] EdgeColumns { get; }
    public double[] Costs { get; }
    public bool IsFloat { get; }
    public int[]? Capacities { get; }

    /// <summary>Integer cost = round(cost × Scale); 1 for integer instances.</summary>
    public double Scale { get; private set; } = 1;

    public static AnchorInstance Read(string path, string? capsPath)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        var pos = 0;
        int rows = (int)NextLong(span, ref pos, path), cols = (int)NextLong(span, ref pos, path);
        var nnz = NextLong(span, ref pos, path);
        if (rows < 0 || cols < 0 || nnz < 0 || nnz > int.MaxValue) throw new InvalidDataException($"{path}: bad header {rows} {cols} {nnz}.");
        var ii = new int[nnz];
        var jj = new int[nnz];
        var cc = new double[nnz];
        var isFloat = false;
        for (var e = 0; e < nnz; e++)
        {
            ii[e] = (int)NextLong(span, ref pos, path);
            jj[e] = (int)NextLong(span, ref pos, path);
            var token = NextToken(span, ref pos, path);
            if (Utf8Parser.TryParse(token, out long whole, out var used) && used == token.Length) cc[e] = whole;
            else if (Utf8Parser.TryParse(token, out double real, out used, 'G') && used == token.Length) { cc[e] = real; isFloat = true; }
            else throw new InvalidDataException($"{path}: edge {e}: '{System.Text.Encoding.ASCII.GetString(token)}' is not a number.");
        }
        int[]? caps = null;
        if (capsPath is not null)
        {
            caps = File.ReadAllLines(capsPath).Where(l => l.Trim().Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
            if (caps.Length != cols) throw new InvalidDataException($"{capsPath}: {caps.Length} capacities for {cols} columns.");
        }
        var instance = new AnchorInstance(rows, cols, ii, jj, cc, isFloat, caps);
        if (isFloat)
        {
            var max = cc.Length == 0 ? 1 : cc.Max(Math.Abs);
            // Largest power of two keeping |cost| × scale within AssignmentProblem.MaxCostMagnitude: sums and potentials stay in range.
            var bound = AssignmentProblem.MaxCostMagnitude(rows);
            var exponent = Math.Floor(Math.Log2(bound / Math.Max(max, 1e-300)));
            while (Math.Round(max * Math.Pow(2, exponent)) > bound) exponent--; // log2 may round up
            instance.Scale = Math.Pow(2, Math.Min(exponent, 60));
        }
        return instance;
    }

    public AssignmentProblem ToProblem(ObjectiveSense sense)
    {
        var costs = new long[Costs.Length];
        for (var e = 0; e < costs.Length; e++) costs[e] = (long)Math.Round(Costs[e] * Scale, MidpointRounding.AwayFromZero);
        return AssignmentProblem.Create(Rows, Columns, EdgeRows, EdgeColumns, costs, sense, assignAllRows: sense == ObjectiveSense.Minimize, Capacities);
    }

    private static long NextLong(ReadOnlySpan<byte> s, ref int pos, string path)
    {
        var token = NextToken(s, ref pos, path);
        if (!Utf8Parser.TryParse(token, out long value, out var used) || used != token.Length)
            throw new InvalidDataException($"{path}: '{System.Text.Encoding.ASCII.GetString(token)}' is not an integer.");
        return value;
    }

    private static ReadOnlySpan<byte> NextToken(ReadOnlySpan<byte> s, ref int pos, string path)
    {
        while (pos < s.Length && s[pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') pos++;
        var start = pos;
        while (pos < s.Length && s[pos] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) pos++;
        if (pos == start) throw new InvalidDataException($"{path}: the file ends early.");
        return s[start..pos];
    }
}
