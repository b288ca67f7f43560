using Matcher.Core;
using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Taxonomy;

public sealed class EscoImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("matcher-esco-").FullName;

    private string? Sample(string relative) => OfficialSample.Find(relative, output);

    [Fact]
    public void Esco_1_1_english_with_language_neutral_gzipped_relations_is_read_completely()
    {
        if (Sample("esco-v1.1.1-en") is not { } dir) return;
        var esco = EscoReader.Read(dir);
        Assert.Equal("en", esco.Language);
        Assert.Equal(3007, esco.Occupations.Count);
        Assert.Equal(13896, esco.Skills.Count);
        Assert.Equal(619, esco.IscoGroups.Count);
        Assert.Equal(123855, esco.OccupationSkills.Count);
        Assert.Equal(64946, esco.OccupationSkills.Count(r => r.Relation == SkillRelation.Essential));
        Assert.Equal(3617, esco.BroaderOccupations.Count);
        var director = esco.Occupations.Single(o => o.Uri.EndsWith("00030d09-2b3a-4efd-87cc-c4ea39d27c34", StringComparison.Ordinal));
        Assert.Equal(("technical director", "2654"), (director.PreferredLabel, director.IscoGroup));
        Assert.Contains("head of technical department", director.AltLabels);
        Assert.Contains(esco.Occupations, o => o.Regulated);
    }

    [Fact]
    public void Esco_1_2_german_occupations_are_read_with_their_gendered_labels()
    {
        if (Sample("esco-v1.2.0-de") is not { } dir) return;
        var esco = EscoReader.Read(dir);
        Assert.Equal("de", esco.Language);
        Assert.Equal(3039, esco.Occupations.Count);
        Assert.Equal(3652, esco.BroaderOccupations.Count);
        Assert.Empty(esco.Skills); // skills_de.csv is not in the sample (see its SOURCE.txt)
        Assert.Contains(esco.Occupations, o => o.PreferredLabel.StartsWith("Technischer Leiter für Bühne, Film und Fernsehen/Technische Leiterin", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ba_mapping_tables_link_esco_to_kldb_and_to_ba_competences()
    {
        if (Sample("ba-mappings") is not { } dir) return;
        var occupations = BaEscoMappingReader.Read(Path.Combine(dir, "EURESmapping_occs_DE.csv"));
        Assert.Equal(8735, occupations.Count);
        Assert.Equal(143, occupations.Count(m => m.TargetId.StartsWith("BE ", StringComparison.Ordinal)));
        Assert.Equal(1253, occupations.Count(m => m.Relation == "exact"));
        Assert.Contains(occupations, m => m.Occupation == OccupationCode.Parse("01104"));
        // The official skills table has two records merged by a stray quote: refused by default, skipped and named on request.
        var error = Assert.Throws<TaxonomyLoadException>(() => BaEscoMappingReader.Read(Path.Combine(dir, "EURESmapping_skills_DE.csv")));
        Assert.StartsWith("EURESmapping_skills_DE.csv:3698:", error.Message, StringComparison.Ordinal);
        var skipped = new List<string>();
        var skills = BaEscoMappingReader.Read(Path.Combine(dir, "EURESmapping_skills_DE.csv"), skipped);
        Assert.Equal(2, skipped.Count);
        Assert.Equal(24463, skills.Count); // 24,465 mapping rows less the two merged ones; 1,125 "no relation" rows are not mappings
        Assert.Contains(skills, m => m.EscoLabel == "Strafvollzugsverfahren beaufsichtigen" && m.TargetId == "K 030401-022");
    }

    [Fact]
    public void A_broken_relations_file_is_refused_with_file_line_and_column()
    {
        File.WriteAllText(Path.Combine(scratch, "occupations_xx.csv"),
            "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,regulatedProfessionNote,code\nOccupation,u:1,2654,\"director\nof things\",,,2654.1\n");
        File.WriteAllText(Path.Combine(scratch, "occupationSkillRelations.csv"),
            "occupationUri,relationType,skillType,skillUri\nu:1,essential,knowledge,s:1\nu:1,sometimes,knowledge,s:2\n");
        var error = Assert.Throws<TaxonomyLoadException>(() => EscoReader.Read(scratch));
        Assert.StartsWith("occupationSkillRelations.csv:3:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupation_without_a_label_is_refused_and_a_multi_line_label_is_kept_whole()
    {
        var path = Path.Combine(scratch, "occupations_xx.csv");
        File.WriteAllText(path, "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,regulatedProfessionNote,code\nOccupation,u:1,2654,director,\"a\nb\",,2654.1\nOccupation,u:2,2654,,,,2654.2\n");
        var error = Assert.Throws<TaxonomyLoadException>(() => EscoReader.Occupations(path));
        Assert.StartsWith("occupations_xx.csv:4:4", error.Message, StringComparison.Ordinal); // the quoted field spans lines 2-3
        File.WriteAllText(path, "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,regulatedProfessionNote,code\nOccupation,u:1,2654,director,\"a\nb\",,2654.1\n");
        Assert.Equal(["a", "b"], EscoReader.Occupations(path)[0].AltLabels);
    }

    [Fact]
    public void A_mapping_table_without_its_header_is_refused()
    {
        var path = Path.Combine(scratch, "map.csv");
        File.WriteAllText(path, "Mapping project name,x\nsomething,else\n");
        var error = Assert.Throws<TaxonomyLoadException>(() => BaEscoMappingReader.Read(path));
        Assert.StartsWith("map.csv:1:1", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
