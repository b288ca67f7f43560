namespace Matcher.Core.Eligibility;

/// <summary>What a rule grants when its conditions hold.</summary>
public enum RuleGrant
{
    /// <summary>Work permitted as such ("Erwerbstätigkeit erlaubt").</summary>
    Permitted,
    /// <summary>Work possible with a permit from the Ausländerbehörde for the job.</summary>
    PermitRequired,
    NotPermitted,
    /// <summary>The law for these conditions is not in the rule book (yet): answered as <see cref="EligibilityVerdict.RulesUnknown"/>.</summary>
    Unknown,
}
