namespace Matcher.Core.Taxonomy.Import;

/// <summary>Reads an ESCO CSV download (v1.1 or v1.2 layout, any language) from a directory.</summary>
public static class EscoReader
{
    private const string Unregulated = "http://data.europa.eu/esco/regulated-professions/unregulated";

    /// <summary>Reads the directory's files for <paramref name="language"/> (found from occupations_xx.csv when null).</summary>
    public static EscoDataset Read(string directory, string? language = null)
    {
        if (!Directory.Exists(directory)) throw new TaxonomyLoadException($"ESCO directory '{directory}' does not exist.");
        language ??= Directory.GetFiles(directory, "occupations_*.csv").Select(f => Path.GetFileNameWithoutExtension(f)["occupations_".Length..]).FirstOrDefault()
            ?? throw new TaxonomyLoadException($"{directory}: no occupations_xx.csv: is this an ESCO CSV download?");
        var occupations = File(directory, $"occupations_{language}.csv") is { } occ ? Occupations(occ) : throw new TaxonomyLoadException($"occupations_{language}.csv is missing.");
        var skills = File(directory, $"skills_{language}.csv") is { } sk ? Skills(sk) : [];
        var isco = File(directory, $"ISCOGroups_{language}.csv") is { } ig ? Isco(ig) : [];
        var relations = (File(directory, $"occupationSkillRelations_{language}.csv") ?? File(directory, "occupationSkillRelations.csv")) is { } rel ? Relations(rel) : [];
        var broader = (File(directory, $"broaderRelationsOccPillar_{language}.csv") ?? File(directory, "broaderRelationsOccPillar.csv")) is { } br ? Broader(br) : [];
        return new EscoDataset(language, occupations, skills, isco, relations, broader);
    }

    /// <summary>The file, or its <c>.gz</c>, in <paramref name="directory"/>; null when neither exists.</summary>
    private static string? File(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return System.IO.File.Exists(path) ? path : System.IO.File.Exists(path + ".gz") ? path + ".gz" : null;
    }

    public static List<EscoOccupation> Occupations(string path)
    {
        string[] columns = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "regulatedProfessionNote", "code"];
        var list = new List<EscoOccupation>();
        foreach (var (line, f) in ImportCsv.Rows(path, ',', "conceptType", columns))
        {
            Require(path, line, columns, f, "conceptUri", "preferredLabel", "iscoGroup");
            list.Add(new EscoOccupation(f["conceptUri"], f["code"], f["iscoGroup"], f["preferredLabel"], Labels(f["altLabels"]),
                f["regulatedProfessionNote"].Length > 0 && f["regulatedProfessionNote"] != Unregulated));
        }
        return list;
    }

    public static List<EscoSkill> Skills(string path)
    {
        string[] columns = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels"];
        var list = new List<EscoSkill>();
        foreach (var (line, f) in ImportCsv.Rows(path, ',', "conceptType", columns))
        {
            Require(path, line, columns, f, "conceptUri", "preferredLabel");
            list.Add(new EscoSkill(f["conceptUri"], f["skillType"], f["reuseLevel"], f["preferredLabel"], Labels(f["altLabels"])));
        }
        return list;
    }

    public static List<IscoGroup> Isco(string path)
    {
        string[] columns = ["conceptType", "conceptUri", "code", "preferredLabel"];
        var list = new List<IscoGroup>();
        foreach (var (line, f) in ImportCsv.Rows(path, ',', "conceptType", columns))
        {
            Require(path, line, columns, f, "conceptUri", "code");
            list.Add(new IscoGroup(f["conceptUri"], f["code"], f["preferredLabel"]));
        }
        return list;
    }

    public static List<EscoOccupationSkill> Relations(string path)
    {
        string[] columns = ["occupationUri", "relationType", "skillUri"];
        var list = new List<EscoOccupationSkill>();
        foreach (var (line, f) in ImportCsv.Rows(path, ',', "occupationUri", columns))
        {
            Require(path, line, columns, f, "occupationUri", "skillUri");
            var relation = f["relationType"] switch
            {
                "essential" => SkillRelation.Essential,
                "optional" => SkillRelation.Optional,
                var other => throw new TaxonomyLoadException($"{Path.GetFileName(path)}:{line}:2: relation '{other}' is neither essential nor optional."),
            };
            list.Add(new EscoOccupationSkill(f["occupationUri"], f["skillUri"], relation));
        }
        return list;
    }

    public static List<EscoBroader> Broader(string path)
    {
        string[] columns = ["conceptType", "conceptUri", "broaderType", "broaderUri"];
        var list = new List<EscoBroader>();
        foreach (var (line, f) in ImportCsv.Rows(path, ',', "conceptType", columns))
        {
            Require(path, line, columns, f, "conceptUri", "broaderUri");
            list.Add(new EscoBroader(f["conceptUri"], f["broaderUri"]));
        }
        return list;
    }

    /// <summary>ESCO lists alternative labels one per line inside one quoted field.</summary>
    private static string[] Labels(string field) => field.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Require(string path, long line, string[] columns, IReadOnlyDictionary<string, string> fields, params string[] required)
    {
        foreach (var column in required)
            if (fields.GetValueOrDefault(column, "").Length == 0)
                throw new TaxonomyLoadException($"{Path.GetFileName(path)}:{line}:{ImportCsv.ColumnOf(columns, column)}: {column} is empty.");
    }
}
