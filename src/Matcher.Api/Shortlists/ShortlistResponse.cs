using Matcher.Api.Explanations;
using Matcher.Core.Eligibility;

namespace Matcher.Api.Shortlists;

/// <summary>A shortlist for one candidate or one vacancy.</summary>
/// <param name="For">"candidate" or "vacancy".</param>
/// <param name="ConsentMissing">The person has not consented to matching: no list (the API answers 409).</param>
public sealed record ShortlistResponse(string For, string Id, DateOnly AsOf, int K, IReadOnlyList<ShortlistItem> Entries,
    [property: System.Text.Json.Serialization.JsonIgnore] bool ConsentMissing = false);

/// <summary>
/// One entry, best first; <see cref="Explanation"/> is a German paragraph for reading out. For chambers <see cref="Score"/> is
/// the <see cref="EmployerScore"/> (without the commute, two decimals) and the list is ordered by it.
/// </summary>
public sealed record ShortlistItem(
    int Rank,
    string CandidateId,
    string VacancyId,
    string Occupation,
    string OccupationTitle,
    string VacancyKind,
    string Employer,
    double Score,
    EligibilityItem Eligibility,
    CommuteItem Commute,
    IReadOnlyList<ComponentItem> Components,
    string Explanation);

/// <summary>
/// The legal answer. Coaches get all of it; chambers only the <see cref="EmployerLegalView"/> (verdict, date, permit, consent,
/// and its sentence), with <see cref="LegalBasis"/>, <see cref="Reason"/> and <see cref="RuleId"/> empty.
/// </summary>
/// <param name="Route">A legal route worth knowing (coaches only), e.g. the Ausbildungsduldung.</param>
public sealed record EligibilityItem(
    string Verdict, string Text, DateOnly? PermittedFrom, bool PermitRequired, bool BaConsentRequired, string LegalBasis, string Reason, string RuleId,
    string? Route = null)
{
    public static EligibilityItem ForCoach(EligibilityOutcome legal) =>
        new(legal.Verdict.ToString(), GermanExplanation.Verdict(legal), legal.PermittedFrom, legal.PermitRequired, legal.BaConsentRequired,
            legal.LegalBasis, legal.Reason, legal.RuleId, legal.Route);

    public static EligibilityItem ForEmployer(EmployerLegalView view) =>
        new(view.Verdict.ToString(), view.Text, view.PermittedFrom, view.PermitRequired, view.BaConsentRequired, "", "", "");
}

/// <summary>
/// Travel estimate from distance and mode, not from timetables. Chambers get only the mode and the <see cref="Band"/>:
/// distance and minutes, seen for vacancies at several places, would reveal where a person lives.
/// </summary>
/// <param name="Band">The daily commute: "bis 2 Stunden am Tag" or "mehr als 2 Stunden am Tag".</param>
public sealed record CommuteItem(string Mode, double? DistanceKm, int? DailyMinutes, int? LimitMinutes, bool IsEstimate, string Band);

/// <summary>
/// A score component: value in [0, 1] and its weight, the exponent it enters the score's product with (0 = does not apply
/// to this pair). For chambers the commute component has no value and weight 0: their score leaves it out.
/// </summary>
public sealed record ComponentItem(string Kind, string Name, double? Value, double Weight, IReadOnlyList<FindingItem> Findings);

public sealed record FindingItem(string Code, IReadOnlyList<string> Items, double? Number, string Text);
