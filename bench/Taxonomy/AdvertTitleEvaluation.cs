using System.Diagnostics;
using System.Globalization;
using Matcher.Core.Taxonomy;

namespace Matcher.Bench.Taxonomy;

/// <summary>
/// <c>titles-eval --adverts [--taxonomy DIR] [--misses]</c>: how well titles as chambers write them resolve. The set
/// (<c>advert-titles.csv</c> beside the bench: field, the right 5-digit codes from the BA's list of job titles, several
/// where a title is truly ambiguous, and the title) holds advert words, training and EQ places, English titles,
/// abbreviations and typos across ten fields. Reported: top-1 and top-5 at 5 and 3 digits, the confident share and the
/// precision when confident, in all and per field, and titles per second on one thread.
/// </summary>
public static class AdvertTitleEvaluation
{
    public static int Run(string[] args)
    {
        var taxonomyPath = CliArguments.Option(args, "--taxonomy");
        OccupationTaxonomy taxonomy;
        try
        {
            taxonomy = taxonomyPath is null ? BenchData.Taxonomy() : TaxonomyLoader.LoadDirectory(taxonomyPath);
        }
        catch (TaxonomyLoadException e)
        {
            return CliArguments.Fail(e.Message);
        }
        var adverts = LabelledAdvert.LoadSet();
        var build = Stopwatch.StartNew();
        var resolver = new TitleResolver(taxonomy);
        var buildSeconds = build.Elapsed.TotalSeconds;

        var results = adverts.Select(a => (Advert: a, Resolution: resolver.Resolve(a.Title, 5))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"advert titles: {adverts.Count}, taxonomy: {taxonomy.Occupations.Count} occupations ({taxonomy.Provenance}), resolver built in {buildSeconds:0.0} s"));
        Console.WriteLine("field        n   top1-5d top5-5d top1-3d top5-3d confident precision");
        foreach (var group in results.GroupBy(r => r.Advert.Field).OrderBy(g => g.Key, StringComparer.Ordinal).Append(results.GroupBy(_ => "all").Single()))
            Console.WriteLine(Line(group.Key, [.. group]));
        if (args.Contains("--misses"))
            foreach (var (advert, resolution) in results.Where(r => !Right(r.Advert, r.Resolution, 1, 5) || (r.Resolution.IsConfident && !Right(r.Advert, r.Resolution, 1, 5))))
                Console.WriteLine($"  miss{(resolution.IsConfident ? " (confident)" : "")}: {advert.Title} -> " +
                    string.Join(", ", resolution.Matches.Take(3).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Occupation.Code} {m.Occupation.TitleDe} {m.Confidence:0.00}"))) +
                    $" (right: {string.Join('|', advert.Codes)})");

        // Speed: warm passes, then the median of seven timed passes on one thread.
        for (var pass = 0; pass < 20; pass++) foreach (var a in adverts) resolver.Resolve(a.Title, 5);
        var rates = new double[7];
        for (var pass = 0; pass < rates.Length; pass++)
        {
            var timed = Stopwatch.StartNew();
            for (var repeat = 0; repeat < 20; repeat++) foreach (var a in adverts) resolver.Resolve(a.Title, 5);
            rates[pass] = 20 * adverts.Count / timed.Elapsed.TotalSeconds;
        }
        Array.Sort(rates);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"titles per second, one thread (median of 7 passes): {rates[3]:0}"));
        return 0;
    }

    private static string Line(string field, List<(LabelledAdvert Advert, TitleResolution Resolution)> rows)
    {
        double Share(Func<(LabelledAdvert Advert, TitleResolution Resolution), bool> test) => rows.Count(test) / (double)rows.Count;
        var confident = rows.Where(r => r.Resolution.IsConfident).ToList();
        var precision = confident.Count == 0 ? double.NaN : confident.Count(r => Right(r.Advert, r.Resolution, 1, 5)) / (double)confident.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"{field,-12}{rows.Count,4}   {Share(r => Right(r.Advert, r.Resolution, 1, 5)),7:0.000} {Share(r => Right(r.Advert, r.Resolution, 5, 5)),7:0.000} " +
            $"{Share(r => Right(r.Advert, r.Resolution, 1, 3)),7:0.000} {Share(r => Right(r.Advert, r.Resolution, 5, 3)),7:0.000} " +
            $"{confident.Count / (double)rows.Count,9:0.000} {precision,9:0.000}");
    }

    /// <summary>Whether one of the first <paramref name="top"/> matches agrees with a right code in its first <paramref name="digits"/> digits.</summary>
    private static bool Right(LabelledAdvert advert, TitleResolution resolution, int top, int digits) =>
        resolution.Matches.Take(top).Any(m => advert.Codes.Any(c => string.CompareOrdinal(c, 0, m.Occupation.Code.ToString(), 0, digits) == 0));
}
