using System.Globalization;
using System.Text.RegularExpressions;

namespace Matcher.Core.Taxonomy.Import;

/// <summary>
/// Reads the KldB 2010 (version 2020) "Gliederung mit Erläuterung" export of the Bundesagentur für Arbeit:
/// ';'-separated, UTF-8 with BOM, columns "Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;…;Umfasst ferner;…".
/// Leading zeros the export strips (military codes 0…) are restored from the level.
/// </summary>
public static partial class KldbClassificationReader
{
    public const string KeyColumn = "Schlüssel KldB 2010, V. 2020";
    private static readonly string[] Columns = [KeyColumn, "Ebene", "Titel", "Kurztitel", "Allgemeine Bemerkungen", "Einschlüsse", "Umfasst ferner"];

    public static IReadOnlyList<KldbPosition> Read(string path)
    {
        var file = Path.GetFileName(path);
        var positions = new List<KldbPosition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in ImportCsv.Rows(path, ';', KeyColumn, Columns))
        {
            string At(string column) => $"{file}:{line}:{ImportCsv.ColumnOf(Columns, column)}";
            if (!int.TryParse(f["Ebene"], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level is < 1 or > 5)
                throw new TaxonomyLoadException($"{At("Ebene")}: level '{f["Ebene"]}' is not 1 to 5.");
            var raw = f[KeyColumn];
            if (raw.Length == 0 || raw.Length > level || !raw.All(char.IsAsciiDigit))
                throw new TaxonomyLoadException($"{At(KeyColumn)}: key '{raw}' is not a {level}-digit KldB key.");
            var code = raw.PadLeft(level, '0');
            if (!seen.Add(code)) throw new TaxonomyLoadException($"{At(KeyColumn)}: key {code} appears twice.");
            if (f["Titel"].Length == 0) throw new TaxonomyLoadException($"{At("Titel")}: the title is empty.");
            IReadOnlyList<JobTitle> examples = [];
            if (level == 5)
            {
                if (!OccupationCode.TryParse(code, out var occupation))
                    throw new TaxonomyLoadException($"{At(KeyColumn)}: {code} is not a Berufsgattung (5th digit 1-4).");
                examples = Examples(f["Umfasst ferner"], occupation);
            }
            positions.Add(new KldbPosition(code, level, Clean(f["Titel"]), Clean(f["Kurztitel"]), examples,
                Clean(f["Allgemeine Bemerkungen"]), Clean(f["Einschlüsse"])));
        }
        if (positions.Count == 0) throw new TaxonomyLoadException($"{file}: no positions.");
        return positions;
    }

    /// <summary>"Zugeordnete Berufe (Beispiele):  26212-102 Bauelektriker/in  26212-103 …" → the titles with their keys.</summary>
    private static List<JobTitle> Examples(string text, OccupationCode occupation)
    {
        var titles = new List<JobTitle>();
        foreach (Match m in ExamplePattern().Matches(text))
        {
            if (!OccupationCode.TryParse(m.Groups[1].Value, out var code) || code != occupation) continue;
            var title = Clean(m.Groups[3].Value);
            if (title.Length > 0) titles.Add(new JobTitle(title, code, $"{m.Groups[1].Value}-{m.Groups[2].Value}"));
        }
        return titles;
    }

    /// <summary>The export keeps HTML entities ("z.&amp;nbsp;B.") and runs of spaces.</summary>
    private static string Clean(string text) =>
        MultipleSpaces().Replace(System.Net.WebUtility.HtmlDecode(text).Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"(\d{5})-(\d{3}) (.+?)(?=\s+\d{5}-\d{3} |$)", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
