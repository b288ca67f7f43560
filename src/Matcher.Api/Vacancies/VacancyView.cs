using Matcher.Core.Vacancies;

namespace Matcher.Api.Vacancies;

/// <summary>A stored vacancy as the API answers it: its public id, the chamber's external id and the vacancy.</summary>
public sealed record VacancyView(string Id, string ExternalId, Vacancy Vacancy)
{
    public static VacancyView Of(Region.StoredVacancy stored) => new(stored.Vacancy.Id, stored.ExternalId, stored.Vacancy);
}
