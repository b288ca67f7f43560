using System.Text;
using CsvHelper;

namespace Matcher.Core.Taxonomy.Import;

/// <summary>
/// Reading the published classification files: UTF-8 with or without BOM, a separator per file, quoted fields that
/// may span lines, and optional metadata lines before the header. Every problem names file, line and column.
/// </summary>
internal static class ImportCsv
{
    /// <summary>The rows after the header line that starts with <paramref name="firstHeader"/>, as (line, fields by header name).</summary>
    /// <param name="skipped">When given, records with the wrong number of fields (e.g. a stray quote that merged two
    /// lines) are reported here as "file:line: reason" and left out; when null they stop the import.</param>
    public static IEnumerable<(long Line, IReadOnlyDictionary<string, string> Fields)> Rows(
        string path, char separator, string firstHeader, IReadOnlyList<string> requiredColumns, List<string>? skipped = null)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw new TaxonomyLoadException($"{file}: file is missing ({path}).");
        var text = ReadUtf8(path, file);
        // Metadata lines (the BA mapping tables have a dozen) come before the header: skip to it.
        var headerAt = text.StartsWith(firstHeader, StringComparison.Ordinal) ? 0 : text.IndexOf("\n" + firstHeader, StringComparison.Ordinal) + 1;
        if (headerAt < 0 || (headerAt == 0 && !text.StartsWith(firstHeader, StringComparison.Ordinal)))
            throw new TaxonomyLoadException($"{file}:1:1: no header line starting with '{firstHeader}'.");
        var skippedLines = text.AsSpan(0, headerAt).Count('\n');
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using var reader = new StringReader(text[headerAt..]);
        using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        csv.ReadHeader();
        var header = csv.Headers ?? [];
        foreach (var column in requiredColumns)
            if (!header.Contains(column))
                throw new TaxonomyLoadException($"{file}:{skippedLines + 1}:1: column '{column}' is missing; the header has {string.Join(separator, header)}.");
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (Exception e) when (e is not TaxonomyLoadException)
            {
                throw new TaxonomyLoadException($"{file}:{skippedLines + csv.LineNumber}:1: unreadable record ({e.Message}).", e);
            }
            if (!more) yield break;
            var line = skippedLines + csv.LineNumber;
            // A trailing separator in the header (an empty last column) may be missing from the rows; any other count is wrong.
            var fits = csv.FieldCount == header.Count || (csv.FieldCount == header.Count - 1 && header[^1].Length == 0);
            if (!fits)
            {
                var problem = $"{file}:{line}:{Math.Min(csv.FieldCount, header.Count) + 1}: {csv.FieldCount} fields where the header has {header.Count} (separator '{separator}'; a stray quote?).";
                if (skipped is null) throw new TaxonomyLoadException(problem);
                skipped.Add(problem);
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(header.Count, csv.FieldCount); i++)
                if (header[i].Length > 0) fields[header[i]] = csv.GetString(i)?.Trim() ?? "";
            yield return (line, fields);
        }
    }

    /// <summary>The file's bytes; a <c>.gz</c> file is decompressed (the ESCO relations are large).</summary>
    private static byte[] ReadBytes(string path, string file)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) return File.ReadAllBytes(path);
        try
        {
            using var input = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new TaxonomyLoadException($"{file}: not a valid gzip file ({e.Message}).", e);
        }
    }

    /// <summary>The column number (1-based) of <paramref name="column"/> in the required list, for messages.</summary>
    public static int ColumnOf(IReadOnlyList<string> columns, string column) => columns.ToList().IndexOf(column) + 1;

    private static string ReadUtf8(string path, string file)
    {
        var bytes = ReadBytes(path, file);
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[Encoding.UTF8.Preamble.Length..];
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + span[..Math.Max(0, e.Index)].Count((byte)'\n');
            throw new TaxonomyLoadException($"{file}:{line}:1: not UTF-8 (convert it, e.g. with iconv -f cp850 -t utf-8).", e);
        }
    }
}
