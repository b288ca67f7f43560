namespace Matcher.Core.Taxonomy;

/// <summary>
/// Feature hashes to feature ids, read-only once built: open addressing with linear probing in one flat array of
/// keys and one of ids, at most half full. A title looks up some hundred features, and the general frozen dictionary
/// took an eighth of a lookup's time for them.
/// </summary>
internal sealed class FeatureVocabulary
{
    private readonly long[] keys;
    private readonly int[] ids;
    private readonly bool[] used;
    private readonly int mask;
    private readonly int shift;

    public FeatureVocabulary(IEnumerable<KeyValuePair<long, int>> entries)
    {
        var list = entries.ToList();
        var size = 16;
        while (size < 2 * list.Count) size *= 2;
        keys = new long[size];
        ids = new int[size];
        used = new bool[size];
        mask = size - 1;
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var (key, id) in list)
        {
            var at = Slot(key);
            while (used[at] && keys[at] != key) at = (at + 1) & mask;
            keys[at] = key;
            ids[at] = id;
            used[at] = true;
        }
        Count = list.Count;
    }

    public int Count { get; }

    public bool TryGetValue(long key, out int id)
    {
        for (var at = Slot(key); used[at]; at = (at + 1) & mask)
        {
            if (keys[at] != key) continue;
            id = ids[at];
            return true;
        }
        id = -1;
        return false;
    }

    /// <summary>Fibonacci hashing: the key's bits spread by one multiplication, the top ones taken.</summary>
    private int Slot(long key) => unchecked((int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift));
}
