using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Batch;
using Xunit;

namespace Matcher.Tests.Batch;

public class BestFirstSlicesTests
{
    [Fact]
    public void Every_item_comes_once_and_no_later_item_has_a_bound_above_the_current_slice_top() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ArrayOf().ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (raw, lowest) =>
        {
            var bounds = raw.Select(b => (long)Math.Max(b, lowest)).ToArray();
            var order = new BestFirstSlices();
            order.Start(lowest, Math.Max(lowest, 1_000_000));
            for (var i = 0; i < bounds.Length; i++) order.Add(i, bounds[i]);
            order.Order();
            var items = Enumerable.Range(0, order.Count).Select(order.ItemAt).ToArray();
            var laterMaximum = new long[order.Count + 1];
            laterMaximum[order.Count] = long.MinValue;
            for (var t = order.Count - 1; t >= 0; t--) laterMaximum[t] = Math.Max(laterMaximum[t + 1], order.BoundAt(t));
            return items.Order().SequenceEqual(Enumerable.Range(0, bounds.Length))
                && Enumerable.Range(0, order.Count).All(t => order.BoundAt(t) == bounds[order.ItemAt(t)] && laterMaximum[t] <= order.SliceTopAt(t));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Higher_slices_come_first()
    {
        var order = new BestFirstSlices();
        order.Start(0, 1000);
        foreach (var (item, bound) in new[] { (0, 10L), (1, 990L), (2, 500L), (3, 995L) }) order.Add(item, bound);
        order.Order();
        Assert.Equal([3, 1, 2, 0], Enumerable.Range(0, order.Count).Select(order.ItemAt));
    }
}
