namespace Matcher.Core.Residence;

/// <summary>Facts about a person's residence that the law attaches consequences to.</summary>
[Flags]
public enum ResidenceFacts
{
    None = 0,
    /// <summary>The Ausländerbehörde imposed an employment ban under §60a(6) AufenthG.</summary>
    EmploymentBan = 1,
    /// <summary>Duldung for persons with unclear identity, §60b AufenthG.</summary>
    UnclearIdentity = 2,
    /// <summary>Identity has been clarified (needed for Ausbildungsduldung).</summary>
    IdentityClarified = 4,
    /// <summary>National of a safe country of origin (§29a AsylG).</summary>
    SafeCountryOfOrigin = 8,
    /// <summary>The apprenticeship began while the asylum procedure was running.</summary>
    TrainingBeganDuringAsylumProcedure = 16,
    /// <summary>Livelihood secured by own work (a §60d condition).</summary>
    LivelihoodSecured = 32,
    /// <summary>Oral German at A2 proven (a §60d condition).</summary>
    GermanA2Proven = 64,
    /// <summary>Obliged to live in a reception centre (Aufnahmeeinrichtung).</summary>
    ObligedToLiveInReceptionCentre = 128,
    /// <summary>
    /// An asylum application filed after 31.08.2015 was rejected, or withdrawn other than after the BAMF's return
    /// counselling (§60a(6) S. 1 Nr. 3 AufenthG; for safe-country nationals an employment ban).
    /// </summary>
    AsylumClaimAfterAugust2015RejectedOrWithdrawn = 256,
    /// <summary>The person never applied for asylum (§60a(6) S. 1 Nr. 3 AufenthG treats this like a rejected claim for safe-country nationals).</summary>
    NoAsylumClaim = 512,
}
