using System.Globalization;
using System.Text;

namespace Matcher.Core.Taxonomy.Import;

/// <summary>
/// Writes a taxonomy in the format <see cref="TaxonomyLoader"/> reads (four ';'-separated UTF-8 files, the occupation
/// descriptions where there are any, and PROVENANCE.txt). It writes into a new folder next to the target, loads it back to validate it, and only then
/// moves it into place, so the target is never half-written and a bad result never replaces a good one.
/// </summary>
public static class TaxonomyWriter
{
    public const string ProvenanceFile = "PROVENANCE.txt";

    /// <param name="compressLargeFiles">Write files over <see cref="CompressAbove"/> bytes gzip-compressed (<c>name.csv.gz</c>),
    /// as the shipped taxonomy is: the loader reads either.</param>
    public static OccupationTaxonomy Write(ImportedTaxonomy taxonomy, string directory, IEnumerable<string> provenanceLines, bool compressLargeFiles = false)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var target = Path.GetFullPath(directory);
        var staging = target.TrimEnd(Path.DirectorySeparatorChar) + $".importing-{Environment.ProcessId}";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.OccupationsFile),
                taxonomy.Occupations.OrderBy(o => o.Code.Value).Select(o => Line(o.Code.ToString(), ((int)o.Level).ToString(CultureInfo.InvariantCulture), o.TitleDe, o.TitleEn,
                    o.IsApprenticeship ? "1" : "0", o.IsRegulated ? "1" : "0", o.Isco08 ?? "")).Prepend("kldb;level;title_de;title_en;apprenticeship;regulated;isco08"), Utf8);
            File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.SynonymsFile),
                taxonomy.Occupations.OrderBy(o => o.Code.Value).SelectMany(o => o.Synonyms.Select(s => Line(o.Code.ToString(), s))).Prepend("kldb;title"), Utf8);
            File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.SkillsFile),
                taxonomy.Skills.Select(s => Line(s.Id, s.LabelDe, s.LabelEn, string.Join('|', s.SynonymsDe))).Prepend("id;label_de;label_en;synonyms_de"), Utf8);
            File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.RelationsFile),
                taxonomy.Relations.Select(r => Line(r.Occupation.ToString(), r.Skill, r.Relation == SkillRelation.Essential ? "essential" : "optional"))
                    .Prepend("kldb;skill;relation"), Utf8);
            if (taxonomy.Occupations.Any(o => o.DescriptionDe.Length > 0))
                File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.DescriptionsFile),
                    taxonomy.Occupations.Where(o => o.DescriptionDe.Length > 0).OrderBy(o => o.Code.Value).Select(o => Line(o.Code.ToString(), o.DescriptionDe))
                        .Prepend("kldb;description_de"), Utf8);
            if (taxonomy.Occupations.Any(o => o.TitlesEn.Length > 0))
                File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.EnglishTitlesFile),
                    taxonomy.Occupations.OrderBy(o => o.Code.Value).SelectMany(o => o.TitlesEn.Select(t => Line(o.Code.ToString(), t))).Prepend("kldb;title_en"), Utf8);
            if (taxonomy.Abbreviations.Count > 0)
                File.WriteAllLines(Path.Combine(staging, TaxonomyLoader.AbbreviationsFile),
                    taxonomy.Abbreviations.Select(a => Line(a.Abbreviation, a.Expansion, a.IsLicenceClass ? "1" : "0", a.Source)).Prepend("abbreviation;expansion;licence;source"), Utf8);
            File.WriteAllLines(Path.Combine(staging, ProvenanceFile), provenanceLines.Prepend(taxonomy.Provenance), Utf8);
            if (compressLargeFiles)
                foreach (var file in Directory.GetFiles(staging, "*.csv").Where(f => new FileInfo(f).Length > CompressAbove))
                {
                    using (var input = File.OpenRead(file))
                    using (var output = new System.IO.Compression.GZipStream(File.Create(file + ".gz"), System.IO.Compression.CompressionLevel.SmallestSize))
                        input.CopyTo(output);
                    File.Delete(file);
                }

            var loaded = TaxonomyLoader.LoadDirectory(staging);
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.Move(staging, target);
            return loaded;
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>Files larger than this are compressed when asked: the skills and relations, not the occupations list people read.</summary>
    public const long CompressAbove = 256 * 1024;

    private static readonly UTF8Encoding Utf8 = new(false);

    private static string Line(params string[] fields) => string.Join(';', fields.Select(Quote));

    /// <summary>Quotes a field that holds the separator, a quote or a line break (labels and titles sometimes do).</summary>
    private static string Quote(string field)
    {
        var flat = field.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return flat.IndexOfAny([';', '"']) >= 0 ? "\"" + flat.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : flat;
    }
}
