using static Matcher.Bench.CliArguments;
using System.Diagnostics;
using Matcher.Core.Residence;

namespace Matcher.Bench.Generation;

/// <summary><c>generate --scale district|state [--seed N]</c>: builds a seeded region and prints its mix and the time taken.</summary>
public static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var scale = Option(args, "--scale") ?? "district";
        var seedText = Option(args, "--seed") ?? "42";
        if (!int.TryParse(seedText, out var seed)) return Fail($"--seed must be an integer, not '{seedText}'.");
        if (scale is not ("district" or "state")) return Fail($"--scale must be 'district' or 'state', not '{scale}'.");

        var taxonomy = BenchData.Taxonomy();
        var watch = Stopwatch.StartNew();
        var region = scale == "district" ? BenchData.District(taxonomy, seed) : BenchData.State(taxonomy, seed);
        watch.Stop();
        Console.WriteLine($"region={region.Name} candidates={region.Candidates.Count} vacancies={region.Vacancies.Count} places={region.Vacancies.Sum(v => v.Places)} seconds={watch.Elapsed.TotalSeconds:F3}");
        Console.WriteLine("vacancy kinds: " + string.Join(", ", region.Vacancies.GroupBy(v => v.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        Console.WriteLine("job levels: " + string.Join(", ", region.Vacancies.Where(v => !v.IsTraining).GroupBy(v => v.RequiredLevel).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        Console.WriteLine("german: " + string.Join(", ", region.Candidates.GroupBy(c => c.GermanLevel).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        Console.WriteLine("residence: " + string.Join(", ", region.Candidates.GroupBy(c => c.Residence.Title).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}={g.Count()}")));
        Console.WriteLine($"employment bans: {region.Candidates.Count(c => c.Residence.Has(ResidenceFacts.EmploymentBan))}, with vocational qualification: {region.Candidates.Count(c => c.HasVocationalQualification)}");
        return 0;
    }
}
