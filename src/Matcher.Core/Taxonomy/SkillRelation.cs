namespace Matcher.Core.Taxonomy;

/// <summary>How an occupation needs a skill (as in ESCO).</summary>
public enum SkillRelation
{
    Essential,
    Optional,
}
