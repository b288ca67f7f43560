using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Generation;

/// <summary>A generated region: its people and offers, as of a reference date.</summary>
public sealed record Region(string Name, DateOnly AsOf, IReadOnlyList<Candidate> Candidates, IReadOnlyList<Vacancy> Vacancies);
