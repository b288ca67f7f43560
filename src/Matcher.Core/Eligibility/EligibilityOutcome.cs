namespace Matcher.Core.Eligibility;

/// <summary>The legal answer for one person and one vacancy on one date, with the reason and the paragraph.</summary>
/// <param name="PermittedFrom">For <see cref="EligibilityVerdict.PermittedFrom"/>: the first day work is possible.</param>
/// <param name="PermitRequired">A permit from the Ausländerbehörde is needed for this job.</param>
/// <param name="BaConsentRequired">The Bundesagentur für Arbeit must consent.</param>
/// <param name="LegalBasis">The paragraphs the answer rests on, e.g. "§61 Abs. 1 AsylG".</param>
/// <param name="Reason">A plain German sentence a coach can read out.</param>
/// <param name="RuleId">The rule in the rule book that decided.</param>
public sealed record EligibilityOutcome(
    EligibilityVerdict Verdict,
    DateOnly? PermittedFrom,
    bool PermitRequired,
    bool BaConsentRequired,
    string LegalBasis,
    string Reason,
    string RuleId)
{
    /// <summary>True unless the verdict is <see cref="EligibilityVerdict.NotPermitted"/>.</summary>
    public bool IsEligible => Verdict != EligibilityVerdict.NotPermitted;
}
