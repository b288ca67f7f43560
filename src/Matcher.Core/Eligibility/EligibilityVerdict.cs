namespace Matcher.Core.Eligibility;

/// <summary>Whether a person may take up a given vacancy, in the words employers and coaches use.</summary>
public enum EligibilityVerdict
{
    /// <summary>Work is permitted without any further permission.</summary>
    Permitted,
    /// <summary>Permitted once a waiting period ends; see <see cref="EligibilityOutcome.PermittedFrom"/>.</summary>
    PermittedFrom,
    /// <summary>Needs a permit for this job from the Ausländerbehörde, no BA consent.</summary>
    PermittedWithPermit,
    /// <summary>Needs a permit from the Ausländerbehörde and the consent of the Bundesagentur für Arbeit.</summary>
    NeedsBaConsent,
    /// <summary>Not permitted.</summary>
    NotPermitted,
    /// <summary>
    /// The rule book holds no law for this date (e.g. a salary threshold not yet published): not proposed, and the
    /// coach is told to have it checked. Never a guess in either direction.
    /// </summary>
    RulesUnknown,
}
