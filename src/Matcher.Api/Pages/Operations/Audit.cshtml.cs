using Matcher.Api.Audit;
using Matcher.Api.Requests;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Operations;

/// <summary>The audit log for the operator: who did or read what, when; filters by record, action and time.</summary>
public sealed class AuditModel(AuditTrail audit) : PersonPage
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Since { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet()
    {
        var errors = new Dictionary<string, string[]>();
        var since = string.IsNullOrWhiteSpace(Since) ? (DateOnly?)null : QueryParameter.Date(Since, "since", default, errors);
        foreach (var (field, reasons) in errors) Show(FieldErrors.Of(field, reasons[0]));
        var subject = string.IsNullOrWhiteSpace(Subject) ? null : Subject.Trim();
        var from = since is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        // The action filter narrows a page read by subject and time.
        var read = audit.Read(subject, from, PageSize * 5, Math.Max(0, Offset));
        Entries = [.. read.Where(e => string.IsNullOrWhiteSpace(Action) || e.Action.StartsWith(Action.Trim(), StringComparison.OrdinalIgnoreCase)).Take(PageSize)];
    }
}
