namespace Matcher.Core.Residence;

/// <summary>A person's residence status with the dates the waiting periods count from.</summary>
/// <param name="StaySince">Start of the permitted, tolerated or gestattet stay in Germany; the 3-month and 4-year periods count from here.</param>
/// <param name="TitleSince">Since when the current title is held; for the Duldung variants, since when the person is tolerated.</param>
/// <param name="ValidUntil">Expiry of the current document, if known.</param>
/// <param name="InsuredEmploymentMonths">Months of insured work of at least 20 hours a week so far (a §60d condition).</param>
/// <param name="PreviousTitle">
/// For <see cref="ResidenceTitle.Fiktionsbescheinigung81Abs4"/>: the title whose extension was applied for; it continues with
/// its rights until the decision (§81(4) AufenthG). Null for every other title.
/// </param>
public sealed record ResidenceStatus(
    ResidenceTitle Title,
    DateOnly StaySince,
    DateOnly TitleSince,
    DateOnly? ValidUntil,
    ResidenceFacts Facts,
    int InsuredEmploymentMonths = 0,
    ResidenceTitle? PreviousTitle = null)
{
    public bool Has(ResidenceFacts facts) => (Facts & facts) == facts;
}
