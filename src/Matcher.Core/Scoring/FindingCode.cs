namespace Matcher.Core.Scoring;

/// <summary>A piece of evidence behind a score component or a knock-out; rendered into words at the edge.</summary>
public enum FindingCode
{
    // Occupation fit (Items: the candidate's occupation code, and FindingSource.Learned or .Practised).
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
    /// <summary>The qualification in the field is below the required level (Items: occupation code).</summary>
    QualificationBelowRequiredLevel,
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
    /// <summary>Helper work after a skilled job: a step back.</summary>
    RetreatFromSkilledJob,
    /// <summary>Helper work for someone without a qualification: a start, not yet a step beyond helper level.</summary>
    HelperWorkOnly,
    /// <summary>Training for someone with a qualification that is not (yet) recognised: recognition comes first.</summary>
    RecognitionBeforeTraining,
    /// <summary>Training for a recognised skilled worker who did not ask for it.</summary>
    TrainingDespiteRecognisedQualification,
    /// <summary>Training for a recognised skilled worker who asked for a new start.</summary>
    RestartInNewField,
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
    /// <summary>No general wish to train, but the training is in a desired occupation's field.</summary>
    TrainingInDesiredField,
    TrainingNotWanted,
}
