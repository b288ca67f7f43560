namespace Matcher.Core.Taxonomy;

/// <summary>
/// Turns a normalised title into hashed features for <see cref="TitleClassifier"/>, in order of occurrence; a feature
/// that occurs twice ("ung" in "Ausbildungsberatung") is listed twice.
/// German job titles are compounds ("Lagerfachkraft", "Produktionsmechanikerhelfer"), so whole words alone
/// rarely recur: character n-grams of each word carry the shared stems, word-initial and word-final pieces
/// carry the field and the role ("helfer", "meister", "ingenieur").
/// </summary>
public static class TitleFeatures
{
    private const int MaxWordLength = 64;

    /// <summary>Each word, and the character 3- and 4-grams of "^word$" (5-grams add nothing on the BA titles, and cost a third more time): what the field of work is.</summary>
    public static void Grams(string normalized, List<long> into) => Extract(normalized, into, affixes: false);

    /// <summary>Each word, its first 3 to 6 and its last 3 to 8 characters (with the ^ $ marks): what the requirement level is.</summary>
    public static void Affixes(string normalized, List<long> into) => Extract(normalized, into, affixes: true);

    private static void Extract(string normalized, List<long> into, bool affixes)
    {
        into.Clear();
        Span<char> bounded = stackalloc char[MaxWordLength + 2];
        foreach (var word in Words(normalized))
        {
            into.Add(Hash(word, 1));
            var length = Bound(word, bounded);
            if (affixes)
            {
                for (var n = 3; n <= Math.Min(6, length); n++) into.Add(Hash(bounded[..n], 30 + n));
                for (var n = 3; n <= Math.Min(8, length); n++) into.Add(Hash(bounded[(length - n)..length], 50 + n));
            }
            else
            {
                for (var n = 3; n <= 4; n++)
                    for (var i = 0; i + n <= length; i++) into.Add(Hash(bounded.Slice(i, n), 10 + n));
            }
        }
    }

    private static int Bound(ReadOnlySpan<char> word, Span<char> into)
    {
        into[0] = '^';
        word.CopyTo(into[1..]);
        into[word.Length + 1] = '$';
        return word.Length + 2;
    }

    /// <summary>The space-separated words of a normalised title; overlong runs are cut (they are not job titles anyway).</summary>
    private static WordEnumerable Words(string normalized) => new(normalized);

    private readonly ref struct WordEnumerable(string text)
    {
        public WordEnumerator GetEnumerator() => new(text);
    }

    private ref struct WordEnumerator(string text)
    {
        private int next;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length) return false;
            var end = text.IndexOf(' ', next);
            if (end < 0) end = text.Length;
            Current = text.AsSpan(next, Math.Min(end - next, MaxWordLength));
            next = end;
            return true;
        }
    }

    /// <summary>64-bit FNV-1a over the characters, seeded with the feature kind so that a word and an n-gram never meet.</summary>
    private static long Hash(ReadOnlySpan<char> text, int kind)
    {
        var hash = 14695981039346656037UL ^ (ulong)kind;
        foreach (var c in text)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }
        return unchecked((long)hash);
    }
}
