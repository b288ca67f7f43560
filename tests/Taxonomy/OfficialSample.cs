using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;
using Xunit.Abstractions;

namespace Matcher.Tests.Taxonomy;

/// <summary>The official taxonomy files next to the repository (<c>../shared/esco-sample</c>), when this machine has them.</summary>
public static class OfficialSample
{
    /// <summary>The sample folder, or null when it is not there (the tests that need it then say so and pass nothing off as checked).</summary>
    public static string? Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Matcher.sln"))) continue;
                var sample = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "esco-sample"));
                return System.IO.Directory.Exists(sample) ? sample : null;
            }
            return null;
        }
    }

    /// <summary>The path of <paramref name="relative"/> in the sample, or null after telling the test output that the check was skipped.</summary>
    public static string? Find(string relative, ITestOutputHelper output)
    {
        if (Directory is { } dir) return System.IO.Path.Combine(dir, relative);
        output.WriteLine("SKIPPED: ../shared/esco-sample is not on this machine; the official files were not checked.");
        return null;
    }

    /// <summary>The official files in <paramref name="dir"/> merged as <c>taxonomy import</c> merges them (malformed BA records left out).</summary>
    public static ImportedTaxonomy Merge(string dir, OccupationTaxonomy? curated)
    {
        var skipped = new List<string>();
        return TaxonomyImporter.Merge(
            KldbClassificationReader.Read(System.IO.Path.Combine(dir, "kldb", "KldB2010_V2020_Gliederung_mit_Erlaeuterung.csv")),
            BaJobTitleReader.Read(System.IO.Path.Combine(dir, "ba-mappings", "Alphabetisches-Verzeichnis-Berufsbenennungen_utf8.csv")),
            EscoReader.Read(System.IO.Path.Combine(dir, "esco-v1.1.1-en")),
            BaEscoMappingReader.Read(System.IO.Path.Combine(dir, "ba-mappings", "EURESmapping_occs_DE.csv"), skipped),
            BaEscoMappingReader.Read(System.IO.Path.Combine(dir, "ba-mappings", "EURESmapping_skills_DE.csv"), skipped),
            curated);
    }
}
