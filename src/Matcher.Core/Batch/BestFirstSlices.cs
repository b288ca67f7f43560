namespace Matcher.Core.Batch;

/// <summary>
/// Items with integer upper bounds of their value, put in best-first order by slices: a counting sort on equal
/// slices of the bounds' range, linear in the items where a full sort is n log n. Within a slice the order is
/// arbitrary, so a consumer skips an item whose own bound is too low and stops at the first slice whose top is.
/// One instance per thread, refilled per candidate.
/// </summary>
internal sealed class BestFirstSlices
{
    private const int SliceCount = 128;

    private readonly int[] starts = new int[SliceCount + 1];
    private long low;
    private long width;
    private long[] bounds = new long[1024];
    private int[] items = new int[1024];
    private int[] slices = new int[1024];
    private long[] orderedBounds = new long[1024];
    private int[] orderedItems = new int[1024];
    private int[] orderedSlices = new int[1024];

    /// <summary>Items added since <see cref="Start"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets the items; bounds to come lie in [<paramref name="lowest"/>, <paramref name="highest"/>].</summary>
    public void Start(long lowest, long highest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(highest, lowest);
        (low, width, Count) = (lowest, (highest - lowest) / SliceCount + 1, 0);
    }

    public void Add(int item, long bound)
    {
        if (Count == bounds.Length) Grow();
        bounds[Count] = bound;
        items[Count++] = item;
    }

    /// <summary>Orders the items best slice first; then read them by position with <see cref="ItemAt"/>, <see cref="BoundAt"/> and <see cref="SliceTopAt"/>.</summary>
    public void Order()
    {
        Array.Clear(starts);
        for (var t = 0; t < Count; t++)
        {
            // Highest slice first: slice 0 holds the best bounds.
            var slice = SliceCount - 1 - (int)Math.Min((bounds[t] - low) / width, SliceCount - 1);
            slices[t] = slice;
            starts[slice + 1]++;
        }
        for (var s = 0; s < SliceCount; s++) starts[s + 1] += starts[s];
        for (var t = 0; t < Count; t++)
        {
            var at = starts[slices[t]]++;
            (orderedBounds[at], orderedItems[at], orderedSlices[at]) = (bounds[t], items[t], slices[t]);
        }
    }

    public int ItemAt(int position) => orderedItems[position];

    public long BoundAt(int position) => orderedBounds[position];

    /// <summary>The highest bound the slice of the item at <paramref name="position"/> can hold: no item from there on has a higher one.</summary>
    public long SliceTopAt(int position) => low + (SliceCount - orderedSlices[position]) * width - 1;

    private void Grow()
    {
        var size = 2 * bounds.Length;
        Array.Resize(ref bounds, size);
        Array.Resize(ref items, size);
        slices = new int[size];
        orderedBounds = new long[size];
        orderedItems = new int[size];
        orderedSlices = new int[size];
    }
}
