namespace Matcher.Core.Taxonomy.Import;

/// <summary>An ESCO occupation in one language.</summary>
/// <param name="Code">ESCO's own code, the ISCO-08 unit group plus a suffix (e.g. "2654.1.7").</param>
/// <param name="IscoGroup">The ISCO-08 unit group (4 digits).</param>
/// <param name="Regulated">The regulated-profession note says the profession is regulated (in some member state).</param>
public sealed record EscoOccupation(string Uri, string Code, string IscoGroup, string PreferredLabel, IReadOnlyList<string> AltLabels, bool Regulated);

/// <summary>An ESCO skill, knowledge item or competence in one language.</summary>
/// <param name="SkillType">"skill/competence" or "knowledge".</param>
/// <param name="ReuseLevel">transversal, cross-sector, sector-specific or occupation-specific.</param>
public sealed record EscoSkill(string Uri, string SkillType, string ReuseLevel, string PreferredLabel, IReadOnlyList<string> AltLabels);

/// <summary>An ISCO-08 group as ESCO publishes it (1 to 4 digits).</summary>
public sealed record IscoGroup(string Uri, string Code, string PreferredLabel);

/// <summary>"Occupation needs skill", essential or optional.</summary>
public sealed record EscoOccupationSkill(string OccupationUri, string SkillUri, SkillRelation Relation);

/// <summary>A broader relation of the occupation pillar: an occupation or ISCO group and its parent.</summary>
public sealed record EscoBroader(string ConceptUri, string BroaderUri);

/// <summary>
/// An ESCO CSV download, in one language: v1.1 ships the relations language-neutral (<c>occupationSkillRelations.csv</c>),
/// v1.2 per language (<c>occupationSkillRelations_de.csv</c>); either may be gzipped. Files not present are empty lists.
/// </summary>
public sealed record EscoDataset(
    string Language,
    IReadOnlyList<EscoOccupation> Occupations,
    IReadOnlyList<EscoSkill> Skills,
    IReadOnlyList<IscoGroup> IscoGroups,
    IReadOnlyList<EscoOccupationSkill> OccupationSkills,
    IReadOnlyList<EscoBroader> BroaderOccupations);
