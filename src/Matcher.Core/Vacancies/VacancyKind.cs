namespace Matcher.Core.Vacancies;

/// <summary>What an SME offers.</summary>
public enum VacancyKind
{
    Job,
    /// <summary>A place in a recognised vocational training (Ausbildungsplatz, BBiG/HwO).</summary>
    Apprenticeship,
    /// <summary>Einstiegsqualifizierung: a 6-12 month paid pre-apprenticeship internship.</summary>
    Einstiegsqualifizierung,
}
