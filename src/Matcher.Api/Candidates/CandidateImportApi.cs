using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Requests;

namespace Matcher.Api.Candidates;

/// <summary><c>POST /candidates/import[?partial=true]</c>: a coaching organisation's caseload as a CSV file or a JSON array of people (see <see cref="ImportBody"/>).</summary>
public static class CandidateImportApi
{
    public static async Task<IResult> Import(HttpRequest request, string? partial, ClaimsPrincipal user, CandidateImporter importer)
    {
        var (rows, partialImport, problem) = await ImportBody.ReadAsync<CandidateInput>(request, partial, CandidateCsv.Read, CandidateInputValidator.ExternalIdOf);
        if (problem is not null) return problem;
        return ImportBody.Answer(importer.Import(Caller.From(user), rows!, partialImport), rows!.Count);
    }
}
