using Matcher.Core.Vacancies;

namespace Matcher.Core.Eligibility;

/// <summary>Policy choices where the law is disputed or depends on the reading of a chamber.</summary>
/// <param name="AgencyWorkAllowedWhenBaConsentNeeded">
/// Temporary agency work for people who need BA consent. §40(1) Nr. 2 AufenthG makes the BA refuse it;
/// whether exceptions apply to Gestattung/Duldung is disputed. Default false: not permitted.
/// </param>
/// <param name="ConsentFreeKinds">Vacancy kinds treated as consent-free under §32(2) BeschV.</param>
public sealed record EligibilitySettings(bool AgencyWorkAllowedWhenBaConsentNeeded, IReadOnlySet<VacancyKind> ConsentFreeKinds)
{
    /// <summary>Agency work closed to people who need BA consent; apprenticeships and EQ consent-free.</summary>
    public static EligibilitySettings Default { get; } =
        new(false, new HashSet<VacancyKind> { VacancyKind.Apprenticeship, VacancyKind.Einstiegsqualifizierung });
}
