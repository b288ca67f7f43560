using System.Globalization;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Vacancies;
using Matcher.Api.Web;
using Matcher.Core.Generation;
using Matcher.Core.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Offers;

/// <summary>
/// Create or change one vacancy. The form's fields are the API's (<see cref="VacancyInput"/>) and go through the same
/// <see cref="VacancyWriter"/>; a free-text title is resolved through the taxonomy, with suggestions while typing.
/// </summary>
public sealed class EditModel(RegionStore region, VacancyWriter writer, TitleResolver titles, OccupationTaxonomy taxonomy) : PersonPage
{
    /// <summary>Places of the demo region to pick instead of typing coordinates.</summary>
    public static IReadOnlyList<Town> Towns { get; } = [.. RegionProfile.Burgenlandkreis.Towns.OrderBy(t => t.Name, StringComparer.Ordinal)];

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public VacancyForm Form { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(Id);

    public IActionResult OnGet()
    {
        if (IsNew) return Page();
        if (region.Current.FindVacancy(Id!) is not { } stored || stored.OrganisationId != Me.OrganisationId) return NotFound();
        Form = VacancyForm.Of(stored, taxonomy);
        return Page();
    }

    public IActionResult OnPost()
    {
        var numbers = new FieldErrors();
        var input = Form.ToInput(Towns, taxonomy, numbers);
        var result = IsNew ? writer.Create(input, Me) : writer.Replace(Id!, input, Me);
        if (numbers.Any && result.Status != WriteStatus.NotFound)
        {
            // A field that was not a number is reported as such, not as missing.
            Show(numbers);
            if (result.Errors is { } others) Show(Without(others, numbers));
            return Page();
        }
        switch (result.Status)
        {
            case WriteStatus.Done:
                Notice = IsNew ? $"Stelle {result.Value!.Id} angelegt." : "Änderungen gespeichert.";
                return Redirect($"/Offers/Details?id={result.Value!.Id}");
            case WriteStatus.NotFound:
                return NotFound();
            case WriteStatus.Conflict:
                Show(FieldErrors.Of("externalId", $"Diese eigene Kennung hat schon Ihre Stelle {result.ConflictWith}."));
                return Page();
            default:
                Show(result.Errors!);
                return Page();
        }
    }

    private static FieldErrors Without(FieldErrors errors, FieldErrors shown)
    {
        var fields = shown.All.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var rest = new FieldErrors();
        foreach (var (field, reason) in errors.All) if (!fields.Contains(field)) rest.Add(field, reason);
        return rest;
    }

    /// <summary>Suggestions for a title as it is typed: code, German title, and whether the match is sure.</summary>
    public IActionResult OnGetTitles(string? q) => TitleSuggestions.For(q, titles);

    public IActionResult OnGetSkills(string? q) => SkillCatalogue.For(taxonomy).SuggestionsFor(q);

    /// <summary>How the title in the form resolves, for the line under the field.</summary>
    public string? Resolution()
    {
        if (!string.IsNullOrWhiteSpace(Form.Occupation) && Core.OccupationCode.TryParse(Form.Occupation.Trim(), out var code) && taxonomy.Find(code) is { } chosen)
            return $"Gewählt: {chosen.TitleDe} (KldB {code}).";
        if (string.IsNullOrWhiteSpace(Form.OccupationTitle)) return null;
        var r = titles.Resolve(Form.OccupationTitle, 3);
        return r.Best is { } best
            ? $"Erkannt: {best.Occupation.TitleDe} (KldB {best.Occupation.Code})."
            : r.Matches.Count > 0 ? "Nicht eindeutig: " + string.Join("; ", r.Matches.Select(m => $"{m.Occupation.TitleDe} ({m.Occupation.Code})")) : "Kein passender Beruf gefunden.";
    }
}

/// <summary>The vacancy form as text fields, turned into the API's <see cref="VacancyInput"/>.</summary>
public sealed class VacancyForm
{
    public string? ExternalId { get; set; }
    public string? Employer { get; set; }
    public string Kind { get; set; } = "Job";
    public int? Places { get; set; } = 1;
    public string? OccupationTitle { get; set; }
    public string? Occupation { get; set; }
    public string? RequiredLevel { get; set; }
    public string? MinimumGerman { get; set; }
    public string? EssentialSkills { get; set; }
    public bool DrivingLicenceRequired { get; set; }
    public bool Shifts { get; set; }
    public bool TemporaryAgencyWork { get; set; }
    public string? Town { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? PayEur { get; set; }
    public string? PayPeriod { get; set; }
    public string? WeeklyHours { get; set; } = "40";
    public string? StartDate { get; set; }

    public static VacancyForm Of(StoredVacancy stored, OccupationTaxonomy taxonomy)
    {
        var v = stored.Vacancy;
        return new VacancyForm
        {
            ExternalId = stored.ExternalId, Employer = v.Employer, Kind = v.Kind.ToString(), Places = v.Places,
            Occupation = v.Occupation.ToString(), OccupationTitle = taxonomy.Find(v.Occupation)?.TitleDe, RequiredLevel = v.RequiredLevel.ToString(),
            MinimumGerman = v.MinimumGerman == Core.CefrLevel.A0 ? "" : v.MinimumGerman.ToString(),
            EssentialSkills = string.Join(", ", v.EssentialSkills.Select(s => taxonomy.Skills.TryGetValue(s, out var skill) ? skill.LabelDe : s)),
            DrivingLicenceRequired = v.DrivingLicenceRequired, Shifts = v.Shifts, TemporaryAgencyWork = v.TemporaryAgencyWork,
            Latitude = v.Location.Latitude.ToString("0.#####", CultureInfo.InvariantCulture), Longitude = v.Location.Longitude.ToString("0.#####", CultureInfo.InvariantCulture),
            PayEur = v.Pay.AmountEur.ToString("0.00", CultureInfo.GetCultureInfo("de-DE")), PayPeriod = v.Pay.Period.ToString(),
            WeeklyHours = v.WeeklyHours.ToString(CultureInfo.GetCultureInfo("de-DE")), StartDate = v.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The API's input: German decimal commas read, a town's centre used when no coordinates are given, skill labels turned into ids.</summary>
    public VacancyInput ToInput(IReadOnlyList<Town> towns, OccupationTaxonomy taxonomy, FieldErrors numberErrors)
    {
        ArgumentNullException.ThrowIfNull(numberErrors);
        var town = towns.FirstOrDefault(t => t.Name == Town);
        double? Number(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)) return n;
            numberErrors.Add(field, $"'{text}' ist keine Zahl.");
            return null;
        }
        var latitude = Number(Latitude, "latitude") ?? town?.Centre.Latitude;
        var longitude = Number(Longitude, "longitude") ?? town?.Centre.Longitude;
        var pay = Number(PayEur, "payEur");
        var catalogue = Web.SkillCatalogue.For(taxonomy);
        var skills = (EssentialSkills ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(catalogue.IdOf).ToList();
        return new VacancyInput(ExternalId, Employer, Kind, Places, Occupation, OccupationTitle, Empty(RequiredLevel), skills.Count > 0 ? skills : null, null,
            Empty(MinimumGerman), DrivingLicenceRequired, latitude, longitude, pay is { } p && Math.Abs(p) < 1e9 ? (decimal)p : null, Empty(PayPeriod),
            Number(WeeklyHours, "weeklyHours"), Shifts, TemporaryAgencyWork, StartDate);
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
