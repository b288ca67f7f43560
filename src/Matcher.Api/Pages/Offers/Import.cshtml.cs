using Matcher.Api.Access;
using Matcher.Api.Requests;
using Matcher.Api.Vacancies;
using Matcher.Api.Web;

namespace Matcher.Api.Pages.Offers;

/// <summary>A chamber's CSV file of vacancies, as <c>POST /vacancies/import</c> takes it.</summary>
public sealed class ImportModel(VacancyImporter importer) : CsvUploadPage<VacancyInput>
{
    protected override List<ImportRow<VacancyInput>> Read(string text, FieldErrors fileErrors) => VacancyCsv.Read(text, fileErrors);

    protected override ImportReport Import(Caller caller, IReadOnlyList<ImportRow<VacancyInput>> rows, bool keepGoodRows) => importer.Import(caller, rows, keepGoodRows);
}
