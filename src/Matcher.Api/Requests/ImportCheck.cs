namespace Matcher.Api.Requests;

/// <summary>
/// The first half of every bulk import: each row validated on its own, a second row with the same external id refused (it
/// would overwrite the first in the same import), and when any row is bad and the caller did not ask for a partial import,
/// the report that stores nothing.
/// </summary>
public static class ImportCheck
{
    /// <summary>Each row with its validated record, or null when the row is bad (its errors are in the row).</summary>
    public static List<(ImportRow<TInput> Row, TRecord? Record)> Validate<TInput, TRecord>(
        IReadOnlyList<ImportRow<TInput>> rows, Func<TInput, FieldErrors, TRecord?> validate)
        where TInput : class
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(validate);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedRows = new List<(ImportRow<TInput>, TRecord?)>(rows.Count);
        foreach (var row in rows)
        {
            TRecord? record = null;
            if (row.Input is { } input)
            {
                record = validate(input, row.Errors);
                if (row.ExternalId is not { } externalId)
                {
                    if (!row.Errors.All.Any(e => e.Field == "externalId"))
                        row.Errors.Add("externalId", "Pflichtfeld beim Import: daran erkennt ein späterer Import denselben Datensatz wieder.");
                }
                else if (!firstRowOf.TryAdd(externalId, row.Row))
                {
                    row.Errors.Add("externalId", $"'{externalId}' kommt schon in Datensatz {firstRowOf[externalId]} vor.");
                }
            }
            checkedRows.Add((row, row.Errors.Any ? null : record));
        }
        return checkedRows;
    }

    /// <summary>The report of an import that stores nothing because of its bad rows; null when it may go ahead.</summary>
    public static ImportReport? Refused<TInput, TRecord>(List<(ImportRow<TInput> Row, TRecord? Record)> checkedRows, bool partial)
        where TInput : class
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(checkedRows);
        var rejected = checkedRows.Count(r => r.Record is null);
        if (rejected == 0 || partial) return null;
        return new ImportReport(false, 0, 0, 0, rejected, checkedRows.Select(r => r.Row.Result(r.Record is null ? "rejected" : "valid", null)).ToList());
    }
}
