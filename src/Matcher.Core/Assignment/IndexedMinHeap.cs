namespace Matcher.Core.Assignment;

/// <summary>
/// Binary min-heap of column indices with their keys stored beside them (one cache line holds several entries), with
/// decrease-key. Positions are kept per column, so a column is in the heap at most once; <see cref="Clear"/> costs O(size).
/// </summary>
internal sealed class IndexedMinHeap
{
    private readonly (int Item, long Key)[] entries;
    private readonly int[] position;
    private int count;

    public IndexedMinHeap(int capacity)
    {
        entries = new (int, long)[capacity];
        position = new int[capacity];
        Array.Fill(position, -1);
    }

    public int Count => count;

    public void Clear()
    {
        for (var k = 0; k < count; k++) position[entries[k].Item] = -1;
        count = 0;
    }

    /// <summary>Inserts <paramref name="item"/> with <paramref name="key"/>, or lowers its key to <paramref name="key"/>.</summary>
    public void InsertOrDecrease(int item, long key)
    {
        var at = position[item];
        if (at < 0) at = count++;
        SiftUp(at, item, key);
    }

    public int PopMin(out long key)
    {
        var (top, topKey) = entries[0];
        key = topKey;
        position[top] = -1;
        var last = entries[--count];
        if (count > 0) SiftDown(last.Item, last.Key);
        return top;
    }

    private void SiftUp(int at, int item, long key)
    {
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            var p = entries[parent];
            if (p.Key <= key) break;
            entries[at] = p;
            position[p.Item] = at;
            at = parent;
        }
        entries[at] = (item, key);
        position[item] = at;
    }

    private void SiftDown(int item, long key)
    {
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= count) break;
            if (child + 1 < count && entries[child + 1].Key < entries[child].Key) child++;
            var c = entries[child];
            if (c.Key >= key) break;
            entries[at] = c;
            position[c.Item] = at;
            at = child;
        }
        entries[at] = (item, key);
        position[item] = at;
    }
}
