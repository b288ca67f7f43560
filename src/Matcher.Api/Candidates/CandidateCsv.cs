using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matcher.Api.Requests;
using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Residence;

namespace Matcher.Api.Candidates;

/// <summary>
/// The caseload CSV format: one person per row, <see cref="CandidateInput"/> flattened into columns (<see cref="Columns"/>),
/// <see cref="CsvTable"/>'s file rules and <see cref="CsvCells"/>' cell formats. Named values (residence title, German level,
/// …) take the API's names in any case, with umlauts or without ("Subsidiärer Schutz" = <c>SubsidiaererSchutz</c>); several
/// are separated by '|'. Languages are written <c>ar:C2|en:B1</c>, qualifications
/// <c>occupation:level:country:recognition[:gap;gap]</c>, e.g. <c>29302:Fachkraft:SY:Partial:Hygienerecht</c>. A row is read
/// into the same JSON document the API takes, so the API's checks apply, and each error names the column it came from.
/// </summary>
public static class CandidateCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "externalId", "name", "contact", "consentGivenOn", "consentScope", "latitude", "longitude", "commuteModes", "maxDailyCommuteMinutes",
        "drivingLicence", "germanLevel", "residenceTitle", "staySince", "titleSince", "validUntil", "residenceFacts", "insuredEmploymentMonths",
        "previousTitle", "availableFrom", "desiredOccupations", "wantsPartTime", "acceptsShifts", "interestedInApprenticeship", "otherLanguages",
        "qualifications", "skills", "currentOccupation", "currentLevel", "currentHourlyWageEur",
    ];

    private static readonly string[] Required =
        ["name", "latitude", "longitude", "maxDailyCommuteMinutes", "germanLevel", "residenceTitle", "staySince", "titleSince", "availableFrom"];

    // JSON path of the API's input → the column it comes from (longest prefix wins).
    private static readonly (string Path, string Column)[] ColumnOfPath =
    [
        ("externalId", "externalId"), ("name", "name"), ("contact", "contact"), ("consent.givenOn", "consentGivenOn"), ("consent.scope", "consentScope"),
        ("consent", "consentGivenOn"), ("profile.home.longitude", "longitude"), ("profile.home", "latitude"), ("profile.mobility.modes", "commuteModes"),
        ("profile.mobility.maxDailyCommuteMinutes", "maxDailyCommuteMinutes"), ("profile.mobility.hasDrivingLicence", "drivingLicence"),
        ("profile.germanLevel", "germanLevel"), ("profile.residence.title", "residenceTitle"), ("profile.residence.staySince", "staySince"),
        ("profile.residence.titleSince", "titleSince"), ("profile.residence.validUntil", "validUntil"), ("profile.residence.facts", "residenceFacts"),
        ("profile.residence.insuredEmploymentMonths", "insuredEmploymentMonths"), ("profile.residence.previousTitle", "previousTitle"),
        ("profile.availableFrom", "availableFrom"), ("profile.preferences.desiredOccupations", "desiredOccupations"),
        ("profile.preferences.wantsPartTime", "wantsPartTime"), ("profile.preferences.acceptsShifts", "acceptsShifts"),
        ("profile.preferences.interestedInApprenticeship", "interestedInApprenticeship"), ("profile.otherLanguages", "otherLanguages"),
        ("profile.qualifications", "qualifications"), ("profile.skills", "skills"), ("profile.currentJob.level", "currentLevel"),
        ("profile.currentJob.hourlyWageEur", "currentHourlyWageEur"), ("profile.currentJob", "currentOccupation"),
    ];

    private static readonly (string Path, string Column)[] ColumnOfPathLongestFirst = [.. ColumnOfPath.OrderByDescending(p => p.Path.Length)];

    /// <summary>The rows of <paramref name="text"/>; a header problem goes to <paramref name="fileErrors"/> and no rows are returned.</summary>
    public static List<ImportRow<CandidateInput>> Read(string text, FieldErrors fileErrors) =>
        CsvTable.Read(text, Columns, fileErrors).Select(record =>
        {
            if (record.Fields is null) return new ImportRow<CandidateInput>(record.Row, record.Line, null, null, record.Errors);
            var externalId = record.Text("externalId")?.Trim();
            foreach (var column in Required)
                if (record.Text(column) is null) record.Errors.Add(column, "Pflichtfeld fehlt.");
            var document = ToDocument(record, record.Errors);
            CandidateInput? input = null;
            if (!record.Errors.Any)
            {
                var read = StrictJson.Parse<CandidateInput>(Encoding.UTF8.GetBytes(document.ToJsonString()));
                foreach (var (field, reason) in read.Errors?.All ?? []) record.Errors.Add(field, reason);
                input = read.Value;
            }
            return new ImportRow<CandidateInput>(record.Row, record.Line, externalId, input, record.Errors) { FieldName = Column };
        }).ToList();

    /// <summary>The column a JSON path of <see cref="CandidateInput"/> comes from, with what follows it ("qualifications[0].country").</summary>
    public static string Column(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var (prefix, column) in ColumnOfPathLongestFirst)
            if (path == prefix) return column;
            else if (path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length] is '.' or '[')
                return column + (column is "otherLanguages" or "qualifications" or "desiredOccupations" ? path[prefix.Length..] : "");
        return path;
    }

    private static JsonObject ToDocument(CsvRecord r, FieldErrors errors)
    {
        var consentOn = CsvCells.Date(r.Text("consentGivenOn"), "consentGivenOn", errors);
        var residence = new JsonObject
        {
            ["title"] = Named<ResidenceTitle>(r, "residenceTitle", errors),
            ["staySince"] = Iso(CsvCells.Date(r.Text("staySince"), "staySince", errors)),
            ["titleSince"] = Iso(CsvCells.Date(r.Text("titleSince"), "titleSince", errors)),
            ["validUntil"] = Iso(CsvCells.Date(r.Text("validUntil"), "validUntil", errors)),
            ["facts"] = Flags<ResidenceFacts>(r, "residenceFacts", errors) ?? nameof(ResidenceFacts.None),
            ["insuredEmploymentMonths"] = CsvCells.WholeNumber(r.Text("insuredEmploymentMonths"), "insuredEmploymentMonths", errors) ?? 0,
        };
        if (Named<ResidenceTitle>(r, "previousTitle", errors) is { } previous) residence["previousTitle"] = previous;
        var profile = new JsonObject
        {
            ["home"] = new JsonObject
            {
                ["latitude"] = CsvCells.Number(r.Text("latitude"), "latitude", errors),
                ["longitude"] = CsvCells.Number(r.Text("longitude"), "longitude", errors),
            },
            ["mobility"] = new JsonObject
            {
                ["modes"] = Flags<CommuteModes>(r, "commuteModes", errors) ?? nameof(CommuteModes.None),
                ["maxDailyCommuteMinutes"] = CsvCells.WholeNumber(r.Text("maxDailyCommuteMinutes"), "maxDailyCommuteMinutes", errors),
                ["hasDrivingLicence"] = CsvCells.YesNo(r.Text("drivingLicence"), "drivingLicence", errors) ?? false,
            },
            ["germanLevel"] = Named<CefrLevel>(r, "germanLevel", errors),
            ["residence"] = residence,
            ["preferences"] = new JsonObject
            {
                ["desiredOccupations"] = Array(CsvCells.List(r.Text("desiredOccupations")) ?? []),
                ["wantsPartTime"] = CsvCells.YesNo(r.Text("wantsPartTime"), "wantsPartTime", errors) ?? false,
                ["acceptsShifts"] = CsvCells.YesNo(r.Text("acceptsShifts"), "acceptsShifts", errors) ?? false,
                ["interestedInApprenticeship"] = CsvCells.YesNo(r.Text("interestedInApprenticeship"), "interestedInApprenticeship", errors) ?? false,
            },
            ["availableFrom"] = Iso(CsvCells.Date(r.Text("availableFrom"), "availableFrom", errors)),
            ["otherLanguages"] = Languages(r, errors),
            ["qualifications"] = Qualifications(r, errors),
            ["skills"] = Array(CsvCells.List(r.Text("skills")) ?? []),
        };
        if (r.Text("currentOccupation") is { } currentOccupation)
            profile["currentJob"] = new JsonObject
            {
                ["occupation"] = currentOccupation.Trim(),
                ["level"] = Named<RequirementLevel>(r, "currentLevel", errors) ?? LevelOf(currentOccupation),
                ["hourlyWageEur"] = CsvCells.Money(r.Text("currentHourlyWageEur"), "currentHourlyWageEur", errors),
            };
        var document = new JsonObject { ["name"] = r.Text("name"), ["profile"] = profile };
        if (r.Text("externalId") is { } externalId) document["externalId"] = externalId;
        if (r.Text("contact") is { } contact) document["contact"] = contact;
        if (consentOn is not null || r.Text("consentScope") is not null)
            document["consent"] = new JsonObject { ["givenOn"] = Iso(consentOn), ["scope"] = r.Text("consentScope") };
        return document;
    }

    private static JsonArray Languages(CsvRecord r, FieldErrors errors)
    {
        var languages = new JsonArray();
        foreach (var entry in CsvCells.List(r.Text("otherLanguages")) ?? [])
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !TryNamed<CefrLevel>(parts[1], out var level))
            {
                errors.Add("otherLanguages", $"'{entry}' ist keine Sprache mit Niveau (z. B. ar:C2|en:B1).");
                continue;
            }
            languages.Add(new JsonObject { ["language"] = parts[0].ToLowerInvariant(), ["level"] = level });
        }
        return languages;
    }

    private static JsonArray Qualifications(CsvRecord r, FieldErrors errors)
    {
        var qualifications = new JsonArray();
        foreach (var entry in CsvCells.List(r.Text("qualifications")) ?? [])
        {
            var parts = entry.Split(':', 5, StringSplitOptions.TrimEntries);
            if (parts.Length < 4 || !TryNamed<RequirementLevel>(parts[1], out var level) || !TryNamed<RecognitionState>(parts[3], out var recognition))
            {
                errors.Add("qualifications", $"'{entry}' ist keine Qualifikation der Form Beruf:Niveau:Land:Anerkennung[:Unterschied;Unterschied], "
                    + $"z. B. 29302:Fachkraft:SY:Full (Niveau: {Names<RequirementLevel>()}; Anerkennung: {Names<RecognitionState>()}).");
                continue;
            }
            var gaps = parts.Length == 5 ? parts[4].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            qualifications.Add(new JsonObject
            {
                ["occupation"] = parts[0], ["level"] = level, ["country"] = parts[2].ToUpperInvariant(), ["recognition"] = recognition,
                ["recognitionGaps"] = Array(gaps),
            });
        }
        return qualifications;
    }

    /// <summary>The API's name of the value in <paramref name="column"/>, or null (with the allowed values in the error) when it is none.</summary>
    private static string? Named<T>(CsvRecord r, string column, FieldErrors errors) where T : struct, Enum
    {
        if (r.Text(column) is not { } value) return null;
        if (TryNamed<T>(value, out var name)) return name;
        errors.Add(column, $"'{value}' ist kein gültiger Wert; erlaubt: {Names<T>()}.");
        return null;
    }

    /// <summary>Several named values separated by '|', as the API writes flags ("PublicTransport, Bicycle").</summary>
    private static string? Flags<T>(CsvRecord r, string column, FieldErrors errors) where T : struct, Enum
    {
        var names = new List<string>();
        foreach (var value in CsvCells.List(r.Text(column)) ?? [])
            if (TryNamed<T>(value, out var name)) names.Add(name);
            else errors.Add(column, $"'{value}' ist kein gültiger Wert; erlaubt (mehrere mit |): {Names<T>()}.");
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static bool TryNamed<T>(string value, out string name) where T : struct, Enum
    {
        var folded = Fold(value);
        name = Enum.GetNames<T>().FirstOrDefault(n => Fold(n) == folded) ?? "";
        return name.Length > 0;
    }

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Where(n => n != "None"));

    // "Subsidiärer Schutz" and "SubsidiaererSchutz" are the same value; so are "b1" and "B1".
    private static string Fold(string value)
    {
        var text = value.Trim().ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        return new string(text.Where(char.IsAsciiLetterOrDigit).ToArray());
    }

    private static string? LevelOf(string occupation) =>
        occupation.Trim() is { Length: 5 } code && code[4] is >= '1' and <= '4' ? ((RequirementLevel)(code[4] - '0')).ToString() : null;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);
}
