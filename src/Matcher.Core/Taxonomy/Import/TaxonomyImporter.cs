using System.Collections.Immutable;

namespace Matcher.Core.Taxonomy.Import;

/// <summary>
/// Merges the official classifications into one taxonomy: the KldB 2010 Berufsgattungen (level 5) are the occupations,
/// with the KldB title, short title, "Umfasst ferner" examples and the BA job titles as synonyms, and the KldB's
/// description and activities. The BA mapping joins
/// each Berufsgattung (through its Berufsbenennungen) to ESCO occupations, which give the English title, the ISCO-08
/// group and the skills: a skill is essential when most of the mapped ESCO occupations call it essential. Skill labels
/// are German where the BA skills mapping has them, else English. Apprenticeship and regulated-profession flags are
/// not in these sources: they come from the curated taxonomy (if given) for the codes it knows, else are off.
/// </summary>
public static class TaxonomyImporter
{
    public const string EscoAttribution = "This service uses the ESCO classification of the European Commission.";
    public const string BaAttribution = "Quelle: Statistik der Bundesagentur für Arbeit (KldB 2010, Berufsbenennungen, ESCO-Mappingtabellen).";

    public static ImportedTaxonomy Merge(
        IReadOnlyList<KldbPosition> kldb, IReadOnlyList<JobTitle> titles, EscoDataset esco, IReadOnlyList<BaEscoMapping> occupationMapping,
        IReadOnlyList<BaEscoMapping> skillMapping, OccupationTaxonomy? curated)
    {
        var escoOccupation = esco.Occupations.ToDictionary(o => o.Uri, StringComparer.Ordinal);
        var escoSkill = esco.Skills.ToDictionary(s => s.Uri, StringComparer.Ordinal);
        var germanSkillLabel = skillMapping.Where(m => m.EscoLabel.Length > 0).GroupBy(m => m.EscoUri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().EscoLabel, StringComparer.Ordinal);
        var skillsOfOccupation = esco.OccupationSkills.GroupBy(r => r.OccupationUri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var escoOfKldb = occupationMapping.Where(m => m.Occupation is not null && escoOccupation.ContainsKey(m.EscoUri))
            .GroupBy(m => m.Occupation!.Value)
            .ToDictionary(g => g.Key, g => g.GroupBy(m => m.EscoUri, StringComparer.Ordinal).OrderByDescending(u => u.Count()).ThenBy(u => u.Key, StringComparer.Ordinal)
                .Select(u => escoOccupation[u.Key]).ToList());
        var titlesOf = titles.ToLookup(t => t.Occupation, t => t.Title);

        var occupations = new List<Occupation>();
        var relations = new List<(OccupationCode, string, SkillRelation)>();
        var usedSkills = new Dictionary<string, Skill>(StringComparer.Ordinal);
        var unmapped = 0;
        foreach (var position in kldb.Where(p => p.Level == 5))
        {
            var code = OccupationCode.Parse(position.Code);
            var mapped = escoOfKldb.GetValueOrDefault(code) ?? [];
            if (mapped.Count == 0) unmapped++;
            var known = curated?.Find(code);
            var titleEn = mapped.Count > 0 ? mapped[0].PreferredLabel : known?.TitleEn ?? $"KldB {code}";
            var isco = mapped.GroupBy(m => m.IscoGroup).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault()
                ?? known?.Isco08;
            var synonyms = new[] { position.ShortTitle }.Concat(position.Examples.Select(e => e.Title)).Concat(titlesOf[code])
                .Concat(known?.Synonyms ?? [])
                .Select(t => t.Trim()).Where(t => t.Length > 0 && !t.Equals(position.Title, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(t => t.ToLowerInvariant()).ToImmutableArray();
            var description = $"{position.Description} {position.Activities}".Trim();
            occupations.Add(new Occupation(code, position.Title, titleEn, known?.IsApprenticeship ?? false, known?.IsRegulated ?? false, isco, synonyms, description));

            // A skill is essential when more than half of the mapped ESCO occupations call it essential.
            var votes = new Dictionary<string, (int Essential, int Any)>(StringComparer.Ordinal);
            foreach (var m in mapped)
                foreach (var r in skillsOfOccupation.GetValueOrDefault(m.Uri) ?? [])
                {
                    if (!escoSkill.ContainsKey(r.SkillUri)) continue;
                    var (e, a) = votes.GetValueOrDefault(r.SkillUri);
                    votes[r.SkillUri] = (e + (r.Relation == SkillRelation.Essential ? 1 : 0), a + 1);
                }
            foreach (var (uri, (essential, _)) in votes.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                var skill = usedSkills.TryGetValue(uri, out var s) ? s : usedSkills[uri] = SkillOf(escoSkill[uri], germanSkillLabel.GetValueOrDefault(uri));
                relations.Add((code, skill.Id, 2 * essential > mapped.Count ? SkillRelation.Essential : SkillRelation.Optional));
            }
        }
        var provenance = $"KldB 2010 V2020 ({occupations.Count} Berufsgattungen), {titles.Count} BA job titles, ESCO ({esco.Language}, {esco.Occupations.Count} occupations, {esco.Skills.Count} skills) via the BA mapping";
        return new ImportedTaxonomy(occupations, [.. usedSkills.Values.OrderBy(s => s.Id, StringComparer.Ordinal)], relations, provenance, unmapped);
    }

    /// <summary>ESCO skills get the id "esco-" + the UUID of their URI: stable across versions and a valid slug.</summary>
    public static string SkillId(string uri) => "esco-" + uri[(uri.LastIndexOf('/') + 1)..].ToLowerInvariant();

    private static Skill SkillOf(EscoSkill skill, string? germanLabel) =>
        new(SkillId(skill.Uri), germanLabel ?? skill.PreferredLabel, skill.PreferredLabel, []);
}

/// <summary>The merged taxonomy, ready to be written in the service's format.</summary>
/// <param name="UnmappedOccupations">Berufsgattungen the BA mapping links to no ESCO occupation (they have no skills).</param>
public sealed record ImportedTaxonomy(
    IReadOnlyList<Occupation> Occupations,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<(OccupationCode Occupation, string Skill, SkillRelation Relation)> Relations,
    string Provenance,
    int UnmappedOccupations);
