using System.Text;
using CsvHelper;

namespace Matcher.Api.Requests;

/// <summary>
/// Reads an import's CSV file: UTF-8 with or without BOM, a header row naming the columns (any case, any order, unknown or
/// repeated columns refused), fields separated by ';' or ',' (whichever the header uses more), quoted fields may span lines.
/// </summary>
public static class CsvTable
{
    /// <summary>The text of a UTF-8 file (a BOM is dropped), or null with the reason in <paramref name="fileErrors"/>.</summary>
    public static string? Decode(byte[] bytes, FieldErrors fileErrors)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(fileErrors);
        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[Encoding.UTF8.Preamble.Length..];
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            fileErrors.Add("body", "Die Datei ist nicht UTF-8-kodiert (z. B. aus Excel als 'CSV UTF-8' speichern).");
            return null;
        }
    }

    /// <summary>The records of <paramref name="text"/> by column name; a header problem goes to <paramref name="fileErrors"/> and no records are returned.</summary>
    public static List<CsvRecord> Read(string text, IReadOnlyList<string> columns, FieldErrors fileErrors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(fileErrors);
        var records = new List<CsvRecord>();
        var separator = DetectSeparator(text);
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using var reader = new StringReader(text);
        using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        csv.ReadHeader();
        if (csv.Headers is not { Count: > 0 } header)
        {
            fileErrors.Add("header", "Die Datei ist leer: erwartet wird eine Kopfzeile mit den Spaltennamen.");
            return records;
        }
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var known = columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null) fileErrors.Add("header", $"Unbekannte Spalte '{name}' (Spalte {i + 1}); erlaubt: {string.Join(separator, columns)}.");
            else if (names.Contains(known)) fileErrors.Add("header", $"Die Spalte '{known}' kommt zweimal vor.");
            else names[i] = known;
        }
        if (fileErrors.Any) return records;

        var number = 0;
        while (csv.Read())
        {
            number++;
            // The line the record starts on, counting lines inside quoted fields: what an editor shows.
            var start = (int)csv.LineNumber;
            var errors = new FieldErrors();
            if (csv.FieldCount != header.Count)
            {
                errors.Add("row", $"{csv.FieldCount} Felder statt {header.Count} (Trennzeichen '{separator}').");
                records.Add(new CsvRecord(number, start, null, errors));
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) fields[names[i]] = csv.GetString(i) ?? "";
            records.Add(new CsvRecord(number, start, fields, errors));
        }
        return records;
    }

    /// <summary>';' when the header has more semicolons than commas outside quotes, else ','.</summary>
    public static char DetectSeparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch is '\n' or '\r') break;
            else if (!quoted && ch == ';') semicolons++;
            else if (!quoted && ch == ',') commas++;
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}

/// <summary>One data record of a CSV file: its position, its fields by column name (null when it had the wrong number of fields) and its errors so far.</summary>
public sealed record CsvRecord(int Row, int Line, IReadOnlyDictionary<string, string>? Fields, FieldErrors Errors)
{
    /// <summary>The cell of <paramref name="column"/>, or null when it is empty or not in the file.</summary>
    public string? Text(string column) => Fields is not null && Fields.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}
