using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;
using Matcher.Core.Shortlists;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Shortlists;

/// <summary>Builds <see cref="VacancyIndex"/>es with the service's scorer and rule book, for <see cref="Region.RegionSnapshot.VacancyIndexFor"/>.</summary>
public sealed class VacancyIndexFactory(PairScorer scorer, EligibilityChecker eligibility)
{
    public VacancyIndex Build(IReadOnlyList<Vacancy> vacancies, DateOnly on) => new(vacancies, on, scorer, eligibility);
}
