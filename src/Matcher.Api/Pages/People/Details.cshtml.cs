using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Candidates;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Api.Web;
using Matcher.Core.Taxonomy;
using Matcher.Core.Upskilling;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>
/// One person for their coach: the profile, the commitment, the best offers with their explanations (each can be accepted),
/// the "why not, from when" check for any offer, and what to learn next: one level up, and for the person's desired
/// occupations and any goal the coach enters, the essential skills held and missing.
/// </summary>
public sealed class DetailsModel(
    RegionStore region, ShortlistQueries shortlists, Commitments commitments, UpskillingAdvisor advisor, GermanExplanation explain, RegionCalendar calendar,
    AuditTrail audit, TitleResolver titles, OccupationTaxonomy taxonomy, Outcomes.OutcomeStore outcomes) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>An occupation the coach wants to compare the person with: a title or a KldB code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ziel { get; set; }

    /// <summary>Held and missing essential skills for the desired occupations and <see cref="Ziel"/>.</summary>
    public IReadOnlyList<SkillGap> Goals { get; private set; } = [];

    /// <summary>Why <see cref="Ziel"/> could not be used, with suggestions.</summary>
    public string? GoalProblem { get; private set; }

    public StoredCandidate? Person { get; private set; }

    public ShortlistResponse? Shortlist { get; private set; }

    public CommitmentView? Commitment { get; private set; }

    public IReadOnlyList<StepUp> StepsUp { get; private set; } = [];

    /// <summary>What became of the person's proposals and placements, newest first.</summary>
    public IReadOnlyList<Outcomes.OutcomeView> Outcomes { get; private set; } = [];

    public DateOnly Today => calendar.Today;

    public string Title(Matcher.Core.OccupationCode code) => explain.OccupationTitle(code);

    public IActionResult OnGet()
    {
        if (Load() is { } missing) return missing;
        audit.View(Me, "candidate.view", "candidate", Id);
        Shortlist = shortlists.ForCandidate(Me, Id, 10, calendar.Today);
        Commitment = commitments.Find(Me, Id);
        Outcomes = outcomes.ForCandidate(Me, Id);
        StepsUp = advisor.StepsUp(Person!.Candidate);
        var goals = Person.Candidate.Preferences.DesiredOccupations.Select(taxonomy.Find).OfType<Occupation>().ToList();
        if (!string.IsNullOrWhiteSpace(Ziel))
        {
            var typed = Ziel.Trim();
            var resolution = typed.Length <= 200 ? titles.Resolve(typed, 3) : null;
            var goal = Core.OccupationCode.TryParse(typed, out var code) ? taxonomy.Find(code) : resolution?.Best?.Occupation;
            if (goal is not null) goals.Insert(0, goal);
            else GoalProblem = resolution is { Matches.Count: > 0 }
                ? $"„{typed}“ ist nicht eindeutig; gemeint ist vielleicht: {string.Join(", ", resolution.Matches.Select(m => $"{m.Occupation.TitleDe} ({m.Occupation.Code})"))}."
                : $"„{typed}“ ist kein bekannter Beruf.";
        }
        Goals = goals.DistinctBy(o => o.Code).Select(o => advisor.GapTo(Person.Candidate, o)).ToList();
        return Page();
    }

    public IActionResult OnGetTitles(string? q) => TitleSuggestions.For(q, titles);

    /// <summary>The coach accepts a proposed offer with the person: the next runs keep it.</summary>
    public IActionResult OnPostAccept(string vacancy)
    {
        var result = commitments.Set(Me, Id, vacancy, "accepted");
        if (result.Status == WriteStatus.NotFound) return NotFound();
        Notice = result.Status == WriteStatus.Done
            ? $"Zusage für {vacancy} festgehalten; die nächsten Abgleichsläufe behalten sie."
            : "Zusage nicht möglich: " + string.Join(" ", result.Errors!.All.Select(e => e.Reason));
        return Redirect($"/People/Details?id={Id}");
    }

    /// <summary>The coach records what became of a proposal: a stage, and who decided and why when it ended.</summary>
    public IActionResult OnPostOutcome(string? vacancy, string? stage, string? decidedBy, string? reason, string? on)
    {
        if (Load() is { } missing) return missing;
        var result = outcomes.Record(Me, Id, vacancy?.Trim() ?? "", new Outcomes.OutcomeInput(stage, vacancy, null, decidedBy, reason, on));
        if (result.Status == WriteStatus.NotFound) return NotFound();
        Notice = result.Status == WriteStatus.Done
            ? $"Ergebnis festgehalten: {result.Value!.StageText} ({result.Value.VacancyId})."
            : "Ergebnis nicht festgehalten: " + string.Join(" ", result.Errors!.All.Select(e => e.Reason));
        return Redirect($"/People/Details?id={Id}#ergebnisse");
    }

    public IActionResult OnPostWithdraw()
    {
        if (commitments.Clear(Me, Id).Status == WriteStatus.Done) Notice = "Zusage zurückgenommen.";
        return Redirect($"/People/Details?id={Id}");
    }

    private NotFoundResult? Load()
    {
        Person = region.Current.FindCandidate(Id);
        return Person is null || !Me.MaySee(Person) ? NotFound() : null;
    }
}
