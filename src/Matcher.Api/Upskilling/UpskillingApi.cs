using Matcher.Api.Requests;
using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Core;
using Matcher.Core.Taxonomy;
using Matcher.Core.Upskilling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Upskilling;

/// <summary>
/// <c>GET /candidates/{id}/upskilling[?targets=26212,29302]</c>, next to the shortlist: the essential skills the person
/// misses for each target occupation, and the few occupations one level up they could reach. Coaches (own candidates) and the operator.
/// </summary>
public static class UpskillingApi
{
    public const int MaxTargets = 10;

    public static IEndpointRouteBuilder MapUpskilling(this IEndpointRouteBuilder app)
    {
        app.MapGet("/candidates/{id}/upskilling", Get).WithTags("Shortlists").WithName("GetUpskilling")
            .RequireAuthorization(p => p.RequireRole("coach", "admin")).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<UpskillingResponse>, ProblemHttpResult, ValidationProblem> Get(
        string id, string? targets, RegionStore region, UpskillingAdvisor advisor, OccupationTaxonomy taxonomy, ClaimsPrincipal user, AuditTrail audit)
    {
        var caller = Caller.From(user);
        if (region.Current.FindCandidate(id) is not { } stored || !caller.MaySee(stored)) return RequestProblem.NotFound("Kandidat", id);
        var occupations = new List<Occupation>();
        var errors = new List<string>();
        foreach (var text in (targets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!OccupationCode.TryParse(text, out var code)) errors.Add($"'{text}' ist keine fünfstellige KldB-2010-Berufsgattung.");
            else if (taxonomy.Find(code) is not { } occupation) errors.Add($"Die Berufsgattung {code} ist in der Taxonomie nicht enthalten.");
            else if (!occupations.Contains(occupation)) occupations.Add(occupation);
        }
        if (occupations.Count > MaxTargets) errors.Add($"Höchstens {MaxTargets} Zielberufe auf einmal.");
        if (errors.Count > 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["targets"] = [.. errors] }, title: "Ungültige Anfrage");
        audit.View(caller, "candidate.upskilling", "candidate", id);
        var candidate = stored.Candidate;
        return TypedResults.Ok(new UpskillingResponse(
            id,
            [.. occupations.Select(o => GapItem.Of(advisor.GapTo(candidate, o)))],
            [.. advisor.StepsUp(candidate).Select(s => new StepUpItem(s.From.Code.ToString(), s.From.TitleDe, Math.Round(s.SharedShare, 3), GapItem.Of(s.Gap)))]));
    }
}

public sealed record UpskillingResponse(string CandidateId, IReadOnlyList<GapItem> Targets, IReadOnlyList<StepUpItem> StepsUp);

/// <param name="HeldShare">Share of the occupation's essential skills the person holds.</param>
public sealed record GapItem(string Occupation, string Title, string Level, double HeldShare, IReadOnlyList<SkillItem> HeldEssential, IReadOnlyList<SkillItem> MissingEssential)
{
    public static GapItem Of(SkillGap gap) => new(
        gap.Occupation.Code.ToString(), gap.Occupation.TitleDe, gap.Occupation.Level.ToString(), Math.Round(gap.HeldShare, 3),
        [.. gap.HeldEssential.Select(SkillItem.Of)], [.. gap.MissingEssential.Select(SkillItem.Of)]);
}

/// <param name="From">The person's occupation (current job or qualification) the step builds on.</param>
public sealed record StepUpItem(string From, string FromTitle, double SharedShare, GapItem Target);

public sealed record SkillItem(string Id, string Label)
{
    public static SkillItem Of(Skill skill) => new(skill.Id, skill.LabelDe);
}
