namespace Matcher.Api.Setup;

/// <summary>Settings read from configuration (appsettings.json, environment, command line).</summary>
public sealed class MatcherOptions
{
    /// <summary>Directory with the taxonomy CSV files; relative paths are resolved against the app's base directory.</summary>
    public string TaxonomyPath { get; set; } = "taxonomy";

    /// <summary>JSON file with the scoring weights; relative to the app's base directory.</summary>
    public string ScoringWeightsPath { get; set; } = "scoring-weights.json";

    /// <summary>Temporary agency work for people who need BA consent (disputed; default false = not permitted).</summary>
    public bool AgencyWorkAllowedWhenBaConsentNeeded { get; set; }

    /// <summary>Name of the region this instance serves, for display.</summary>
    public string RegionName { get; set; } = "Burgenlandkreis (Demo)";

    /// <summary>Fill an empty database with the synthetic demo region on start.</summary>
    public bool SeedDemoRegion { get; set; } = true;

    /// <summary>Seed of the demo region generated on first start.</summary>
    public int DemoSeed { get; set; } = 20261122;

    public int DemoCandidates { get; set; } = 2000;

    /// <summary>Where the demo region lies: "Burgenlandkreis" (a district) or "SachsenAnhalt" (a federal state, for state-scale load tests).</summary>
    public string DemoRegionProfile { get; set; } = "Burgenlandkreis";

    public int DemoVacancies { get; set; } = 1000;

    /// <summary>Local time of the nightly match run ("02:00"); empty or "off" switches the schedule off.</summary>
    public string NightlyRunAt { get; set; } = "02:00";

    /// <summary>Threads a match run scores with; 0 (the default) leaves one core to the requests (at least one thread).</summary>
    public int RunThreads { get; set; }

    /// <summary>The threads a run uses: <see cref="RunThreads"/>, or all cores but one.</summary>
    public int RunParallelism() => RunThreads > 0 ? RunThreads : Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>The solver of a run's assignment: "native" (the default) or "ortools" (Google OR-Tools); the optimum is the same.</summary>
    public string Solver { get; set; } = "native";

    /// <summary>The engine <see cref="Solver"/> names; throws on any other value.</summary>
    public Core.Assignment.AssignmentEngine Engine() => Solver.Trim().ToLowerInvariant() switch
    {
        "native" => Core.Assignment.AssignmentEngine.Native,
        "ortools" or "or-tools" => Core.Assignment.AssignmentEngine.OrTools,
        _ => throw new InvalidOperationException($"Matcher:Solver '{Solver}' is not a solver: 'native' or 'ortools'."),
    };

    /// <summary>Side constraints of the nightly run: at most this many proposals per employer (null: none).</summary>
    public int? NightlyMaxNewHiresPerEmployer { get; set; }

    /// <summary>Side constraints of the nightly run: at most this many changes against the previous run (null: none).</summary>
    public int? NightlyMaxChanges { get; set; }

    /// <summary>Side constraints of the nightly run: women's rate of proposals at least this % of the men's (null: none).</summary>
    public int? NightlyMinWomenRatePercent { get; set; }

    /// <summary>Side constraints of the nightly run: at least this % of the proposed training places for people under 25 (null: none).</summary>
    public int? NightlyMinYoungTrainingSharePercent { get; set; }

    /// <summary>The nightly run's side constraints; throws on a value out of range, as the API would refuse it.</summary>
    public Runs.RunLimits NightlyLimits()
    {
        if (NightlyMaxNewHiresPerEmployer is < 1 or > Runs.RunLimits.MaxValue)
            throw new InvalidOperationException($"Matcher:NightlyMaxNewHiresPerEmployer {NightlyMaxNewHiresPerEmployer} lies outside 1..{Runs.RunLimits.MaxValue}.");
        if (NightlyMaxChanges is < 0 or > Runs.RunLimits.MaxValue)
            throw new InvalidOperationException($"Matcher:NightlyMaxChanges {NightlyMaxChanges} lies outside 0..{Runs.RunLimits.MaxValue}.");
        if (NightlyMinWomenRatePercent is < 1 or > 150)
            throw new InvalidOperationException($"Matcher:NightlyMinWomenRatePercent {NightlyMinWomenRatePercent} lies outside 1..150.");
        if (NightlyMinYoungTrainingSharePercent is < 1 or > 99)
            throw new InvalidOperationException($"Matcher:NightlyMinYoungTrainingSharePercent {NightlyMinYoungTrainingSharePercent} lies outside 1..99.");
        return new Runs.RunLimits(NightlyMaxNewHiresPerEmployer, NightlyMaxChanges, NightlyMinWomenRatePercent, NightlyMinYoungTrainingSharePercent);
    }

    /// <summary>IANA time zone the nightly time is read in.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>The nightly time, or null when switched off; throws on a value that is not a time of day.</summary>
    public TimeOnly? NightlyRunTime() =>
        string.IsNullOrWhiteSpace(NightlyRunAt) || NightlyRunAt.Equals("off", StringComparison.OrdinalIgnoreCase) ? null
        : TimeOnly.TryParseExact(NightlyRunAt, ["HH:mm", "H:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) ? at
        : throw new InvalidOperationException($"Matcher:NightlyRunAt '{NightlyRunAt}' is not a time of day like 02:00 (or 'off').");

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Resolves <paramref name="path"/> against the app's base directory unless it is absolute.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
