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
        var englishOf = EnglishTitles(esco, occupationMapping);
        // Every official title under its codes: a curated synonym that the BA files under another code is left out.
        var officialCodes = new Dictionary<string, HashSet<OccupationCode>>(StringComparer.Ordinal);
        foreach (var position in kldb.Where(p => p.Level == 5))
        {
            var code = OccupationCode.Parse(position.Code);
            foreach (var title in new[] { position.Title, position.ShortTitle }.Concat(position.Examples.Select(e => e.Title)).Concat(titlesOf[code]))
                foreach (var key in Keys(title))
                    (officialCodes.TryGetValue(key, out var set) ? set : officialCodes[key] = []).Add(code);
        }
        var conflicts = new List<string>();

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
            bool BaAgrees(string title, string what)
            {
                var keys = Keys(title).ToList();
                var elsewhere = keys.SelectMany(k => officialCodes.GetValueOrDefault(k) ?? []).Where(c => c != code).Distinct().OrderBy(c => c.Value).ToList();
                if (elsewhere.Count == 0 || keys.Any(k => officialCodes.GetValueOrDefault(k)?.Contains(code) == true)) return true;
                conflicts.Add($"'{title}': curated {what} under {code}, the BA lists it under {string.Join(", ", elsewhere)}; the BA's code is kept.");
                return false;
            }
            var curatedSynonyms = (known?.Synonyms ?? []).Where(synonym => BaAgrees(synonym, "synonym"));
            // The curated title is a job title people use ("Fachkraft für Lagerlogistik"); the KldB's ("Berufe in der
            // Lagerwirtschaft – fachlich ausgerichtete Tätigkeiten") names the class. Where both exist and the BA list
            // agrees, people see the job title and the KldB's stays a synonym.
            var title = known is not null && BaAgrees(known.TitleDe, "title") ? known.TitleDe : position.Title;
            var synonyms = new[] { position.ShortTitle }.Concat(position.Examples.Select(e => e.Title)).Concat(titlesOf[code])
                .Concat(curatedSynonyms).Append(position.Title)
                .Select(t => t.Trim()).Where(t => t.Length > 0 && !t.Equals(title, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(t => t.ToLowerInvariant()).ToImmutableArray();
            var description = $"{position.Description} {position.Activities}".Trim();
            occupations.Add(new Occupation(code, title, titleEn, known?.IsApprenticeship ?? false, known?.IsRegulated ?? false, isco, synonyms, description)
            {
                TitlesEn = [.. englishOf[code]],
            });

            // Where the curated taxonomy describes the occupation's skills (German labels, written for what SMEs ask
            // for), they stand in for ESCO's; elsewhere ESCO's are taken.
            if (curated is not null && known is not null && curated.EssentialSkills(code).Length + curated.OptionalSkills(code).Length > 0)
            {
                foreach (var (ids, relation) in new[] { (curated.EssentialSkills(code), SkillRelation.Essential), (curated.OptionalSkills(code), SkillRelation.Optional) })
                    foreach (var id in ids)
                    {
                        usedSkills.TryAdd("curated:" + id, curated.Skills[id]);
                        relations.Add((code, id, relation));
                    }
                continue;
            }

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
        return new ImportedTaxonomy(occupations, [.. usedSkills.Values.OrderBy(s => s.Id, StringComparer.Ordinal)], relations, provenance, unmapped)
        {
            Conflicts = conflicts,
            Abbreviations = curated?.Abbreviations ?? [],
        };
    }

    /// <summary>A title's normalised masculine and feminine forms, as the resolver looks them up.</summary>
    private static IEnumerable<string> Keys(string title)
    {
        var (masculine, feminine) = GenderForms.Expand(title);
        return new[] { title, masculine, feminine }.Select(TitleNormalizer.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// ESCO's English labels (preferred and alternative) for each Berufsgattung. An ESCO occupation goes to the one
    /// Berufsgattung its BA mapping rows point to most: exact counts 3, close 2, broad and narrow 1 each, and 3 more
    /// where the Berufsgattung's requirement level is the one ISCO's skill level implies (major group 9 helpers, 4–8
    /// skilled, 3 specialists, 1–2 experts), so that "warehouse worker" (ISCO 9333) lands on the helpers' 51311.
    /// </summary>
    private static ILookup<OccupationCode, string> EnglishTitles(EscoDataset esco, IReadOnlyList<BaEscoMapping> mapping)
    {
        var rowsOf = mapping.Where(m => m.Occupation is not null).ToLookup(m => m.EscoUri, StringComparer.Ordinal);
        var result = new List<(OccupationCode Code, string Title)>();
        foreach (var occupation in esco.Occupations)
        {
            var level = occupation.IscoGroup.Length > 0 ? occupation.IscoGroup[0] switch
            {
                '9' => RequirementLevel.Helfer,
                '4' or '5' or '6' or '7' or '8' => RequirementLevel.Fachkraft,
                '3' => RequirementLevel.Spezialist,
                '1' or '2' => RequirementLevel.Experte,
                _ => (RequirementLevel?)null,
            } : null;
            var best = rowsOf[occupation.Uri]
                .GroupBy(m => m.Occupation!.Value)
                .Select(g => (Code: g.Key, Votes: g.Sum(m => m.Relation switch { "exact" => 3, "close" => 2, _ => 1 }) + (g.Key.Level == level ? 3 : 0)))
                .OrderByDescending(v => v.Votes).ThenBy(v => v.Code.Value)
                .Select(v => (OccupationCode?)v.Code).FirstOrDefault();
            if (best is not { } code) continue;
            foreach (var label in occupation.AltLabels.Prepend(occupation.PreferredLabel))
                if (label.Trim().Length > 0) result.Add((code, label.Trim()));
        }
        return result.DistinctBy(r => (r.Code, r.Title.ToLowerInvariant())).ToLookup(r => r.Code, r => r.Title);
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
    int UnmappedOccupations)
{
    /// <summary>Curated synonyms left out because the BA files the same title under another code, one sentence each.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>The short forms carried over from the curated taxonomy.</summary>
    public IReadOnlyList<TitleAbbreviation> Abbreviations { get; init; } = [];
}
