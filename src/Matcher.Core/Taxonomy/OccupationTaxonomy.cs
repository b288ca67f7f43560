using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Occupations, skills and their relations, immutable once built. Relatedness of occupations comes
/// from the KldB code hierarchy and, across groups, from shared essential skills.
/// </summary>
public sealed class OccupationTaxonomy
{
    private readonly FrozenDictionary<OccupationCode, ImmutableArray<string>> essential;
    private readonly FrozenDictionary<OccupationCode, ImmutableArray<string>> optional;

    /// <summary>
    /// Per occupation code (its value, below 100,000) its row in <see cref="essentialIds"/> and <see cref="overlapRows"/>,
    /// or -1 for an occupation without essential skills: the batch compares occupations tens of millions of times.
    /// </summary>
    private readonly int[] rowOf = new int[100_000];

    /// <summary>The essential skills of each occupation with any, as sorted integer ids.</summary>
    private readonly int[][] essentialIds;

    /// <summary>Overlaps computed so far (NaN: not yet), a row per occupation, allocated when first asked for.</summary>
    private readonly double[]?[] overlapRows;

    public OccupationTaxonomy(
        IEnumerable<Occupation> occupations,
        IEnumerable<Skill> skills,
        IEnumerable<(OccupationCode Occupation, string Skill, SkillRelation Relation)> relations,
        string provenance)
    {
        Occupations = occupations.ToFrozenDictionary(o => o.Code);
        Skills = skills.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        var rel = relations.ToList();
        essential = Group(rel, SkillRelation.Essential);
        optional = Group(rel, SkillRelation.Optional);
        var ids = essential.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal).Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        Array.Fill(rowOf, -1);
        var withSkills = essential.Where(e => e.Value.Length > 0).ToList();
        essentialIds = new int[withSkills.Count][];
        for (var r = 0; r < withSkills.Count; r++)
        {
            rowOf[withSkills[r].Key.Value] = r;
            essentialIds[r] = [.. withSkills[r].Value.Select(s => ids[s]).Order()];
        }
        overlapRows = new double[]?[withSkills.Count];
        Provenance = provenance;
    }

    public FrozenDictionary<OccupationCode, Occupation> Occupations { get; }

    public FrozenDictionary<string, Skill> Skills { get; }

    /// <summary>Where the data came from, for display (e.g. "Matcher default taxonomy").</summary>
    public string Provenance { get; }

    /// <summary>Short forms and licence classes in advert titles, each with its source.</summary>
    public IReadOnlyList<TitleAbbreviation> Abbreviations { get; init; } = [];

    public Occupation? Find(OccupationCode code) => Occupations.GetValueOrDefault(code);

    /// <summary>Essential skill ids of an occupation, sorted; empty for unknown codes.</summary>
    public ImmutableArray<string> EssentialSkills(OccupationCode code) => essential.GetValueOrDefault(code, []);

    /// <summary>Optional skill ids of an occupation, sorted; empty for unknown codes.</summary>
    public ImmutableArray<string> OptionalSkills(OccupationCode code) => optional.GetValueOrDefault(code, []);

    /// <summary>Jaccard similarity of the essential skill sets of two occupations, in [0, 1].</summary>
    public double EssentialSkillOverlap(OccupationCode a, OccupationCode b)
    {
        var (ra, rb) = (rowOf[a.Value], rowOf[b.Value]);
        if (ra < 0 || rb < 0) return 0;
        var row = overlapRows[ra];
        if (row is null)
        {
            var fresh = new double[essentialIds.Length];
            Array.Fill(fresh, double.NaN);
            // Threads that race here all go on with the row stored first.
            row = Interlocked.CompareExchange(ref overlapRows[ra], fresh, null) ?? fresh;
        }
        var known = row[rb];
        if (!double.IsNaN(known)) return known;
        return row[rb] = Jaccard(essentialIds[ra], essentialIds[rb]);
    }

    private static double Jaccard(int[] sa, int[] sb)
    {
        int i = 0, j = 0, shared = 0;
        while (i < sa.Length && j < sb.Length)
        {
            if (sa[i] == sb[j]) { shared++; i++; j++; }
            else if (sa[i] < sb[j]) i++;
            else j++;
        }
        return (double)shared / (sa.Length + sb.Length - shared);
    }

    /// <summary>How close <paramref name="a"/> is to <paramref name="b"/>.</summary>
    public OccupationKinship Kinship(OccupationCode a, OccupationCode b) =>
        a == b ? OccupationKinship.Same
        : a.Subgroup == b.Subgroup ? OccupationKinship.SameSubgroup
        : a.Group == b.Group ? OccupationKinship.SameGroup
        : EssentialSkillOverlap(a, b) > 0 ? OccupationKinship.SharedSkills
        : OccupationKinship.Unrelated;

    private static FrozenDictionary<OccupationCode, ImmutableArray<string>> Group(
        List<(OccupationCode Occupation, string Skill, SkillRelation Relation)> relations, SkillRelation kind) =>
        relations.Where(r => r.Relation == kind)
            .GroupBy(r => r.Occupation)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Skill).Distinct().Order(StringComparer.Ordinal).ToImmutableArray());
}
