using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;
using Xunit;

namespace Matcher.Tests.Assignment;

public class KeyOrderedEdgesTests
{
    private readonly struct Prices(long[] q) : IColumnPrices
    {
        public long Of(int column) => q[column];
    }

    [Fact]
    public void A_sort_puts_the_edges_of_smallest_key_first_in_order_and_keeps_every_edge() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var r = new Random(seed);
            var columns = r.Next(1, 300);
            var length = r.Next(1, columns + 1);
            var rowColumns = Enumerable.Range(0, columns).OrderBy(_ => r.Next()).Take(length).ToArray();
            var costs = rowColumns.Select(_ => (long)r.Next(-20, 20)).ToArray(); // many equal keys
            var q = Enumerable.Range(0, columns).Select(_ => (long)-r.Next(0, 10)).ToArray();
            var order = new KeyOrderedEdges([0, length], 1, rowColumns, costs, negate: false);
            var held = r.Next(length);
            var assigned = new[] { held };
            var heldColumn = rowColumns[held];
            var lengthen = r.Next(2) == 0;

            order.Ordered(0, assigned, new Prices(q)); // the first scan leaves the row as it is
            if (lengthen) order.Lengthen(0);
            var ordered = order.Ordered(0, assigned, new Prices(q));
            var expectedPrefix = Math.Min(length, lengthen ? 64 : 16);
            var keys = order.Packed.Select(e => e.Key).ToArray();
            var prefixSorted = keys.Take(expectedPrefix).Zip(keys.Skip(1).Take(expectedPrefix - 1)).All(pair => pair.First <= pair.Second);
            var tailNoSmaller = keys.Skip(expectedPrefix).All(k => k >= keys[expectedPrefix - 1]);
            var keysRight = order.Packed.All(e => e.Key == e.Cost - q[e.Column]);
            var sameEdges = order.Packed.Select(e => (e.Cost, e.Column)).OrderBy(x => x).SequenceEqual(costs.Zip(rowColumns).OrderBy(x => x));
            var arraysAgree = Enumerable.Range(0, length).All(e => order.Cost[e] == order.Packed[e].Cost && order.Column[e] == order.Packed[e].Column);
            return ordered && order.SortedEnd(0) == expectedPrefix && prefixSorted && tailNoSmaller && keysRight && sameEdges && arraysAgree
                && order.Column[assigned[0]] == heldColumn;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
}
