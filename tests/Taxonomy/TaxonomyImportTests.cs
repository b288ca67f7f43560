using System.Collections.Immutable;
using Matcher.Core;
using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;
using Matcher.Tests.Scoring;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Taxonomy;

public sealed class TaxonomyImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("matcher-taxonomy-").FullName;

    [Fact]
    public void The_official_files_merge_into_a_taxonomy_the_service_loads()
    {
        if (OfficialSample.Find("", output) is not { } dir) return;
        var merged = OfficialSample.Merge(dir, Make.CuratedTaxonomy);
        var target = Path.Combine(scratch, "official");
        var taxonomy = TaxonomyWriter.Write(merged, target, [TaxonomyImporter.EscoAttribution]);

        Assert.Equal(1301, taxonomy.Occupations.Count);
        var electrician = taxonomy.Find(OccupationCode.Parse("26212"))!;
        Assert.Contains("Elektroniker/in - Energie- und Gebäudetechnik", electrician.Synonyms.Append(electrician.TitleDe));
        Assert.Equal("7411", electrician.Isco08);
        Assert.True(electrician.IsApprenticeship); // from the curated taxonomy: not in the official sources
        Assert.NotEmpty(taxonomy.EssentialSkills(electrician.Code));
        Assert.Contains(taxonomy.Skills.Values, s => s.LabelDe == "Strafvollzugsverfahren beaufsichtigen" && s.LabelEn == "supervise correctional procedures");
        Assert.StartsWith("KldB 2010 V2020", taxonomy.Provenance, StringComparison.Ordinal);
        Assert.StartsWith("Diese Systematikposition umfasst alle Berufe der Bauelektrik", electrician.DescriptionDe, StringComparison.Ordinal); // KldB "Allgemeine Bemerkungen"
        Assert.Equal(1300, taxonomy.Occupations.Values.Count(o => o.DescriptionDe.Length > 0)); // one Berufsgattung has no text
        Assert.Contains(TaxonomyImporter.EscoAttribution, File.ReadAllText(Path.Combine(target, TaxonomyWriter.ProvenanceFile)), StringComparison.Ordinal);
        Assert.True(new TitleResolver(taxonomy).Resolve("Elektronikerin für Energie- und Gebäudetechnik").Best?.Occupation.Code == electrician.Code);

        // The BA list wins over a curated synonym, and the import says so.
        Assert.DoesNotContain("Lagerist/in", taxonomy.Find(OccupationCode.Parse("51311"))!.Synonyms);
        Assert.Contains(merged.Conflicts, c => c.StartsWith("'Lagerist/in': curated synonym under 51311, the BA lists it under 51312", StringComparison.Ordinal));
        // ESCO's English labels reach the Berufsgattung through the mapping; ISCO's skill level decides between levels.
        Assert.Contains("warehouse worker", taxonomy.Find(OccupationCode.Parse("51311"))!.TitlesEn);
        Assert.Contains("electrician", electrician.TitlesEn);
        Assert.NotEmpty(taxonomy.Abbreviations);
    }

    [Fact]
    public void A_result_that_does_not_load_never_replaces_the_previous_taxonomy()
    {
        var target = Path.Combine(scratch, "taxonomy");
        var cook = new Occupation(OccupationCode.Parse("29302"), "Köche", "cook", true, false, "5120", ["Koch/Köchin"]);
        TaxonomyWriter.Write(new ImportedTaxonomy([cook], [], [], "first", 0), target, []);

        var broken = cook with { TitleEn = "" }; // the loader requires an English title
        Assert.Throws<TaxonomyLoadException>(() => TaxonomyWriter.Write(new ImportedTaxonomy([broken], [], [], "second", 0), target, []));
        Assert.Equal("first", TaxonomyLoader.LoadDirectory(target).Provenance);
        Assert.Single(Directory.GetDirectories(scratch));
    }

    [Fact]
    public void Titles_and_labels_with_separators_and_quotes_survive_the_round_trip()
    {
        var target = Path.Combine(scratch, "quoted");
        var skill = new Skill("esco-1", "Bühne; Licht \"und\" Ton", "stage", []);
        var occupation = new Occupation(OccupationCode.Parse("94512"), "Bühnentechnik; fachlich", "stage technician", false, false, null, ["Beleuchter/in \"Theater\""],
            "Bühnen einrichten; Licht \"fahren\"");
        var loaded = TaxonomyWriter.Write(new ImportedTaxonomy([occupation], [skill], [(occupation.Code, "esco-1", SkillRelation.Essential)], "quoted", 0), target, []);
        Assert.Equal("Bühnentechnik; fachlich", loaded.Find(occupation.Code)!.TitleDe);
        Assert.Equal(["Beleuchter/in \"Theater\""], loaded.Find(occupation.Code)!.Synonyms.ToArray());
        Assert.Equal("Bühne; Licht \"und\" Ton", loaded.Skills["esco-1"].LabelDe);
        Assert.Equal("Bühnen einrichten; Licht \"fahren\"", loaded.Find(occupation.Code)!.DescriptionDe);
    }

    [Fact]
    public void A_missing_relative_path_gets_a_hint_naming_the_folder_it_was_read_from()
    {
        Directory.CreateDirectory(Path.Combine(scratch, "esco"));
        var absolute = Path.Combine(scratch, "kldb.csv");

        var hint = Matcher.Api.Taxonomy.TaxonomyCommand.RelativePathHint(["esco", absolute, "../shared/titles.csv", "none"], scratch);

        Assert.NotNull(hint);
        Assert.Contains("../shared/titles.csv", hint, StringComparison.Ordinal);
        Assert.Contains(scratch, hint, StringComparison.Ordinal);
        Assert.Null(Matcher.Api.Taxonomy.TaxonomyCommand.RelativePathHint(["esco", absolute, "none"], scratch)); // exists, absolute, or the "none" keyword
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
