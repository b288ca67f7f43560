using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Matcher.Core;
using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;

namespace Matcher.Bench.Taxonomy;

/// <summary>
/// <c>titles-eval [--sample DIR] [--seed N] [--learning-curve]</c>: how well real job titles resolve. The BA's alphabetical list of job
/// titles is split in half (seeded); a taxonomy is built from the official KldB 2010 list (each Berufsgattung with its
/// title, short title and "Umfasst ferner" examples) plus the first half as synonyms; each title of the other half is
/// resolved and compared with its official code, at 5 digits (Berufsgattung) and 3 digits (Berufsgruppe).
/// Every BA title is also among the KldB list's examples, so the held-out titles are taken out of those examples too:
/// otherwise every lookup would be an exact hit and the figures would measure nothing.
/// </summary>
public static class TitleEvaluationCommand
{
    public static int Run(string[] args)
    {
        if (args.Contains("--adverts")) return AdvertTitleEvaluation.Run(args);
        var sample = CliArguments.Option(args, "--sample") ?? DefaultSample();
        if (sample is null || !Directory.Exists(sample)) return CliArguments.Fail("The official files are not here: give --sample DIR (../shared/esco-sample).");
        var seedText = CliArguments.Option(args, "--seed") ?? "20261123";
        if (!int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)) return CliArguments.Fail("--seed takes a whole number.");

        IReadOnlyList<KldbPosition> kldb;
        IReadOnlyList<JobTitle> titles;
        try
        {
            kldb = KldbClassificationReader.Read(Path.Combine(sample, "kldb", "KldB2010_V2020_Gliederung_mit_Erlaeuterung.csv"));
            titles = BaJobTitleReader.Read(Path.Combine(sample, "ba-mappings", "Alphabetisches-Verzeichnis-Berufsbenennungen_utf8.csv"));
        }
        catch (TaxonomyLoadException e)
        {
            return CliArguments.Fail(e.Message);
        }

        var shuffled = titles.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        var train = shuffled[..(shuffled.Length / 2)];
        var test = shuffled[(shuffled.Length / 2)..];

        if (args.Contains("--learning-curve")) return LearningCurve(kldb, shuffled, seed);

        var build = Stopwatch.StartNew();
        var (occupations, resolver) = Build(kldb, train);
        var buildSeconds = build.Elapsed.TotalSeconds;

