using System.Numerics;

namespace Matcher.Core.Assignment;

/// <summary>
/// A monotone priority queue of items with integer keys (Ahuja, Mehlhorn, Orlin and Tarjan's radix heap): no key
/// pushed may be smaller than the last key popped, which Dijkstra's search with non-negative reduced costs guarantees.
/// An entry lives in the bucket of the highest bit in which its key differs from the last key popped; a pop empties
/// the lowest non-empty bucket into lower ones, so an entry moves at most 64 times and mostly once or twice. Every
/// step reads and writes buckets in order, where a binary heap jumps about its array; there is no decrease-key: a
/// lower key is pushed again, and the caller skips the stale entry when it comes up.
/// <para>
/// Entries of equal key leave in the order they came (first reached, first scanned): the solver's searches then prefer
/// paths of fewer steps, and scan fewer columns over a whole solve (bmatch_50k_20k: 2.7 M instead of 3.5 M last in,
/// first out, and 2.9 M with a binary heap).
/// </para>
/// </summary>
internal sealed class RadixHeap
{
    private const int BucketCount = 65;

    private readonly (int Item, long Key)[][] buckets = new (int, long)[BucketCount][];
    private readonly int[] counts = new int[BucketCount];
    private ulong last;
    private int total;
    private int head0;

    public RadixHeap()
    {
        for (var b = 0; b < BucketCount; b++) buckets[b] = new (int, long)[16];
    }

    public int Count => total;

    /// <summary>Empties the heap; the next push may have any key (it starts the monotone order again).</summary>
    public void Clear()
    {
        Array.Clear(counts);
        total = 0;
        head0 = 0;
        last = 0; // the order of long.MinValue
    }

    /// <summary>Adds <paramref name="item"/> with <paramref name="key"/>, which must not be below the last key popped.</summary>
    public void Push(int item, long key)
    {
        var ordered = Order(key);
        System.Diagnostics.Debug.Assert(ordered >= last, "A radix heap's keys may not fall below the last key popped.");
        Add(BucketOf(ordered), item, key);
        total++;
    }

    /// <summary>Removes an entry with the smallest key (of several equal ones, the first pushed) and returns its item.</summary>
    public int PopMin(out long key)
    {
        if (head0 == counts[0])
        {
            head0 = counts[0] = 0;
            Refill();
        }
        var (item, k) = buckets[0][head0++];
        total--;
        key = k;
        return item;
    }

    /// <summary>Empties the lowest non-empty bucket into the ones below, relative to its smallest key.</summary>
    private void Refill()
    {
        var b = 1;
        while (counts[b] == 0) b++;
        var entries = buckets[b];
        var n = counts[b];
        var least = ulong.MaxValue;
        for (var k = 0; k < n; k++) least = Math.Min(least, Order(entries[k].Key));
        last = least;
        counts[b] = 0;
        for (var k = 0; k < n; k++)
        {
            var (item, key) = entries[k];
            Add(BucketOf(Order(key)), item, key); // always a lower bucket than b
        }
    }

    private void Add(int bucket, int item, long key)
    {
        var entries = buckets[bucket];
        var n = counts[bucket];
        if (n == entries.Length) buckets[bucket] = entries = ResizeTwice(entries);
        entries[n] = (item, key);
        counts[bucket] = n + 1;
    }

    private static (int, long)[] ResizeTwice((int, long)[] entries)
    {
        var larger = new (int, long)[entries.Length * 2];
        entries.CopyTo(larger, 0);
        return larger;
    }

    private int BucketOf(ulong ordered) => ordered == last ? 0 : 64 - BitOperations.LeadingZeroCount(ordered ^ last);

    /// <summary>A signed key as an unsigned number of the same order.</summary>
    private static ulong Order(long key) => unchecked((ulong)key ^ 0x8000_0000_0000_0000UL);
}
