using Matcher.Api.Candidates;
using Matcher.Api.Requests;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>
/// A caseload as a CSV file, through the same reader and importer as <c>POST /candidates/import</c>: all or nothing unless
/// the coach chooses to keep the good rows, and a report for every row.
/// </summary>
public sealed class ImportModel(CandidateImporter importer) : PersonPage
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool SkipBadRows { get; set; }

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new FieldErrors();
        if (Upload is null || Upload.Length == 0) errors.Add("file", "Bitte eine CSV-Datei wählen.");
        else if (Upload.Length > StrictJson.ImportLimitBytes) errors.Add("file", $"Die Datei ist größer als {StrictJson.ImportLimitBytes / 1024 / 1024} MiB.");
        if (errors.Any)
        {
            Show(errors);
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer);
        var rows = ImportBody.ReadCsv<CandidateInput>(buffer.ToArray(), CandidateCsv.Read, errors);
        ImportBody.CheckCount(rows, "file", errors);
        if (errors.Any)
        {
            Show(errors);
            return Page();
        }
        Report = importer.Import(Me, rows, SkipBadRows);
        return Page();
    }
}