        var examples = kldb.SelectMany(p => p.Examples).Select(e => e.Title).ToHashSet(StringComparer.Ordinal);
        var known = occupations.SelectMany(o => o.Synonyms.Prepend(o.TitleDe)).ToHashSet(StringComparer.Ordinal);
        int top1 = 0, top5 = 0, top1Group = 0, top5Group = 0, unsure = 0, confidentRight = 0, confident = 0, asExample = 0, leaked = 0;
        // Three passes warm the JIT (tiered compilation needs a while to settle). Speed is then the median of seven timed
        // passes on one thread (a single pass of a quarter second swung by a third on this machine), and one on all cores.
        for (var pass = 0; pass < 3; pass++) foreach (var t in test) resolver.Resolve(t.Title, 5);
        var passes = new double[7];
        for (var pass = 0; pass < passes.Length; pass++)
        {
            var timed = Stopwatch.StartNew();
            foreach (var t in test) resolver.Resolve(t.Title, 5);
            passes[pass] = timed.Elapsed.TotalSeconds;
        }
        Array.Sort(passes);
        var parallel = Stopwatch.StartNew();
        Parallel.ForEach(test, t => resolver.Resolve(t.Title, 5));
        var parallelSeconds = parallel.Elapsed.TotalSeconds;
        foreach (var t in test)
        {
            var resolution = resolver.Resolve(t.Title, 5);
            var codes = resolution.Matches.Select(m => m.Occupation.Code).ToList();
            if (codes.Count > 0 && codes[0] == t.Occupation) top1++;
            if (codes.Contains(t.Occupation)) top5++;
            if (codes.Count > 0 && codes[0].Group == t.Occupation.Group) top1Group++;
            if (codes.Any(c => c.Group == t.Occupation.Group)) top5Group++;
            if (!resolution.IsConfident) unsure++;
            else
            {
                confident++;
                if (codes[0] == t.Occupation) confidentRight++;
            }
            if (examples.Contains(t.Title)) asExample++;
            if (known.Contains(t.Title)) leaked++;
        }
        double Share(int n) => (double)n / test.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
            taxonomy: {occupations.Count} Berufsgattungen, {resolver.KnownTitleCount} known titles (built in {buildSeconds:0.00} s); held-out titles: {test.Length} (seed {seed}), {Share(asExample):0.000} of them also a KldB example title (taken out), {leaked} still known verbatim
            top1_5digit={Share(top1):0.000} top5_5digit={Share(top5):0.000} top1_3digit={Share(top1Group):0.000} top5_3digit={Share(top5Group):0.000}
            no_confident_match={Share(unsure):0.000} precision_when_confident={(confident == 0 ? 0 : (double)confidentRight / confident):0.000}
            titles_per_second={test.Length / passes[3]:0} (one thread, warm, median of {passes.Length} passes; slowest {test.Length / passes[^1]:0}, fastest {test.Length / passes[0]:0}), {test.Length / parallelSeconds:0} on all {Environment.ProcessorCount} cores
            """));
        return 0;
    }

    /// <summary>
    /// How accuracy grows with the number of known titles: one fixed quarter of the BA titles is resolved by
    /// taxonomies built from the KldB list plus 1/8, 1/4, 1/2 and 3/4 of all titles (the other three quarters, in
    /// seeded order). Tells whether a target is within reach of more titles of the same kind.
    /// </summary>
    private static int LearningCurve(IReadOnlyList<KldbPosition> kldb, JobTitle[] shuffled, int seed)
    {
        var test = shuffled[(shuffled.Length * 3 / 4)..];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out titles: {test.Length} (the last quarter, seed {seed})"));
        foreach (var eighths in new[] { 1, 2, 4, 6 })
        {
            var train = shuffled[..(shuffled.Length * eighths / 8)];
            var (_, resolver) = Build(kldb, train);
            int top1 = 0, top1Group = 0;
            foreach (var t in test)
            {
                var matches = resolver.Resolve(t.Title, 1).Matches;
                OccupationCode? best = matches.Count > 0 ? matches[0].Occupation.Code : null;
                if (best == t.Occupation) top1++;
                if (best?.Group == t.Occupation.Group) top1Group++;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"known BA titles {train.Length,6} ({eighths}/8 of all): top1_5digit={(double)top1 / test.Length:0.000} top1_3digit={(double)top1Group / test.Length:0.000}"));
        }
        return 0;
    }

    /// <summary>
    /// A taxonomy of the KldB Berufsgattungen, each with its title, short title and those of its "Umfasst ferner"
    /// examples that are among <paramref name="train"/>, plus the training titles as synonyms, and its resolver.
    /// Every BA title is also a KldB example, so a title left out of the training titles must leave the examples too.
    /// </summary>
    private static (List<Occupation> Occupations, TitleResolver Resolver) Build(IReadOnlyList<KldbPosition> kldb, IReadOnlyList<JobTitle> train)
    {
        var synonyms = train.ToLookup(t => t.Occupation, t => t.Title);
        var known = train.Select(t => t.Title).ToHashSet(StringComparer.Ordinal);
        var occupations = kldb.Where(p => p.Level == 5).Select(p =>
        {
            var code = OccupationCode.Parse(p.Code);
            var names = new[] { p.ShortTitle }.Concat(p.Examples.Select(e => e.Title).Where(known.Contains)).Concat(synonyms[code])
                .Where(n => n.Length > 0 && n != p.Title).Distinct(StringComparer.Ordinal).ToImmutableArray();
            return new Occupation(code, p.Title, "", false, false, null, names, $"{p.Description} {p.Activities}".Trim());
        }).ToList();
        var taxonomy = new OccupationTaxonomy(occupations, [], [], "KldB 2010 V2020 + part of the BA job titles");
        return (occupations, new TitleResolver(taxonomy));
    }

    private static string? DefaultSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Matcher.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "esco-sample"));
        return null;
    }
}
