using System.Globalization;
using System.Text;
using CsvHelper;
using Matcher.Api.Requests;

namespace Matcher.Api.Vacancies;

/// <summary>
/// Reads the vacancy CSV format: a header row with <see cref="VacancyInput"/>'s field names (any case), fields separated
/// by ';' or ',' (detected from the header), UTF-8 with or without BOM, quoted fields may span lines. Numbers take a
/// decimal comma or point, lists (skills) are separated by '|', yes/no fields take ja/nein, true/false, 1/0, x or empty.
/// </summary>
public static class VacancyCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "externalId", "employer", "kind", "places", "occupation", "occupationTitle", "requiredLevel", "essentialSkills", "optionalSkills",
        "minimumGerman", "drivingLicenceRequired", "latitude", "longitude", "payEur", "payPeriod", "weeklyHours", "shifts",
        "temporaryAgencyWork", "startDate",
    ];

    /// <summary>The records of <paramref name="text"/>; a header problem goes to <paramref name="fileErrors"/> and no rows are returned.</summary>
    public static List<ParsedRow> Read(string text, FieldErrors fileErrors)
    {
        var rows = new List<ParsedRow>();
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
            return rows;
        }
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null) fileErrors.Add("header", $"Unbekannte Spalte '{name}' (Spalte {i + 1}); erlaubt: {string.Join(separator, Columns)}.");
            else if (names.Contains(known)) fileErrors.Add("header", $"Die Spalte '{known}' kommt zweimal vor.");
            else names[i] = known;
        }
        if (fileErrors.Any) return rows;

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
                rows.Add(new ParsedRow(number, start, null, null, errors));
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) fields[names[i]] = csv.GetString(i) ?? "";
            var input = ToInput(fields, errors);
            rows.Add(new ParsedRow(number, start, VacancyInputValidator.ExternalIdOf(input), errors.Any ? null : input, errors));
        }
        return rows;
    }

    /// <summary>';' when the header has more semicolons than commas outside quotes, else ','.</summary>
    public static char DetectSeparator(string text)
    {
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

    private static VacancyInput ToInput(Dictionary<string, string> f, FieldErrors errors)
    {
        string? Text(string name) => f.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        return new VacancyInput(
            Text("externalId"), Text("employer"), Text("kind"), Integer(Text("places"), "places", errors), Text("occupation"), Text("occupationTitle"),
            Text("requiredLevel"), List(Text("essentialSkills")), List(Text("optionalSkills")), Text("minimumGerman"),
            YesNo(Text("drivingLicenceRequired"), "drivingLicenceRequired", errors), Number(Text("latitude"), "latitude", errors),
            Number(Text("longitude"), "longitude", errors), Money(Text("payEur"), "payEur", errors),
            Text("payPeriod"), Number(Text("weeklyHours"), "weeklyHours", errors), YesNo(Text("shifts"), "shifts", errors),
            YesNo(Text("temporaryAgencyWork"), "temporaryAgencyWork", errors), Text("startDate"));
    }

    private static List<string>? List(string? value) =>
        value is null ? null : [.. value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static int? Integer(string? value, string field, FieldErrors errors)
    {
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add(field, $"'{value}' ist keine ganze Zahl.");
        return null;
    }

    /// <summary>A number with a decimal comma ("12,50") or point ("12.50"); with both, the last one is the decimal mark ("1.234,56").</summary>
    private static double? Number(string? value, string field, FieldErrors errors)
    {
        if (value is null) return null;
        if (Normalise(value) is { } normalised && double.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;
        errors.Add(field, $"'{value}' ist keine Zahl (Dezimalkomma oder -punkt, z. B. 12,50).");
        return null;
    }

    private static decimal? Money(string? value, string field, FieldErrors errors)
    {
        if (value is null) return null;
        if (Normalise(value.Replace("€", "", StringComparison.Ordinal)) is { } normalised
            && decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            return amount;
        errors.Add(field, $"'{value}' ist kein Betrag (Dezimalkomma oder -punkt, z. B. 14,25).");
        return null;
    }

    private static string? Normalise(string value)
    {
        var text = value.Trim();
        var comma = text.LastIndexOf(',');
        var point = text.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            var thousands = comma > point ? '.' : ',';
            text = text.Replace(thousands.ToString(), "", StringComparison.Ordinal);
        }
        text = text.Replace(',', '.');
        return text.Count(c => c == '.') > 1 ? null : text;
    }

    private static bool? YesNo(string? value, string field, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "": return null;
            case "ja" or "j" or "true" or "1" or "x" or "yes": return true;
            case "nein" or "n" or "false" or "0" or "no": return false;
            default: errors.Add(field, $"'{value}' ist kein Ja/Nein-Wert (ja, nein, true, false, 1, 0)."); return null;
        }
    }
}

/// <summary>One record of an import: its position, and the input or the errors that prevented reading it.</summary>
public sealed record ParsedRow(int Row, int? Line, string? ExternalId, VacancyInput? Input, FieldErrors Errors);
