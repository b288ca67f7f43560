using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Core;
using Matcher.Core.Taxonomy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Taxonomy;

/// <summary>Occupation search (free-text title resolution) and occupation details.</summary>
public static class TaxonomyApi
{
    public static IEndpointRouteBuilder MapTaxonomy(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/taxonomy").WithTags("Taxonomy");
        group.MapGet("/occupations", Search).WithName("SearchOccupations");
        group.MapGet("/occupations/{code}", Get).WithName("GetOccupation").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>With <c>q</c>: ranked occupations for a free-text title; without: all occupations, paged.</summary>
    public static Results<Ok<OccupationSearchResponse>, ValidationProblem> Search(
        string? q, string? limit, string? offset, OccupationTaxonomy taxonomy, TitleResolver resolver)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 10, 500, errors);
        if (q is { Length: > 200 }) errors["q"] = ["Der Suchtext ist länger als 200 Zeichen."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");

        if (string.IsNullOrWhiteSpace(q))
        {
            var items = page.Apply(taxonomy.Occupations.Values.OrderBy(o => o.Code.Value))
                .Select(o => OccupationItem.From(o, null, null)).ToList();
            return TypedResults.Ok(new OccupationSearchResponse(null, null, null, null, null, taxonomy.Occupations.Count, items));
        }
        var resolution = resolver.Resolve(q, Math.Min(page.Limit, 20));
        var message = resolution.IsConfident ? null : "Keine sichere Zuordnung: bitte einen der Vorschläge wählen oder den Titel genauer angeben.";
        return TypedResults.Ok(new OccupationSearchResponse(resolution.Query, resolution.Normalized, resolution.IsConfident, message,
            resolution.Advert is { } advert ? AdvertReading.From(advert) : null, resolution.Matches.Count,
            resolution.Matches.Select(m => OccupationItem.From(m.Occupation, m.Confidence, m.MatchedTitle)).ToList()));
    }

    public static Results<Ok<OccupationDetails>, ProblemHttpResult, ValidationProblem> Get(string code, OccupationTaxonomy taxonomy)
    {
        if (!OccupationCode.TryParse(code, out var parsed))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [$"'{code}' ist keine fünfstellige KldB-2010-Berufsgattung (5. Stelle 1-4)."] }, title: "Ungültige Anfrage");
        if (taxonomy.Find(parsed) is not { } occupation) return RequestProblem.NotFound("Beruf", code);
        SkillItem Skill(string id) => new(id, taxonomy.Skills[id].LabelDe, taxonomy.Skills[id].LabelEn);
        return TypedResults.Ok(new OccupationDetails(
            OccupationItem.From(occupation, null, null),
            occupation.Synonyms,
            taxonomy.EssentialSkills(parsed).Select(Skill).ToList(),
            taxonomy.OptionalSkills(parsed).Select(Skill).ToList()));
    }
}

/// <param name="Confident">Null when listing; false means "no confident match" and the items are only suggestions.</param>
/// <param name="Advert">What the title's advert words say (kind of place, level hint, the words taken out); null when listing.</param>
public sealed record OccupationSearchResponse(string? Query, string? Normalized, bool? Confident, string? Message, AdvertReading? Advert, int Total, IReadOnlyList<OccupationItem> Items);

/// <param name="Kind">job, apprenticeship, einstiegsqualifizierung or dualStudy.</param>
/// <param name="Level">The requirement level the words imply (1 Helfer … 4 Experte), or null.</param>
/// <param name="Occupation">The words that named the occupation.</param>
/// <param name="Removed">The advert words taken out.</param>
public sealed record AdvertReading(string Kind, int? Level, string Occupation, IReadOnlyList<string> Removed)
{
    public static AdvertReading From(AdvertTitle advert) =>
        new(advert.Kind switch
        {
            AdvertKind.Apprenticeship => "apprenticeship",
            AdvertKind.Einstiegsqualifizierung => "einstiegsqualifizierung",
            AdvertKind.DualStudy => "dualStudy",
            _ => "job",
        }, advert.LevelHint is { } level ? (int)level : null, advert.Occupation, advert.Removed);
}

public sealed record OccupationItem(string Code, string TitleDe, string TitleEn, int Level, string LevelName, bool Apprenticeship, bool Regulated, string? Isco08, double? Confidence, string? MatchedTitle)
{
    public static OccupationItem From(Occupation o, double? confidence, string? matched) =>
        new(o.Code.ToString(), o.TitleDe, o.TitleEn, (int)o.Level, o.Level.ToString(), o.IsApprenticeship, o.IsRegulated, o.Isco08,
            confidence is null ? null : Math.Round(confidence.Value, 3), matched);
}

public sealed record SkillItem(string Id, string LabelDe, string LabelEn);

public sealed record OccupationDetails(OccupationItem Occupation, IReadOnlyList<string> Synonyms, IReadOnlyList<SkillItem> EssentialSkills, IReadOnlyList<SkillItem> OptionalSkills);
