namespace Matcher.Core.Batch;

/// <summary>
/// Side constraints of a regional run, set by the operator; off unless given. With any of them the assignment is
/// solved by <see cref="Assignment.Constrained.ConstrainedAssignmentSolver"/> (a flow with priced constraints, CP-SAT where
/// that cannot serve) instead of the flow solver alone.
/// </summary>
/// <param name="MaxNewHiresPerEmployer">At most this many proposals per employer across all its vacancies (the employer is the vacancy's employer name).</param>
/// <param name="MaxChanges">At most this many of <paramref name="Previous"/>'s proposals may change.</param>
/// <param name="Previous">The previous run's proposals (candidate id, vacancy id); needed with <paramref name="MaxChanges"/>.</param>
/// <param name="TimeLimitSeconds">Wall time for the constrained solve, the reports of what each constraint costs included.</param>
/// <param name="Parity">Parity between two groups of people (by candidate id); none by default.</param>
/// <param name="TrainingShare">A minimum share of the proposed training places for a group of people; none by default.</param>
public sealed record RunConstraints(
    int? MaxNewHiresPerEmployer = null,
    int? MaxChanges = null,
    IReadOnlyCollection<(string CandidateId, string VacancyId)>? Previous = null,
    double TimeLimitSeconds = 60,
    RunParity? Parity = null,
    RunShare? TrainingShare = null)
{
    public bool IsEmpty => MaxNewHiresPerEmployer is null && MaxChanges is null && Parity is null && TrainingShare is null;
}
