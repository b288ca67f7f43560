using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>A coach's caseload: search by name, id or contact, a filter by consent, pages of 50; the list read is audited.</summary>
public sealed class IndexModel(RegionStore region, AuditTrail audit) : PersonPage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Einwilligung { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public int Total { get; private set; }

    public IReadOnlyList<StoredCandidate> Items { get; private set; } = [];

    public void OnGet()
    {
        var me = Me;
        var q = Q?.Trim() ?? "";
        var matches = region.Current.Candidates.Where(c => me.MaySee(c))
            .Where(c => Einwilligung switch { "ja" => c.MayBeMatched, "nein" => !c.MayBeMatched, _ => true })
            .Where(c => q.Length == 0 || c.Candidate.Id.Contains(q, StringComparison.OrdinalIgnoreCase)
                || (c.Name?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false) || (c.Contact?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false)
                || (c.ExternalId?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false))
            .ToList();
        Total = matches.Count;
        Offset = Math.Clamp(Offset, 0, Math.Max(0, Total - 1));
        Items = [.. matches.Skip(Offset).Take(PageSize)];
        audit.View(me, "candidate.list", "candidate", null, string.Join(',', Items.Select(c => c.Candidate.Id)));
    }

    public string PageLink(int offset) => $"/People?q={Uri.EscapeDataString(Q ?? "")}&einwilligung={Uri.EscapeDataString(Einwilligung ?? "")}&offset={offset}";
}
