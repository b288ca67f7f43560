using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Loads a taxonomy directory in Matcher's format: four UTF-8, ';'-separated CSV files with a header
/// row (occupations.csv, occupation_synonyms.csv, skills.csv, occupation_skills.csv; see README).
/// Every problem is collected and reported as "file:line: reason"; nothing is returned half-built.
/// </summary>
public static partial class TaxonomyLoader
{
    public const string OccupationsFile = "occupations.csv";
    public const string SynonymsFile = "occupation_synonyms.csv";
    public const string SkillsFile = "skills.csv";
    public const string RelationsFile = "occupation_skills.csv";

    /// <summary>Optional: <c>kldb;description_de</c>. The curated taxonomy has none; an imported one has the KldB's.</summary>
    public const string DescriptionsFile = "occupation_descriptions.csv";

    /// <summary>Optional: <c>kldb;title_en</c>, English job titles (an import takes ESCO's labels through the BA's mapping).</summary>
    public const string EnglishTitlesFile = "occupation_titles_en.csv";

    /// <summary>Optional: <c>abbreviation;expansion;licence;source</c>, short forms in advert titles (see <see cref="TitleAbbreviation"/>).</summary>
    public const string AbbreviationsFile = "title_abbreviations.csv";

    /// <summary>Loads and validates the taxonomy in <paramref name="directory"/>; throws <see cref="TaxonomyLoadException"/>.</summary>
    public static OccupationTaxonomy LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new TaxonomyLoadException($"Taxonomy directory '{directory}' does not exist.");
        var errors = new List<string>();
        var occupations = ReadOccupations(Path.Combine(directory, OccupationsFile), errors);
        var synonyms = ReadSynonyms(Path.Combine(directory, SynonymsFile), occupations, errors);
        var skills = ReadSkills(Path.Combine(directory, SkillsFile), errors);
        var relations = ReadRelations(Path.Combine(directory, RelationsFile), occupations, skills, errors);
        var descriptionsPath = Path.Combine(directory, DescriptionsFile);
        var descriptions = Exists(descriptionsPath) ? ReadDescriptions(descriptionsPath, occupations, errors) : [];
        var englishPath = Path.Combine(directory, EnglishTitlesFile);
        var english = Exists(englishPath) ? ReadEnglishTitles(englishPath, occupations, errors) : [];
        var abbreviationsPath = Path.Combine(directory, AbbreviationsFile);
        var abbreviations = Exists(abbreviationsPath) ? ReadAbbreviations(abbreviationsPath, errors) : [];
        if (errors.Count > 0) throw new TaxonomyLoadException(errors);

