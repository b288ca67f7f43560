using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;

namespace Matcher.Core.Shortlists;

/// <summary>
/// Everything about one pair, also one that no list shows: the explained score with its knock-outs, the legal answer,
/// where the vacancy ranks among the person's possible ones, and from when the pair is possible at all.
/// </summary>
/// <param name="Rank">1-based place among the person's possible vacancies (eligible, not knocked out), best first; null when the pair is not possible.</param>
/// <param name="Possible">How many vacancies are possible for the person on the date.</param>
/// <param name="BelowMinimum">The score is below the minimum a run proposes.</param>
/// <param name="PossibleFrom">The first day, from the date asked about, on which the pair is possible (the date itself when it is); null when it is not within <see cref="ShortlistBuilder.ReviewHorizonDays"/>.</param>
public sealed record PairReview(
    string CandidateId,
    string VacancyId,
    DateOnly On,
    MatchScore Score,
    EligibilityOutcome Eligibility,
    int? Rank,
    int Possible,
    bool BelowMinimum,
    DateOnly? PossibleFrom)
{
    /// <summary>Legally possible on the date and not knocked out.</summary>
    public bool IsPossible => Eligibility.IsEligible && !Score.IsKnockedOut;
}
