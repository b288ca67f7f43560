using System.IO.Compression;
using System.Text;
using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Taxonomy;

public sealed class ShippedTaxonomyTests(ITestOutputHelper output) : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("matcher-regenerate-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void The_shipped_taxonomy_is_what_the_import_makes_of_the_official_files_and_the_curated_layer()
    {
        if (OfficialSample.Find("", output) is not { } dir) return;
        var merged = OfficialSample.Merge(dir, Make.CuratedTaxonomy);
        var target = Path.Combine(scratch, "taxonomy");
        var shipped = Path.Combine(AppContext.BaseDirectory, "taxonomy");
        // The provenance lines after the first are the command's; the data files must agree byte for byte.
        TaxonomyWriter.Write(merged, target, [], compressLargeFiles: true);
        var files = Directory.GetFiles(shipped).Select(Path.GetFileName).Where(f => f != TaxonomyWriter.ProvenanceFile).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(target).Select(Path.GetFileName).Where(f => f != TaxonomyWriter.ProvenanceFile).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
            Assert.True(Text(Path.Combine(shipped, file!)) == Text(Path.Combine(target, file!)), $"{file} differs from what the import makes: regenerate data/taxonomy (docs/taxonomy.md)");
        Assert.Equal(File.ReadLines(Path.Combine(shipped, TaxonomyWriter.ProvenanceFile)).First(), File.ReadLines(Path.Combine(target, TaxonomyWriter.ProvenanceFile)).First());
    }

    [Fact]
    public void The_shipped_taxonomy_names_its_sources_as_their_licences_ask()
    {
        var provenance = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "taxonomy", TaxonomyWriter.ProvenanceFile));
        Assert.Contains("This service uses the ESCO classification of the European Commission.", provenance, StringComparison.Ordinal);
        Assert.Contains("this is not an official ESCO product", provenance, StringComparison.Ordinal);
        Assert.Contains("Quelle: Statistik der Bundesagentur für Arbeit", provenance, StringComparison.Ordinal);
    }

    /// <summary>A file's text, decompressed when it is gzipped (the gzip header may differ between runs).</summary>
    private static string Text(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? (Stream)new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
