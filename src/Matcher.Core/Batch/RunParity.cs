namespace Matcher.Core.Batch;

/// <summary>
/// Parity between two groups of people for a run (§ 5 AGG positive measure): the share of <paramref name="Protected"/>
/// with a proposal at least <paramref name="RatioPercent"/> % of the share of <paramref name="Reference"/> with one.
/// </summary>
/// <param name="Name">What the groups are, for the report.</param>
public sealed record RunParity(string Name, IReadOnlySet<string> Protected, IReadOnlySet<string> Reference, int RatioPercent);
