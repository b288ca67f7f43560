using System.Globalization;

namespace Matcher.Api.Requests;

/// <summary>
/// The cell formats of the import files, as German offices write them: numbers with a decimal comma or point ("12,50",
/// "1.050,00", "14.25"), dates as "2027-08-01" or "01.08.2027", lists separated by '|', yes/no as ja/nein, true/false,
/// 1/0, x or empty. A cell that is not what its column needs adds a German reason for that column.
/// </summary>
public static class CsvCells
{
    public static List<string>? List(string? value) =>
        value is null ? null : [.. value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static int? WholeNumber(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add(field, $"'{value}' ist keine ganze Zahl.");
        return null;
    }

    /// <summary>A number with a decimal comma ("12,50") or point ("12.50"); with both, the last one is the decimal mark ("1.234,56").</summary>
    public static double? Number(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null) return null;
        if (Normalise(value) is { } normalised && double.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;
        errors.Add(field, $"'{value}' ist keine Zahl (Dezimalkomma oder -punkt, z. B. 12,50).");
        return null;
    }

    public static decimal? Money(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null) return null;
        if (Normalise(value.Replace("€", "", StringComparison.Ordinal)) is { } normalised
            && decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            return amount;
        errors.Add(field, $"'{value}' ist kein Betrag (Dezimalkomma oder -punkt, z. B. 14,25).");
        return null;
    }

    public static bool? YesNo(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "": return null;
            case "ja" or "j" or "true" or "1" or "x" or "yes": return true;
            case "nein" or "n" or "false" or "0" or "no": return false;
            default: errors.Add(field, $"'{value}' ist kein Ja/Nein-Wert (ja, nein, true, false, 1, 0)."); return null;
        }
    }

    /// <summary>A date as "2027-08-01" or "01.08.2027".</summary>
    public static DateOnly? Date(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null) return null;
        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add(field, $"'{value}' ist kein Datum (2027-08-01 oder 01.08.2027).");
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
}
