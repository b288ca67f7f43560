using Matcher.Api.Access;
using Matcher.Api.Candidates;
using Matcher.Api.Requests;
using Matcher.Api.Web;

namespace Matcher.Api.Pages.People;

/// <summary>A coach's caseload as a CSV file, as <c>POST /candidates/import</c> takes it.</summary>
public sealed class ImportModel(CandidateImporter importer) : CsvUploadPage<CandidateInput>
{
    protected override List<ImportRow<CandidateInput>> Read(string text, FieldErrors fileErrors) => CandidateCsv.Read(text, fileErrors);

    protected override ImportReport Import(Caller caller, IReadOnlyList<ImportRow<CandidateInput>> rows, bool keepGoodRows) => importer.Import(caller, rows, keepGoodRows);
}
