namespace Matcher.Core.Scoring;

/// <summary>A piece of evidence behind a score component or a knock-out; rendered into words at the edge.</summary>
public enum FindingCode
{
    // Occupation fit (Items: the candidate's occupation code).
    SameOccupation,
    SameFieldOtherLevel,
    SameOccupationGroup,
    RelatedBySharedSkills,
    NoRelatedOccupation,
    TrainingNeedsNoPriorExperience,

    // Skills (Items: skill ids).
    SkillsMatched,
    SkillsMissing,
    SkillsLearnedInTraining,

    // Qualification (Items: occupation code, or recognition gaps).
    NoQualificationNeeded,
    QualificationFullyValid,
    QualificationPartiallyRecognised,
    QualificationRecognitionPending,
    QualificationNotRecognised,
    QualificationInRelatedOccupation,
    ExperienceWithoutCertificate,
    NoMatchingQualification,
    SuggestAnpassungsqualifizierung,
    SuggestRecognition,

    // German (Items: candidate level, required level).
    GermanSufficient,
    GermanOneLevelBelow,
    SuggestGermanCourse,

    // Commute (Number: daily minutes; Items: mode).
    CommuteShort,
    CommuteWithinLimit,
    CommuteExceedsSgb3Reasonableness,

    // Moving up (Number: euro where relevant).
    StepUpFromCurrentJob,
    SkilledWorkInsteadOfHelper,
    TrainingBuildsQualification,
    EqLeadsToApprenticeship,
    HelperJobBelowQualification,
    PayWellAboveMinimumWage,
    PayRiseOverCurrentJob,
    PayBelowCurrentJob,

    // Preferences.
    DesiredOccupation,
    DesiredOccupationField,
    NotADesiredOccupation,
    HoursFit,
    FullTimeButPartTimeWanted,
    PartTimeButFullTimeWanted,
    ShiftsNotAccepted,
    TrainingWanted,
    TrainingNotWanted,
}
