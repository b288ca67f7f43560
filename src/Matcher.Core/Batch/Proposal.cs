using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;

namespace Matcher.Core.Batch;

/// <summary>One proposed pair of the optimal assignment, with its explained score and legal answer.</summary>
public sealed record Proposal(string CandidateId, string VacancyId, MatchScore Score, EligibilityOutcome Eligibility, bool Pinned);
