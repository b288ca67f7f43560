using Matcher.Api.Access;
using Matcher.Api.Requests;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Web;

/// <summary>
/// A page that takes a CSV file through the same reader and importer as the API's import: all or nothing unless the user
/// chooses to keep the good rows, and a report for every row.
/// </summary>
public abstract class CsvUploadPage<TInput> : PersonPage
    where TInput : class
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool SkipBadRows { get; set; }

    public ImportReport? Report { get; private set; }

    /// <summary>The rows of the file's text, or the file's errors.</summary>
    protected abstract List<ImportRow<TInput>> Read(string text, FieldErrors fileErrors);

    protected abstract ImportReport Import(Caller caller, IReadOnlyList<ImportRow<TInput>> rows, bool keepGoodRows);

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
        var rows = ImportBody.ReadCsv<TInput>(buffer.ToArray(), Read, errors);
        ImportBody.CheckCount(rows, "file", errors);
        if (errors.Any)
        {
            Show(errors);
            return Page();
        }
        Report = Import(Me, rows, SkipBadRows);
        return Page();
    }
}
