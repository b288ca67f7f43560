namespace Matcher.Core.Scoring;

/// <summary>The parts a match score is made of.</summary>
public enum ScoreComponentKind
{
    /// <summary>How close the candidate's learned or practised occupations are to the vacancy's.</summary>
    OccupationFit,
    /// <summary>Share of the essential skills the candidate brings.</summary>
    EssentialSkills,
    /// <summary>Share of the optional skills the candidate brings.</summary>
    OptionalSkills,
    /// <summary>Qualification at the required level and its recognition.</summary>
    Qualification,
    /// <summary>German level against the requirement.</summary>
    German,
    /// <summary>Estimated daily travel time against the candidate's limit.</summary>
    Commute,
    /// <summary>Moving beyond helper-level work: level, training, pay.</summary>
    MovingUp,
    /// <summary>Desired occupation, hours, shifts, interest in training.</summary>
    Preferences,
}
