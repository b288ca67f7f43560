namespace Matcher.Api.Vacancies;

/// <summary>
/// A vacancy as a chamber sends it, one JSON object or one CSV row with these names as columns. Every field is optional
/// here so that <see cref="VacancyInputValidator"/> can name each missing or bad one; README lists which are required.
/// </summary>
/// <param name="ExternalId">The chamber's own id of the offer; imports update the vacancy with the same external id.</param>
/// <param name="Occupation">5-digit KldB 2010 code; when absent, <paramref name="OccupationTitle"/> is resolved through the taxonomy.</param>
/// <param name="OccupationTitle">Free-text job title ("Elektroniker/in", "Pflegehelferin"); used only without a code.</param>
/// <param name="RequiredLevel">Helfer, Fachkraft, Spezialist, Experte (or 1-4); default: the code's 5th digit.</param>
/// <param name="EssentialSkills">Skill ids; empty: the taxonomy's essential skills of the occupation.</param>
/// <param name="PayPeriod">Hour or Month (Stunde, Monat); default: Hour for jobs, Month for training.</param>
/// <param name="StartDate">ISO date (2027-08-01) or German date (01.08.2027).</param>
public sealed record VacancyInput(
    string? ExternalId = null,
    string? Employer = null,
    string? Kind = null,
    int? Places = null,
    string? Occupation = null,
    string? OccupationTitle = null,
    string? RequiredLevel = null,
    IReadOnlyList<string>? EssentialSkills = null,
    IReadOnlyList<string>? OptionalSkills = null,
    string? MinimumGerman = null,
    bool? DrivingLicenceRequired = null,
    double? Latitude = null,
    double? Longitude = null,
    decimal? PayEur = null,
    string? PayPeriod = null,
    double? WeeklyHours = null,
    bool? Shifts = null,
    bool? TemporaryAgencyWork = null,
    string? StartDate = null);
