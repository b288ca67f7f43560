namespace Matcher.Core.Vacancies;

/// <summary>A job, apprenticeship place or EQ place of an SME, submitted by a chamber.</summary>
/// <param name="Id">Stable identifier, unique in a region.</param>
/// <param name="Employer">Display name of the SME.</param>
/// <param name="Places">Number of people the SME wants for this offer (at least 1).</param>
/// <param name="RequiredLevel">Requirement level of the work; usually the code's 5th digit.</param>
/// <param name="EssentialSkills">Skills the employer insists on; empty means the taxonomy's essential skills of the occupation.</param>
/// <param name="OptionalSkills">Skills that help; empty means the taxonomy's optional skills.</param>
/// <param name="MinimumGerman">German level the employer asks for.</param>
/// <param name="WeeklyHours">Contract hours per week (1..60).</param>
/// <param name="Shifts">Shift, night or weekend work.</param>
/// <param name="TemporaryAgencyWork">Offered by a temporary work agency (Leiharbeit/Zeitarbeit).</param>
public sealed record Vacancy(
    string Id,
    string Employer,
    VacancyKind Kind,
    int Places,
    OccupationCode Occupation,
    RequirementLevel RequiredLevel,
    IReadOnlyList<string> EssentialSkills,
    IReadOnlyList<string> OptionalSkills,
    CefrLevel MinimumGerman,
    bool DrivingLicenceRequired,
    GeoPoint Location,
    Pay Pay,
    double WeeklyHours,
    bool Shifts,
    bool TemporaryAgencyWork,
    DateOnly StartDate)
{
    /// <summary>True for apprenticeship and EQ places: training, not work in the occupation yet.</summary>
    public bool IsTraining => Kind is VacancyKind.Apprenticeship or VacancyKind.Einstiegsqualifizierung;
}
