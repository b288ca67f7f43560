using Matcher.Core;
using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Taxonomy;

public sealed class ClassificationImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("matcher-import-").FullName;

    private string Write(string name, string content, bool bom = false)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(bom));
        return path;
    }

    private string? Sample(string relative) => OfficialSample.Find(relative, output);

    [Fact]
    public void The_official_kldb_list_has_all_levels_and_the_examples_of_each_berufsgattung()
    {
        if (Sample("kldb/KldB2010_V2020_Gliederung_mit_Erlaeuterung.csv") is not { } path) return;
        var positions = KldbClassificationReader.Read(path);
        Assert.Equal(2195, positions.Count);
        Assert.Equal([10, 37, 144, 703, 1301], positions.GroupBy(p => p.Level).OrderBy(g => g.Key).Select(g => g.Count()));
        var electrician = positions.Single(p => p.Code == "26212");
        Assert.Equal("Bauelektrik - Fachkraft", electrician.ShortTitle);
        Assert.Contains(electrician.Examples, e => e.Title == "Elektroniker/in - Energie- und Gebäudetechnik" && e.Key == "26212-110");
        Assert.Equal(28, electrician.Examples.Count);
        Assert.Contains(positions, p => p.Level == 5 && p.Code.StartsWith('0')); // military codes get their leading zero back
        Assert.DoesNotContain(positions, p => p.Title.Contains("&nbsp;", StringComparison.Ordinal));
    }

    [Fact]
    public void The_official_job_title_list_maps_every_title_to_a_berufsgattung()
    {
        if (Sample("ba-mappings/Alphabetisches-Verzeichnis-Berufsbenennungen_utf8.csv") is not { } path) return;
        var titles = BaJobTitleReader.Read(path);
        Assert.Equal(18838, titles.Count); // 18,841 lines: header, titles, an empty row and the footer
        Assert.Contains(titles, t => t.Title == "Abbrucharbeiter/in" && t.Occupation == OccupationCode.Parse("32101"));
        Assert.Equal(1071, titles.Count(t => t.Occupation.Level == RequirementLevel.Helfer));
    }

    [Fact]
    public void A_bom_quoted_multi_line_field_and_a_trailing_separator_are_read()
    {
        var path = Write("kldb.csv",
            "Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner;Ausschlüsse;\n" +
            "2;1;Rohstoffgewinnung;Rohstoffe;;;;;\n" +
            "29302;5;\"Berufe in der Köcherei –\nfachlich\";Koch - Fachkraft;;;Zugeordnete Berufe (Beispiele):  29302-100 Koch/Köchin  29302-101 Beikoch/-köchin;;\n", bom: true);
        var positions = KldbClassificationReader.Read(path);
        Assert.Equal("Berufe in der Köcherei – fachlich", positions[1].Title);
        Assert.Equal(["Koch/Köchin", "Beikoch/-köchin"], positions[1].Examples.Select(e => e.Title));
    }

    [Theory]
    [InlineData("Titel;Ebene\nx;1\n", "kldb.csv:1:1")] // wrong header
    [InlineData("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner\n26212;6;T;K;;;\n", "kldb.csv:2:2")] // bad level
    [InlineData("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner\n2621X;5;T;K;;;\n", "kldb.csv:2:1")] // bad key
    [InlineData("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner\n26210;5;T;K;;;\n", "kldb.csv:2:1")] // 5th digit 0
    [InlineData("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner\n2;1;;K;;;\n", "kldb.csv:2:3")] // empty title
    [InlineData("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner\n2;1;A;K;;;\n2;1;B;K;;;\n", "kldb.csv:3:1")] // duplicate
    [InlineData("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner\n2;1\n", "kldb.csv:2:3")] // short row
    public void A_malformed_kldb_file_is_refused_naming_file_line_and_column(string content, string where)
    {
        var error = Assert.Throws<TaxonomyLoadException>(() => KldbClassificationReader.Read(Write("kldb.csv", content)));
        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_title_list_in_cp850_is_refused_with_the_line()
    {
        var path = Path.Combine(scratch, "titles.csv");
        var cp850 = new byte[] { (byte)'B', (byte)';', (byte)'K', (byte)'\n', (byte)'K', 0x94, (byte)'c', (byte)'h', (byte)';', (byte)'2', (byte)'9', (byte)'3', (byte)'0', (byte)'2', (byte)'\n' };
        File.WriteAllBytes(path, [.. "Berufsbenennungen;KldB 2010 (5-Steller)\n"u8, .. cp850[4..]]);
        var error = Assert.Throws<TaxonomyLoadException>(() => BaJobTitleReader.Read(path));
        Assert.StartsWith("titles.csv:2:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_title_with_a_bad_code_is_refused()
    {
        var error = Assert.Throws<TaxonomyLoadException>(() => BaJobTitleReader.Read(Write("titles.csv", "Berufsbenennungen;KldB 2010 (5-Steller)\nKoch/Köchin;2930\n")));
        Assert.StartsWith("titles.csv:2:2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
