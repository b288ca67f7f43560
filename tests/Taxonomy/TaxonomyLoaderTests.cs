using Matcher.Core;
using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public sealed class TaxonomyLoaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("matcher-taxonomy-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Shipped_taxonomy_is_the_official_one_with_the_curated_layer()
    {
        var t = Make.Taxonomy;
        Assert.Equal(1301, t.Occupations.Count); // every KldB 2010 Berufsgattung
        Assert.True(t.Occupations.Values.Count(o => o.IsApprenticeship) >= 100);
        Assert.Contains(t.Occupations.Values, o => o.IsRegulated);
        Assert.True(t.Skills.Count >= 10_000, $"{t.Skills.Count} skills");
        Assert.True(t.Occupations.Values.Count(o => !t.EssentialSkills(o.Code).IsEmpty) >= 1_000);
        Assert.True(t.Occupations.Values.Sum(o => o.TitlesEn.Length) >= 20_000);
        Assert.NotEmpty(t.Abbreviations);
        Assert.StartsWith("KldB 2010 V2020", t.Provenance, StringComparison.Ordinal);
        // The curated occupations keep their job titles and skills; the others carry the KldB's names.
        Assert.All(Make.CuratedTaxonomy.Occupations.Values, o =>
        {
            Assert.True(t.Occupations.ContainsKey(o.Code), $"{o.Code} missing");
            Assert.Equal(Make.CuratedTaxonomy.EssentialSkills(o.Code).ToArray(), t.EssentialSkills(o.Code).ToArray());
        });
        Assert.Equal("Fachkraft für Lagerlogistik", t.Occupations[Make.Code("51312")].TitleDe);
        // Helper and skilled variants of the same field, e.g. warehouse, cooking, care.
        foreach (var (helper, skilled) in new[] { ("51311", "51312"), ("29301", "29302"), ("82101", "82102"), ("33211", "33212") })
        {
            Assert.Equal(RequirementLevel.Helfer, t.Occupations[Make.Code(helper)].Level);
            Assert.Equal(RequirementLevel.Fachkraft, t.Occupations[Make.Code(skilled)].Level);
            Assert.Equal(OccupationKinship.SameSubgroup, t.Kinship(Make.Code(helper), Make.Code(skilled)));
        }
    }

    [Fact]
    public void The_curated_layer_has_the_breadth_rural_SMEs_recruit_for()
    {
        var t = Make.CuratedTaxonomy;
        Assert.True(t.Occupations.Count >= 150, $"{t.Occupations.Count} occupations");
        Assert.True(t.Occupations.Values.Count(o => o.IsApprenticeship) >= 60);
        Assert.True(t.Skills.Count >= 300, $"{t.Skills.Count} skills");
        Assert.All(t.Occupations.Values, o => Assert.False(t.EssentialSkills(o.Code).IsEmpty, $"{o.Code} has no essential skills"));
    }

    [Fact]
    public void Shipped_codes_exist_in_the_official_KldB_2010_list()
    {
        // The official list is reference data beside the repository (../shared), not part of it.
        var official = FindOfficialKldb();
        if (official is null) return;
        var codes = File.ReadLines(official).Skip(1)
            .Select(l => l.Split(';'))
            .Where(f => f.Length > 2 && f[1] == "5")
            .Select(f => f[0].PadLeft(5, '0'))
            .ToHashSet();
        Assert.True(codes.Count > 1000);
        Assert.All(Make.Taxonomy.Occupations.Keys, c => Assert.Contains(c.ToString(), codes));
    }

    private static string? FindOfficialKldb()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "esco-sample", "kldb", "KldB2010_V2020_Gliederung_mit_Erlaeuterung.csv");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private void Write(string occupations, string synonyms = "kldb;title\n", string skills = "id;label_de;label_en;synonyms_de\nforklift;Gabelstapler;forklift;\n", string relations = "kldb;skill;relation\n")
    {
        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.OccupationsFile), occupations);
        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.SynonymsFile), synonyms);
        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.SkillsFile), skills);
        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.RelationsFile), relations);
    }

    private const string Header = "kldb;level;title_de;title_en;apprenticeship;regulated;isco08\n";

    [Fact]
    public void Minimal_valid_directory_loads_with_synonyms_and_relations()
    {
        Write(Header + "51312;2;Fachkraft für Lagerlogistik;Warehouse specialist;1;0;4321\n", "kldb;title\n51312;Fachlagerist/in\n", relations: "kldb;skill;relation\n51312;forklift;essential\n");
        var t = TaxonomyLoader.LoadDirectory(dir);
        Assert.Equal(["Fachlagerist/in"], t.Occupations[Make.Code("51312")].Synonyms.ToArray());
        Assert.Equal(["forklift"], t.EssentialSkills(Make.Code("51312")).ToArray());
    }

    [Fact]
    public void Descriptions_are_optional_and_checked_like_the_other_files()
    {
        Write(Header + "51312;2;Fachkraft für Lagerlogistik;Warehouse specialist;1;0;4321\n");
        Assert.Equal("", TaxonomyLoader.LoadDirectory(dir).Occupations[Make.Code("51312")].DescriptionDe);

        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.DescriptionsFile), "kldb;description_de\n51312;Waren annehmen; lagern\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains(e.Errors, m => m.StartsWith("occupation_descriptions.csv:2", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.DescriptionsFile), "kldb;description_de\n51312;\"Waren annehmen; lagern\"\n99992;Unbekannt\n");
        e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains("occupation_descriptions.csv:3: kldb '99992' is not an occupation in occupations.csv.", e.Errors);

        File.WriteAllText(Path.Combine(dir, TaxonomyLoader.DescriptionsFile), "kldb;description_de\n51312;\"Waren annehmen; lagern\"\n");
        Assert.Equal("Waren annehmen; lagern", TaxonomyLoader.LoadDirectory(dir).Occupations[Make.Code("51312")].DescriptionDe);
    }

    [Fact]
    public void Duplicate_code_is_reported_with_file_and_line()
    {
        Write(Header + "51312;2;A;A;1;0;\n51312;2;B;B;1;0;\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains("occupations.csv:3: duplicate occupation code 51312.", e.Errors);
    }

    [Fact]
    public void Unknown_level_is_reported_with_file_and_line()
    {
        Write(Header + "51312;7;A;A;1;0;\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains(e.Errors, m => m.StartsWith("occupations.csv:2: unknown requirement level '7'", StringComparison.Ordinal));
    }

    [Fact]
    public void Level_contradicting_the_fifth_digit_is_reported()
    {
        Write(Header + "51312;1;A;A;0;0;\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains(e.Errors, m => m.Contains("contradicts the 5th digit", StringComparison.Ordinal));
    }

    [Fact]
    public void Dangling_references_are_reported_with_file_and_line()
    {
        Write(Header + "51312;2;A;A;1;0;\n", "kldb;title\n99992;Unbekannt\n", relations: "kldb;skill;relation\n51312;welding;essential\n51312;forklift;sometimes\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains("occupation_synonyms.csv:2: kldb '99992' is not an occupation in occupations.csv.", e.Errors);
        Assert.Contains("occupation_skills.csv:2: skill 'welding' is not in skills.csv.", e.Errors);
        Assert.Contains("occupation_skills.csv:3: relation 'sometimes' must be 'essential' or 'optional'.", e.Errors);
    }

    [Fact]
    public void Malformed_rows_and_missing_files_are_reported_and_nothing_is_returned()
    {
        Write(Header + "51312;2;A\nabc;2;B;B;0;0;\n");
        File.Delete(Path.Combine(dir, TaxonomyLoader.SkillsFile));
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains("occupations.csv:2: expected 7 fields separated by ';', found 3.", e.Errors);
        Assert.Contains(e.Errors, m => m.StartsWith("occupations.csv:3: kldb 'abc'", StringComparison.Ordinal));
        Assert.Contains("skills.csv: file is missing.", e.Errors);
    }

    [Fact]
    public void Apprenticeship_flag_outside_level_two_is_rejected()
    {
        Write(Header + "51311;1;Lagerhelfer/in;Helper;1;0;\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains(e.Errors, m => m.Contains("apprenticeships sit at level 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_column_is_reported()
    {
        Write("kldb;level;title_de\n51312;2;A\n");
        var e = Assert.Throws<TaxonomyLoadException>(() => TaxonomyLoader.LoadDirectory(dir));
        Assert.Contains(e.Errors, m => m.StartsWith("occupations.csv:1: missing column(s) title_en", StringComparison.Ordinal));
    }
}
