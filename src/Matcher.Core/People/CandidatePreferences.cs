namespace Matcher.Core.People;

/// <summary>What a candidate wants from a job.</summary>
/// <param name="DesiredOccupations">Occupations the person would like to work or train in.</param>
/// <param name="WantsPartTime">Prefers part-time work (at most 30 hours a week).</param>
/// <param name="AcceptsShifts">Accepts shift, night or weekend work.</param>
/// <param name="InterestedInApprenticeship">Would start an apprenticeship or an Einstiegsqualifizierung.</param>
public sealed record CandidatePreferences(
    IReadOnlyList<OccupationCode> DesiredOccupations,
    bool WantsPartTime,
    bool AcceptsShifts,
    bool InterestedInApprenticeship);
