using Matcher.Core.Residence;

namespace Matcher.Core.People;

/// <summary>A person looking for work or training, as a job coach registers them.</summary>
/// <param name="Id">Stable identifier, unique in a region.</param>
/// <param name="Home">Where the person lives.</param>
/// <param name="GermanLevel">Certified or assessed German level.</param>
/// <param name="OtherLanguages">Other languages spoken.</param>
/// <param name="Residence">Residence status with its dates; a legal gate only, never part of a score.</param>
/// <param name="Qualifications">Completed qualifications and their recognition.</param>
/// <param name="Skills">Taxonomy skill ids the person has shown.</param>
/// <param name="CurrentJob">The job held now, if any.</param>
/// <param name="AvailableFrom">First day the person can start.</param>
public sealed record Candidate(
    string Id,
    GeoPoint Home,
    Mobility Mobility,
    CefrLevel GermanLevel,
    IReadOnlyList<LanguageSkill> OtherLanguages,
    ResidenceStatus Residence,
    IReadOnlyList<Qualification> Qualifications,
    IReadOnlySet<string> Skills,
    CurrentJob? CurrentJob,
    CandidatePreferences Preferences,
    DateOnly AvailableFrom)
{
    /// <summary>True when the person holds a vocational qualification (level 2+) of any recognition state.</summary>
    public bool HasVocationalQualification
    {
        get
        {
            for (var i = 0; i < Qualifications.Count; i++)
                if (Qualifications[i].Level >= RequirementLevel.Fachkraft) return true;
            return false;
        }
    }
}
