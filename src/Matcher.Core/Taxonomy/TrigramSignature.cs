using System.Numerics;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// The character trigrams of "  text " as a 256-bit set (each trigram hashed to one bit). Comparing two titles is then
/// four ANDs and popcounts instead of a set intersection; a collision now and then only blurs which of an occupation's
/// titles is shown as the closest one.
/// </summary>
public readonly record struct TrigramSignature(ulong A, ulong B, ulong C, ulong D)
{
    public static TrigramSignature Of(string text)
    {
        Span<ulong> bits = stackalloc ulong[4];
        bits.Clear();
        // Padding as "  text ": the leading pair marks a word start.
        char a = ' ', b = ' ';
        foreach (var c in text.AsSpan())
        {
            Set(bits, a, b, c);
            (a, b) = (b, c);
        }
        Set(bits, a, b, ' ');
        return new TrigramSignature(bits[0], bits[1], bits[2], bits[3]);
    }

    /// <summary>How many trigram bits are set; counted once, as a title is compared with many.</summary>
    public int Count { get; } = BitOperations.PopCount(A) + BitOperations.PopCount(B) + BitOperations.PopCount(C) + BitOperations.PopCount(D);

    /// <summary>Dice coefficient of the two trigram sets, in [0, 1].</summary>
    public double Dice(TrigramSignature other)
    {
        var total = Count + other.Count;
        return total == 0 ? 0 : 2.0 * Shared(other) / total;
    }

    /// <summary>How many trigram bits both sets have.</summary>
    public int Shared(TrigramSignature other) =>
        BitOperations.PopCount(A & other.A) + BitOperations.PopCount(B & other.B)
        + BitOperations.PopCount(C & other.C) + BitOperations.PopCount(D & other.D);

    private static void Set(Span<ulong> bits, char a, char b, char c)
    {
        var hash = unchecked(((uint)a * 0x9E3779B1u) ^ ((uint)b * 0x85EBCA77u) ^ ((uint)c * 0xC2B2AE3Du));
        hash ^= hash >> 15;
        hash = unchecked(hash * 0x2C1B3C6Du);
        hash ^= hash >> 12;
        var bit = (int)(hash & 255);
        bits[bit >> 6] |= 1UL << (bit & 63);
    }
}
