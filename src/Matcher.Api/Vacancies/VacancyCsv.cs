using Matcher.Api.Requests;

namespace Matcher.Api.Vacancies;

/// <summary>
/// The vacancy CSV format: <see cref="CsvTable"/>'s file rules with <see cref="VacancyInput"/>'s field names as columns and
/// <see cref="CsvCells"/>' cell formats (skill lists separated by '|').
/// </summary>
public static class VacancyCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "externalId", "employer", "kind", "places", "occupation", "occupationTitle", "requiredLevel", "essentialSkills", "optionalSkills",
        "minimumGerman", "drivingLicenceRequired", "latitude", "longitude", "payEur", "payPeriod", "weeklyHours", "shifts",
        "temporaryAgencyWork", "startDate",
    ];

    /// <summary>The rows of <paramref name="text"/>; a header problem goes to <paramref name="fileErrors"/> and no rows are returned.</summary>
    public static List<ImportRow<VacancyInput>> Read(string text, FieldErrors fileErrors) =>
        CsvTable.Read(text, Columns, fileErrors).Select(record =>
        {
            if (record.Fields is null) return new ImportRow<VacancyInput>(record.Row, record.Line, null, null, record.Errors);
            var input = ToInput(record, record.Errors);
            return new ImportRow<VacancyInput>(record.Row, record.Line, VacancyInputValidator.ExternalIdOf(input), record.Errors.Any ? null : input, record.Errors);
        }).ToList();

    private static VacancyInput ToInput(CsvRecord r, FieldErrors errors) => new(
        r.Text("externalId"), r.Text("employer"), r.Text("kind"), CsvCells.WholeNumber(r.Text("places"), "places", errors), r.Text("occupation"),
        r.Text("occupationTitle"), r.Text("requiredLevel"), CsvCells.List(r.Text("essentialSkills")), CsvCells.List(r.Text("optionalSkills")),
        r.Text("minimumGerman"), CsvCells.YesNo(r.Text("drivingLicenceRequired"), "drivingLicenceRequired", errors),
        CsvCells.Number(r.Text("latitude"), "latitude", errors), CsvCells.Number(r.Text("longitude"), "longitude", errors),
        CsvCells.Money(r.Text("payEur"), "payEur", errors), r.Text("payPeriod"), CsvCells.Number(r.Text("weeklyHours"), "weeklyHours", errors),
        CsvCells.YesNo(r.Text("shifts"), "shifts", errors), CsvCells.YesNo(r.Text("temporaryAgencyWork"), "temporaryAgencyWork", errors),
        r.Text("startDate"));
}
