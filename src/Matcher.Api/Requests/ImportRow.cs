namespace Matcher.Api.Requests;

/// <summary>One record of a bulk import: its position, its external id, and the input or the errors that prevented reading it.</summary>
/// <param name="Row">1-based position among the records (CSV data rows or JSON array items).</param>
/// <param name="Line">CSV: the line of the file the record starts on (the header is line 1); JSON: null.</param>
public sealed record ImportRow<TInput>(int Row, int? Line, string? ExternalId, TInput? Input, FieldErrors Errors)
    where TInput : class
{
    /// <summary>How an error's field (a path in <typeparamref name="TInput"/>) is named in the report: e.g. the CSV column it came from.</summary>
    public Func<string, string>? FieldName { get; init; }

    /// <summary>The row's result in a report.</summary>
    public ImportRowResult Result(string status, string? id) =>
        new(Row, Line, ExternalId, status, id, Errors.All.Select(e => new ImportFieldError(FieldName?.Invoke(e.Field) ?? e.Field, e.Reason)).ToList());
}
