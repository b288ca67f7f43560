using Matcher.Api.Setup;
using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;

namespace Matcher.Api.Taxonomy;

/// <summary>
/// <c>taxonomy import --esco DIR --kldb FILE --titles FILE --mapping DIR --out DIR [--curated DIR|none] [--skip-malformed] [--compress]</c>:
/// builds a taxonomy from the official files in the format the service loads (run it with
/// <c>--Matcher:TaxonomyPath=DIR</c>). Exit code 0 on success, 1 when a file is malformed (nothing is written), 2 on bad arguments.
/// </summary>
public static class TaxonomyCommand
{
    private const string Usage =
        "usage: taxonomy import --esco DIR --kldb FILE --titles FILE --mapping DIR --out DIR [--curated DIR|none] [--skip-malformed] [--compress]";

    public static int Run(string[] args)
    {
        if (args.Length < 2 || args[1] != "import") return Fail(Usage);
        string? Option(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
        }
        var (esco, kldb, titles, mapping, output) = (Option("--esco"), Option("--kldb"), Option("--titles"), Option("--mapping"), Option("--out"));
        if (esco is null || kldb is null || titles is null || mapping is null || output is null) return Fail(Usage);
        var curatedPath = Option("--curated") ?? MatcherOptions.Resolve("curated");
        var skipped = args.Contains("--skip-malformed") ? new List<string>() : null;
        try
        {
            var curated = curatedPath == "none" ? null : TaxonomyLoader.LoadDirectory(curatedPath);
            var positions = KldbClassificationReader.Read(kldb);
            var jobTitles = BaJobTitleReader.Read(titles);
            var dataset = EscoReader.Read(esco);
            var occupationMapping = BaEscoMappingReader.Read(Path.Combine(mapping, "EURESmapping_occs_DE.csv"), skipped);
            var skillMapping = BaEscoMappingReader.Read(Path.Combine(mapping, "EURESmapping_skills_DE.csv"), skipped);
            var merged = TaxonomyImporter.Merge(positions, jobTitles, dataset, occupationMapping, skillMapping, curated);
            var loaded = TaxonomyWriter.Write(merged, output,
            [
                TaxonomyImporter.EscoAttribution,
                "The ESCO data were modified (joined to KldB 2010 through the BA mapping); this is not an official ESCO product.",
                TaxonomyImporter.BaAttribution,
                // No dates or paths: the same files must give the same taxonomy, byte for byte.
                $"Imported by 'taxonomy import' from {Path.GetFileName(Path.TrimEndingDirectorySeparator(esco))} (ESCO), {Path.GetFileName(kldb)}, {Path.GetFileName(titles)} and the BA mapping tables in {Path.GetFileName(Path.TrimEndingDirectorySeparator(mapping))}" +
                    (curated is null ? "." : "; apprenticeship and regulated flags, curated synonyms and short forms from the curated taxonomy where the BA list agrees."),
                .. merged.Conflicts.Select(c => "Curated entry left out: " + c),
            ], compressLargeFiles: args.Contains("--compress"));
            foreach (var conflict in merged.Conflicts) Console.Error.WriteLine($"conflict: {conflict}");
            foreach (var line in skipped ?? []) Console.Error.WriteLine($"skipped malformed record: {line}");
            Console.WriteLine($"Taxonomy written to {Path.GetFullPath(output)}: {loaded.Occupations.Count} occupations, {loaded.Skills.Count} skills, " +
                $"{merged.Relations.Count} occupation-skill relations, {loaded.Occupations.Values.Sum(o => o.Synonyms.Length)} synonyms; " +
                $"{merged.UnmappedOccupations} occupations have no ESCO mapping (no skills).");
            Console.WriteLine(TaxonomyImporter.EscoAttribution);
            Console.WriteLine($"Run the service on it: dotnet run --project src/Matcher.Api -- --Matcher:TaxonomyPath={Path.GetFullPath(output)}");
            return 0;
        }
        catch (TaxonomyLoadException e)
        {
            Console.Error.WriteLine($"Nothing was written. {e.Message}");
            var hint = RelativePathHint([esco, kldb, titles, mapping, curatedPath], Environment.CurrentDirectory);
            if (hint is not null) Console.Error.WriteLine(hint);
            if (skipped is null && e.Message.Contains("fields where the header has", StringComparison.Ordinal))
                Console.Error.WriteLine("To leave such records out (each is listed), add --skip-malformed.");
            return 1;
        }
    }

    /// <summary>
    /// A hint for a relative path that does not exist: <c>dotnet run</c> starts the program in its project folder, not
    /// where the command was typed, so "../shared/esco-sample" points elsewhere than the user meant. Null when every
    /// path is absolute or exists.
    /// </summary>
    public static string? RelativePathHint(IEnumerable<string> paths, string workingDirectory)
    {
        var missing = paths.FirstOrDefault(p => !Path.IsPathRooted(p) && p != "none" && !Path.Exists(Path.Combine(workingDirectory, p)));
        return missing is null
            ? null
            : $"Relative paths such as {missing} are read from {workingDirectory} (dotnet run starts the program in its project folder); give absolute paths, e.g. $(realpath {missing}).";
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
