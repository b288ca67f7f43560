using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Requests;

namespace Matcher.Api.Vacancies;

/// <summary><c>POST /vacancies/import[?partial=true]</c>: a chamber's CSV file or JSON array of vacancies (see <see cref="ImportBody"/>).</summary>
public static class VacancyImportApi
{
    public static async Task<IResult> Import(HttpRequest request, string? partial, ClaimsPrincipal user, VacancyImporter importer)
    {
        var (rows, partialImport, problem) = await ImportBody.ReadAsync<VacancyInput>(request, partial, VacancyCsv.Read, VacancyInputValidator.ExternalIdOf);
        if (problem is not null) return problem;
        return ImportBody.Answer(importer.Import(Caller.From(user), rows!, partialImport), rows!.Count);
    }
}
