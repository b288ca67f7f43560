using Matcher.Api.Access;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Web;
using Matcher.Core;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Offers;

/// <summary>A chamber's vacancies: search over occupation, employer and ids, a filter by kind, pages of 50.</summary>
public sealed class IndexModel(RegionStore region, GermanExplanation explain) : PersonPage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Art { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public int Total { get; private set; }

    public IReadOnlyList<StoredVacancy> Items { get; private set; } = [];

    public string Title(OccupationCode code) => explain.OccupationTitle(code);

    public void OnGet()
    {
        var me = Me;
        var q = Q?.Trim() ?? "";
        var matches = region.Current.Vacancies.Where(v => me.MaySee(v))
            .Where(v => Art is null or "" || v.Vacancy.Kind.ToString() == Art)
            .Where(v => q.Length == 0 || v.Vacancy.Id.Contains(q, StringComparison.OrdinalIgnoreCase) || v.ExternalId.Contains(q, StringComparison.OrdinalIgnoreCase)
                || v.Vacancy.Employer.Contains(q, StringComparison.OrdinalIgnoreCase) || Title(v.Vacancy.Occupation).Contains(q, StringComparison.OrdinalIgnoreCase)
                || v.Vacancy.Occupation.ToString().StartsWith(q, StringComparison.Ordinal))
            .ToList();
        Total = matches.Count;
        Offset = Math.Clamp(Offset, 0, Math.Max(0, Total - 1));
        Items = [.. matches.Skip(Offset).Take(PageSize)];
    }

    public string PageLink(int offset) => $"/Offers?q={Uri.EscapeDataString(Q ?? "")}&art={Uri.EscapeDataString(Art ?? "")}&offset={offset}";
}
