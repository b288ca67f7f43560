namespace Matcher.Core.Eligibility;

/// <summary>The legal answer for one person and one vacancy on one date, with the reason and the paragraph.</summary>
/// <param name="PermittedFrom">For <see cref="EligibilityVerdict.PermittedFrom"/>: the first day work is possible.</param>
/// <param name="PermitRequired">A permit from the Ausländerbehörde is needed for this job.</param>
/// <param name="BaConsentRequired">The Bundesagentur für Arbeit must consent.</param>
/// <param name="LegalBasis">The paragraphs the answer rests on, e.g. "§61 Abs. 1 AsylG".</param>
/// <param name="Reason">A plain German sentence a coach can read out.</param>
/// <param name="RuleId">The rule in the rule book that decided.</param>
/// <param name="Route">A legal route worth telling the coach about (e.g. the Ausbildungsduldung for a Duldung holder offered an apprenticeship); null when none.</param>
public sealed record EligibilityOutcome(
    EligibilityVerdict Verdict,
    DateOnly? PermittedFrom,
    bool PermitRequired,
    bool BaConsentRequired,
    string LegalBasis,
    string Reason,
    string RuleId,
    string? Route = null)
{
    /// <summary>True when the person may take up the vacancy (now, or from a date): neither not permitted nor unknown.</summary>
    public bool IsEligible => Verdict is not (EligibilityVerdict.NotPermitted or EligibilityVerdict.RulesUnknown);
}
