namespace Matcher.Core.Assignment;

/// <summary>
/// Binary min-heap of column indices keyed by an external distance array, with decrease-key.
/// Positions are kept per column, so a column is in the heap at most once; <see cref="Clear"/> costs O(size).
/// </summary>
internal sealed class IndexedMinHeap
{
    private readonly int[] items;
    private readonly int[] position;
    private readonly long[] keys;
    private int count;

    public IndexedMinHeap(int capacity, long[] keys)
    {
        items = new int[capacity];
        position = new int[capacity];
        Array.Fill(position, -1);
        this.keys = keys;
    }

    public int Count => count;

    public void Clear()
    {
        for (var k = 0; k < count; k++) position[items[k]] = -1;
        count = 0;
    }

    /// <summary>Inserts <paramref name="item"/> or moves it up after its key decreased.</summary>
    public void InsertOrDecrease(int item)
    {
        var at = position[item];
        if (at < 0)
        {
            at = count++;
            items[at] = item;
            position[item] = at;
        }
        SiftUp(at);
    }

    public int PopMin()
    {
        var top = items[0];
        position[top] = -1;
        var last = items[--count];
        if (count > 0)
        {
            items[0] = last;
            position[last] = 0;
            SiftDown(0);
        }
        return top;
    }

    private void SiftUp(int at)
    {
        var item = items[at];
        var key = keys[item];
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            var p = items[parent];
            if (keys[p] <= key) break;
            items[at] = p;
            position[p] = at;
            at = parent;
        }
        items[at] = item;
        position[item] = at;
    }

    private void SiftDown(int at)
    {
        var item = items[at];
        var key = keys[item];
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= count) break;
            if (child + 1 < count && keys[items[child + 1]] < keys[items[child]]) child++;
            var c = items[child];
            if (keys[c] >= key) break;
            items[at] = c;
            position[c] = at;
            at = child;
        }
        items[at] = item;
        position[item] = at;
    }
}
