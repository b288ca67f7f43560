namespace Matcher.Core.Taxonomy;

/// <summary>How two occupations relate, from closest to unrelated.</summary>
public enum OccupationKinship
{
    /// <summary>The same KldB 5-digit code.</summary>
    Same,
    /// <summary>Same Berufsuntergruppe (4 digits): same field, another requirement level.</summary>
    SameSubgroup,
    /// <summary>Same Berufsgruppe (3 digits).</summary>
    SameGroup,
    /// <summary>Different groups, but sharing essential skills.</summary>
    SharedSkills,
    Unrelated,
}
