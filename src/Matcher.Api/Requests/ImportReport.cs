namespace Matcher.Api.Requests;

/// <summary>The answer to a bulk import: whether anything was stored, the counts, and one result per row.</summary>
/// <param name="Committed">False when bad rows stopped the whole import (without <c>?partial=true</c>): nothing was stored.</param>
public sealed record ImportReport(bool Committed, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportRowResult> Rows);

/// <summary>What happened to one row.</summary>
/// <param name="Row">1-based position among the records (CSV data rows or JSON array items).</param>
/// <param name="Line">CSV: the line of the file the record starts on (the header is line 1); JSON: null.</param>
/// <param name="Status">created, updated, unchanged, rejected, or valid (good but not stored because other rows were bad).</param>
/// <param name="Id">The record's public id when stored.</param>
public sealed record ImportRowResult(int Row, int? Line, string? ExternalId, string Status, string? Id, IReadOnlyList<ImportFieldError> Errors);

public sealed record ImportFieldError(string Field, string Reason);
