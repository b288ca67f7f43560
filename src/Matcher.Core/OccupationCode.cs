namespace Matcher.Core;

/// <summary>
/// A 5-digit KldB 2010 occupation type (Berufsgattung). The 5th digit is the requirement level
/// (Anforderungsniveau), the first three digits the occupation group (Berufsgruppe).
/// </summary>
public readonly record struct OccupationCode
{
    private OccupationCode(int value) => Value = value;

    /// <summary>The code as a number, 10000..99999 (military codes 01xxx are out of scope).</summary>
    public int Value { get; }

    /// <summary>The requirement level carried in the 5th digit.</summary>
    public RequirementLevel Level => (RequirementLevel)(Value % 10);

    /// <summary>The 3-digit occupation group (Berufsgruppe), e.g. 513 for warehouse logistics.</summary>
    public int Group => Value / 100;

    /// <summary>The 4-digit occupation subgroup (Berufsuntergruppe).</summary>
    public int Subgroup => Value / 10;

    /// <summary>The occupation of the same Berufsuntergruppe on <paramref name="level"/> (51311 at Fachkraft: 51312).</summary>
    public OccupationCode AtLevel(RequirementLevel level) => new(Value / 10 * 10 + (int)level);

    /// <summary>Parses "51312" (and the military "01104"); fails on anything but five digits with a requirement level 1..4.</summary>
    public static bool TryParse(string? text, out OccupationCode code)
    {
        code = default;
        var t = text?.Trim();
        if (t is null || t.Length != 5 || !t.All(char.IsAsciiDigit)) return false;
        var value = int.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
        // Berufsbereich 0 (military) has keys 01xxx-04xxx; 00xxx does not exist.
        if (value < 1000 || value % 10 is < 1 or > 4) return false;
        code = new OccupationCode(value);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> naming the bad text.</summary>
    public static OccupationCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a 5-digit KldB 2010 code with requirement level 1-4.");

    public override string ToString() => Value.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
}
