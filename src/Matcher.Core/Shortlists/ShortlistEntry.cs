using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;

namespace Matcher.Core.Shortlists;

/// <summary>One proposed pair on a shortlist: its score with components and the legal answer.</summary>
public sealed record ShortlistEntry(string CandidateId, string VacancyId, MatchScore Score, EligibilityOutcome Eligibility);