        var withSynonyms = occupations.Values.Select(o =>
            o with
            {
                Synonyms = synonyms.TryGetValue(o.Code, out var s) ? [.. s] : [],
                DescriptionDe = descriptions.GetValueOrDefault(o.Code, ""),
                TitlesEn = english.TryGetValue(o.Code, out var en) ? [.. en] : [],
            });
        // An imported taxonomy says where it came from in PROVENANCE.txt (first line); the curated one has none.
        var provenanceFile = Path.Combine(directory, "PROVENANCE.txt");
        var provenance = File.Exists(provenanceFile) && File.ReadLines(provenanceFile).FirstOrDefault() is { Length: > 0 } first
            ? first
            : $"Matcher taxonomy from {Path.GetFullPath(directory)}";
        return new OccupationTaxonomy(withSynonyms, skills.Values, relations, provenance) { Abbreviations = abbreviations };
    }

    /// <summary>Whether the file, or its gzip-compressed form (<c>name.gz</c>), is there.</summary>
    private static bool Exists(string path) => File.Exists(path) || File.Exists(path + ".gz");

    private static Dictionary<OccupationCode, Occupation> ReadOccupations(string path, List<string> errors)
    {
        var result = new Dictionary<OccupationCode, Occupation>();
        foreach (var (line, row) in ReadRows(path, ["kldb", "level", "title_de", "title_en", "apprenticeship", "regulated", "isco08"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            if (!OccupationCode.TryParse(row["kldb"], out var code)) { errors.Add($"{at}: kldb '{row["kldb"]}' is not a 5-digit KldB 2010 code with requirement level 1-4."); continue; }
            if (!int.TryParse(row["level"], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level is < 1 or > 4)
                errors.Add($"{at}: unknown requirement level '{row["level"]}' (expected 1-4).");
            else if (level != (int)code.Level)
                errors.Add($"{at}: level {level} contradicts the 5th digit of {code} ({(int)code.Level}).");
            if (string.IsNullOrWhiteSpace(row["title_de"])) errors.Add($"{at}: title_de is empty.");
            if (string.IsNullOrWhiteSpace(row["title_en"])) errors.Add($"{at}: title_en is empty.");
            var apprenticeship = Flag(row["apprenticeship"], "apprenticeship", at, errors);
            var regulated = Flag(row["regulated"], "regulated", at, errors);
            if (apprenticeship && code.Level != RequirementLevel.Fachkraft)
                errors.Add($"{at}: {code} is flagged as an apprenticeship occupation but apprenticeships sit at level 2.");
            var isco = string.IsNullOrWhiteSpace(row["isco08"]) ? null : row["isco08"];
            if (isco is not null && !IscoPattern().IsMatch(isco)) errors.Add($"{at}: isco08 '{isco}' is not a 4-digit ISCO-08 unit group.");
            if (!result.TryAdd(code, new Occupation(code, row["title_de"], row["title_en"], apprenticeship, regulated, isco, [])))
                errors.Add($"{at}: duplicate occupation code {code}.");
        }
        return result;
    }

    private static Dictionary<OccupationCode, List<string>> ReadSynonyms(string path, Dictionary<OccupationCode, Occupation> occupations, List<string> errors)
    {
        var result = new Dictionary<OccupationCode, List<string>>();
        foreach (var (line, row) in ReadRows(path, ["kldb", "title"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            if (!OccupationCode.TryParse(row["kldb"], out var code) || !occupations.ContainsKey(code)) { errors.Add($"{at}: kldb '{row["kldb"]}' is not an occupation in {OccupationsFile}."); continue; }
            if (string.IsNullOrWhiteSpace(row["title"])) { errors.Add($"{at}: title is empty."); continue; }
            var list = result.TryGetValue(code, out var l) ? l : result[code] = [];
            if (list.Contains(row["title"], StringComparer.OrdinalIgnoreCase)) errors.Add($"{at}: duplicate synonym '{row["title"]}' for {code}.");
            else list.Add(row["title"]);
        }
        return result;
    }

    private static Dictionary<OccupationCode, string> ReadDescriptions(string path, Dictionary<OccupationCode, Occupation> occupations, List<string> errors)
    {
        var result = new Dictionary<OccupationCode, string>();
        foreach (var (line, row) in ReadRows(path, ["kldb", "description_de"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            if (!OccupationCode.TryParse(row["kldb"], out var code) || !occupations.ContainsKey(code)) { errors.Add($"{at}: kldb '{row["kldb"]}' is not an occupation in {OccupationsFile}."); continue; }
            if (!result.TryAdd(code, row["description_de"])) errors.Add($"{at}: {code} is described twice.");
        }
        return result;
    }

    private static Dictionary<OccupationCode, List<string>> ReadEnglishTitles(string path, Dictionary<OccupationCode, Occupation> occupations, List<string> errors)
    {
        var result = new Dictionary<OccupationCode, List<string>>();
        foreach (var (line, row) in ReadRows(path, ["kldb", "title_en"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            if (!OccupationCode.TryParse(row["kldb"], out var code) || !occupations.ContainsKey(code)) { errors.Add($"{at}: kldb '{row["kldb"]}' is not an occupation in {OccupationsFile}."); continue; }
            if (string.IsNullOrWhiteSpace(row["title_en"])) { errors.Add($"{at}: title_en is empty."); continue; }
            var list = result.TryGetValue(code, out var l) ? l : result[code] = [];
            if (!list.Contains(row["title_en"], StringComparer.OrdinalIgnoreCase)) list.Add(row["title_en"]);
        }
        return result;
    }

    private static List<TitleAbbreviation> ReadAbbreviations(string path, List<string> errors)
    {
        var result = new List<TitleAbbreviation>();
        var seen = new HashSet<(string, bool)>();
        foreach (var (line, row) in ReadRows(path, ["abbreviation", "expansion", "licence", "source"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            var licence = Flag(row["licence"], "licence", at, errors);
            if (row["abbreviation"].Length == 0 || row["abbreviation"].Any(char.IsWhiteSpace)) { errors.Add($"{at}: abbreviation must be one word."); continue; }
            if (!licence && row["expansion"].Length == 0) { errors.Add($"{at}: '{row["abbreviation"]}' needs an expansion."); continue; }
            if (row["source"].Length == 0) { errors.Add($"{at}: '{row["abbreviation"]}' needs a source."); continue; }
            if (!seen.Add((row["abbreviation"].ToUpperInvariant(), licence))) { errors.Add($"{at}: '{row["abbreviation"]}' is listed twice."); continue; }
            result.Add(new TitleAbbreviation(row["abbreviation"], row["expansion"], licence, row["source"]));
        }
        return result;
    }

    private static Dictionary<string, Skill> ReadSkills(string path, List<string> errors)
    {
        var result = new Dictionary<string, Skill>(StringComparer.Ordinal);
        foreach (var (line, row) in ReadRows(path, ["id", "label_de", "label_en", "synonyms_de"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            var id = row["id"];
            if (!SkillIdPattern().IsMatch(id)) { errors.Add($"{at}: skill id '{id}' must be lower-case letters, digits and '-'."); continue; }
            if (string.IsNullOrWhiteSpace(row["label_de"]) || string.IsNullOrWhiteSpace(row["label_en"])) errors.Add($"{at}: skill '{id}' needs label_de and label_en.");
            var synonyms = row["synonyms_de"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
            if (!result.TryAdd(id, new Skill(id, row["label_de"], row["label_en"], synonyms))) errors.Add($"{at}: duplicate skill id '{id}'.");
        }
        return result;
    }

    private static List<(OccupationCode, string, SkillRelation)> ReadRelations(
        string path, Dictionary<OccupationCode, Occupation> occupations, Dictionary<string, Skill> skills, List<string> errors)
    {
        var result = new List<(OccupationCode, string, SkillRelation)>();
        var seen = new HashSet<(OccupationCode, string)>();
        foreach (var (line, row) in ReadRows(path, ["kldb", "skill", "relation"], errors))
        {
            var at = $"{Path.GetFileName(path)}:{line}";
            if (!OccupationCode.TryParse(row["kldb"], out var code) || !occupations.ContainsKey(code)) { errors.Add($"{at}: kldb '{row["kldb"]}' is not an occupation in {OccupationsFile}."); continue; }
            if (!skills.ContainsKey(row["skill"])) { errors.Add($"{at}: skill '{row["skill"]}' is not in {SkillsFile}."); continue; }
            SkillRelation relation;
            switch (row["relation"])
            {
                case "essential": relation = SkillRelation.Essential; break;
                case "optional": relation = SkillRelation.Optional; break;
                default: errors.Add($"{at}: relation '{row["relation"]}' must be 'essential' or 'optional'."); continue;
            }
            if (!seen.Add((code, row["skill"]))) { errors.Add($"{at}: {code} lists skill '{row["skill"]}' twice."); continue; }
            result.Add((code, row["skill"], relation));
        }
        return result;
    }

    private static bool Flag(string value, string column, string at, List<string> errors)
    {
        switch (value)
        {
            case "1": return true;
            case "0": return false;
            default: errors.Add($"{at}: {column} must be 0 or 1, not '{value}'."); return false;
        }
    }

    private static IEnumerable<(long Line, Dictionary<string, string> Row)> ReadRows(string path, string[] columns, List<string> errors)
    {
        var file = Path.GetFileName(path);
        // A large file may be shipped compressed (name.csv.gz); the plain file wins when both are there.
        var compressed = !File.Exists(path) && File.Exists(path + ".gz");
        if (!File.Exists(path) && !compressed) { errors.Add($"{file}: file is missing."); yield break; }
        var options = new CsvReaderOptions
        {
            Separator = ';',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using var stream = compressed
            ? (Stream)new System.IO.Compression.GZipStream(File.OpenRead(path + ".gz"), System.IO.Compression.CompressionMode.Decompress)
            : File.OpenRead(path);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        csv.ReadHeader();
        var header = csv.Headers ?? [];
        var missing = columns.Except(header, StringComparer.Ordinal).ToList();
        if (missing.Count > 0) { errors.Add($"{file}:1: missing column(s) {string.Join(", ", missing)}; expected {string.Join(";", columns)}."); yield break; }
        var indexes = columns.Select(c => csv.GetFieldIndex(c)).ToArray();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            if (csv.FieldCount != header.Count)
            {
                errors.Add($"{file}:{line}: expected {header.Count} fields separated by ';', found {csv.FieldCount}.");
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++) row[columns[i]] = csv.GetString(indexes[i]) ?? "";
            yield return (line, row);
        }
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex IscoPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SkillIdPattern();
}
