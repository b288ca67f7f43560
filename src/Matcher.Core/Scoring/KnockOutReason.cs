namespace Matcher.Core.Scoring;

/// <summary>Why a pair is ruled out regardless of its score.</summary>
public enum KnockOutReason
{
    /// <summary>Regulated profession without a fully recognised qualification (Items: occupation code).</summary>
    RegulatedWithoutRecognition,
    /// <summary>German more than one level below the requirement (Items: candidate level, required level).</summary>
    GermanGapTooLarge,
    /// <summary>Estimated daily travel time above the candidate's limit (Number: minutes).</summary>
    CommuteTooLong,
    DrivingLicenceMissing,
    /// <summary>Candidate available more than 90 days after the start (Items: date).</summary>
    NotAvailableInTime,
    /// <summary>Pay below the statutory minimum wage or minimum apprenticeship pay (Number: the minimum).</summary>
    PayBelowStatutoryMinimum,
}
