using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Vacancies;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Offers;

/// <summary>Deleting a vacancy, after asking.</summary>
public sealed class DeleteModel(RegionStore region, VacancyWriter writer, GermanExplanation explain) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public string Description { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (region.Current.FindVacancy(Id) is not { } stored || stored.OrganisationId != Me.OrganisationId) return NotFound();
        Description = $"{Labels.Of(stored.Vacancy.Kind)} „{explain.OccupationTitle(stored.Vacancy.Occupation)}“ bei {stored.Vacancy.Employer} ({stored.Vacancy.Id})";
        return Page();
    }

    public IActionResult OnPost()
    {
        if (writer.Delete(Id, Me).Status != WriteStatus.Done) return NotFound();
        Notice = $"Stelle {Id} gelöscht.";
        return Redirect("/Offers");
    }
}
