using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Candidates;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Web;
using Matcher.Core.Generation;
using Matcher.Core.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>The guided intake of a person, and changes to it; the same validation and writes as the API.</summary>
public sealed class EditModel(RegionStore region, CandidateWriter writer, OccupationTaxonomy taxonomy, TitleResolver titles, AuditTrail audit) : PersonPage
{
    public static IReadOnlyList<Town> Towns { get; } = [.. RegionProfile.Burgenlandkreis.Towns.OrderBy(t => t.Name, StringComparer.Ordinal)];

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(Id);

    public IActionResult OnGet()
    {
        if (IsNew) return Page();
        if (region.Current.FindCandidate(Id!) is not { } stored || !Me.MaySee(stored)) return NotFound();
        audit.View(Me, "candidate.view", "candidate", Id);
        Form = PersonForm.Of(stored, taxonomy);
        return Page();
    }

    public IActionResult OnGetTitles(string? q) => TitleSuggestions.For(q, titles);

    public IActionResult OnGetSkills(string? q) => SkillCatalogue.For(taxonomy).SuggestionsFor(q);

    public IActionResult OnPost()
    {
        while (Form.Qualifications.Count < PersonForm.QualificationRows) Form.Qualifications.Add(new QualificationForm());
        var errors = new FieldErrors();
        var input = Form.ToInput(Towns, taxonomy, titles, errors);
        if (input is null)
        {
            Show(errors);
            return Page();
        }
        var result = IsNew ? writer.Create(input, Me) : writer.Replace(Id!, input, Me);
        switch (result.Status)
        {
            case WriteStatus.Done:
                Notice = IsNew ? $"{result.Value!.Name} ist aufgenommen ({result.Value.Id})." : "Änderungen gespeichert.";
                return Redirect($"/People/Details?id={result.Value!.Id}");
            case WriteStatus.NotFound:
                return NotFound();
            case WriteStatus.Conflict:
                Show(FieldErrors.Of("externalId", $"Diese eigene Kennung hat schon {result.ConflictWith} in Ihrer Organisation."));
                return Page();
            default:
                Show(result.Errors!);
                return Page();
        }
    }
}
