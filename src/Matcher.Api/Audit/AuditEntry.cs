namespace Matcher.Api.Audit;

/// <summary>One line of the audit log: who (organisation and key) did what to which record, and when.</summary>
/// <param name="Action">E.g. <c>vacancy.create</c>, <c>candidate.view</c>, <c>candidate.delete</c>, <c>match-run.start</c>.</param>
/// <param name="SubjectType">candidate, vacancy, match-run or import.</param>
/// <param name="KeyId">The API key used; null for a person, the scheduler and the command line.</param>
/// <param name="UserId">The person logged in to the web application; null otherwise.</param>
public sealed record AuditEntry(DateTimeOffset At, long? OrganisationId, long? KeyId, string Action, string SubjectType, string? SubjectId, string? Detail, long? UserId = null);
