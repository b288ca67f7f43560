namespace Matcher.Core.Taxonomy.Import;

/// <summary>
/// Reads the BA's alphabetical list of job titles (Alphabetisches Verzeichnis der Berufsbenennungen):
/// ';'-separated, header "Berufsbenennungen;KldB 2010 (5-Steller)", an empty row and a footer after the table,
/// UTF-8 (the BA publishes cp850: convert first).
/// </summary>
public static class BaJobTitleReader
{
    public const string TitleColumn = "Berufsbenennungen";
    public const string CodeColumn = "KldB 2010 (5-Steller)";
    private static readonly string[] Columns = [TitleColumn, CodeColumn];

    public static IReadOnlyList<JobTitle> Read(string path)
    {
        var file = Path.GetFileName(path);
        var titles = new List<JobTitle>();
        foreach (var (line, f) in ImportCsv.Rows(path, ';', TitleColumn, Columns))
        {
            // The table ends with an empty row, followed by a footer ("Erstellungsdatum: …, © Statistik der BA").
            if (f[TitleColumn].Length == 0 && f[CodeColumn].Length == 0) break;
            if (f[TitleColumn].Length == 0) throw new TaxonomyLoadException($"{file}:{line}:1: the job title is empty.");
            var raw = f[CodeColumn].PadLeft(5, '0');
            if (!OccupationCode.TryParse(raw, out var code))
                throw new TaxonomyLoadException($"{file}:{line}:2: '{f[CodeColumn]}' is not a 5-digit KldB 2010 code (5th digit 1-4).");
            titles.Add(new JobTitle(f[TitleColumn], code));
        }
        if (titles.Count == 0) throw new TaxonomyLoadException($"{file}: no job titles.");
        return titles;
    }
}
