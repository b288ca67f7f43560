using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;
using Xunit;

namespace Matcher.Tests.Assignment;

public class RadixHeapTests
{
    [Fact]
    public void Pops_the_smallest_key_first_and_equal_keys_in_the_order_pushed() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            // Keys of every sign and size, as Dijkstra pushes them: never below the last key popped.
            var r = new Random(seed);
            var heap = new RadixHeap();
            var reference = new PriorityQueue<(int Item, long Key), (long, int)>();
            var pushed = new List<(int, long)>();
            var popped = new List<(int, long)>();
            for (var round = 0; round < 3; round++)
            {
                heap.Clear();
                reference.Clear();
                // After Clear any first key is allowed; from there keys never fall below the last one popped.
                var last = r.Next(3) switch { 0 => long.MinValue / 4, 1 => -r.NextInt64(0, 1L << 40), _ => r.NextInt64(0, 1000) };
                var spread = r.Next(3) switch { 0 => 4L, 1 => 1000L, _ => 1L << 50 }; // small spreads: many equal keys
                for (var step = 0; step < r.Next(0, 300); step++)
                {
                    if (reference.Count > 0 && r.Next(3) == 0)
                    {
                        var item = heap.PopMin(out var key);
                        if ((item, key) != reference.Peek()) return false;
                        popped.Add((item, key));
                        reference.Dequeue();
                        last = key;
                        continue;
                    }
                    var entry = (pushed.Count, last + r.NextInt64(0, spread));
                    heap.Push(entry.Item1, entry.Item2);
                    reference.Enqueue(entry, (entry.Item2, entry.Item1));
                    pushed.Add(entry);
                }
                while (reference.Count > 0)
                {
                    var item = heap.PopMin(out var key);
                    if ((item, key) != reference.Dequeue()) return false;
                    popped.Add((item, key));
                }
                if (heap.Count != 0) return false;
            }
            return popped.Order().SequenceEqual(pushed);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
}
