using Matcher.Api.Access;
using Matcher.Api.Candidates;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>Erasing a person for good (GDPR art. 17), after the coach confirms with the person's name.</summary>
public sealed class EraseModel(RegionStore region, CandidateWriter writer) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public string? Confirmation { get; set; }

    public string? Name { get; private set; }

    public IActionResult OnGet()
    {
        if (region.Current.FindCandidate(Id) is not { } person || !Me.MaySee(person)) return NotFound();
        Name = person.Name ?? person.Candidate.Id;
        return Page();
    }

    public IActionResult OnPost()
    {
        if (region.Current.FindCandidate(Id) is not { } person || !Me.MaySee(person)) return NotFound();
        Name = person.Name ?? person.Candidate.Id;
        if (!string.Equals(Confirmation?.Trim(), Name, StringComparison.Ordinal))
        {
            Show(FieldErrors.Of("confirmation", "Zur Bestätigung bitte den Namen genau so eintippen, wie er oben steht."));
            return Page();
        }
        if (writer.Erase(Id, Me).Status != WriteStatus.Done) return NotFound();
        Notice = $"{Name} ist gelöscht: alle Angaben, Vorschläge und die Zusage; nur eine anonyme Zählung bleibt.";
        return Redirect("/People");
    }
}
