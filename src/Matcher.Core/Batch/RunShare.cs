namespace Matcher.Core.Batch;

/// <summary>
/// A minimum share of the training places (apprenticeship and EQ) proposed in a run for a group of people, e.g. those
/// under 25: at least <paramref name="SharePercent"/> % of the proposals to training places go to <paramref name="People"/>.
/// </summary>
public sealed record RunShare(string Name, IReadOnlySet<string> People, int SharePercent);
