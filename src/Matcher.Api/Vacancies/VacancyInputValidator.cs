using System.Globalization;
using Matcher.Api.Requests;
using Matcher.Core;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Vacancies;

/// <summary>
/// Turns a <see cref="VacancyInput"/> into a <see cref="Vacancy"/>, or names every field that is missing or wrong.
/// Free-text titles are resolved through the taxonomy; a title without a confident match is reported with the
/// closest candidates, never guessed.
/// </summary>
public sealed class VacancyInputValidator(OccupationTaxonomy taxonomy, TitleResolver titles)
{
    public const int MaxPlaces = 500;
    public const int MaxTextLength = 200;

    /// <summary>Germany's bounding box with a margin: coordinates outside it are almost always swapped or mistyped.</summary>
    public static readonly (double South, double North, double West, double East) Germany = (47.2, 55.1, 5.8, 15.1);

    public Vacancy? Validate(VacancyInput input, string id, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var externalId = Text(input.ExternalId, "externalId", 100, errors);
        var employer = Text(input.Employer, "employer", MaxTextLength, errors);
        var occupation = Occupation(input, errors, out var advert);
        // "Ausbildung zum Maurer" says what kind of place it is where the row does not.
        var kind = string.IsNullOrWhiteSpace(input.Kind) && advert?.Kind is AdvertKind.Apprenticeship or AdvertKind.Einstiegsqualifizierung
            ? (advert.Kind == AdvertKind.Apprenticeship ? VacancyKind.Apprenticeship : VacancyKind.Einstiegsqualifizierung)
            : Kind(input.Kind, errors);
        var places = input.Places;
        if (places is null) errors.Add("places", "Pflichtfeld fehlt.");
        else if (places is < 1 or > MaxPlaces) errors.Add("places", $"{places} ist ungültig: 1 bis {MaxPlaces} Plätze.");
        var level = Level(input.RequiredLevel, occupation, errors);
        var essential = Skills(input.EssentialSkills, "essentialSkills", errors);
        var optional = Skills(input.OptionalSkills, "optionalSkills", errors);
        var german = German(input.MinimumGerman, errors);
        var location = Location(input.Latitude, input.Longitude, errors);
        var period = Period(input.PayPeriod, kind, errors);
        var pay = input.PayEur;
        if (pay is null) errors.Add("payEur", "Pflichtfeld fehlt.");
        else if (pay <= 0 || pay > (period == PayPeriod.Hour ? 500m : 30_000m))
            errors.Add("payEur", $"{pay.Value.ToString(CultureInfo.InvariantCulture)} € ist ungültig: brutto pro {(period == PayPeriod.Hour ? "Stunde (0 bis 500)" : "Monat (0 bis 30.000)")}.");
        var hours = input.WeeklyHours;
        if (hours is null) errors.Add("weeklyHours", "Pflichtfeld fehlt.");
        else if (!double.IsFinite(hours.Value) || hours < 1 || hours > 60) errors.Add("weeklyHours", $"{hours} ist ungültig: 1 bis 60 Stunden pro Woche.");
        var start = Date(input.StartDate, "startDate", errors);

        if (errors.Any) return null;
        return new Vacancy(id, employer!, kind!.Value, places!.Value, occupation!.Value, level!.Value, essential, optional, german,
            input.DrivingLicenceRequired ?? false, location!.Value, new Pay(pay!.Value, period), hours!.Value, input.Shifts ?? false,
            input.TemporaryAgencyWork ?? false, start!.Value);
    }

    /// <summary>The chamber's external id of <paramref name="input"/>, trimmed; null when missing.</summary>
    public static string? ExternalIdOf(VacancyInput input) => string.IsNullOrWhiteSpace(input.ExternalId) ? null : input.ExternalId.Trim();

    private static string? Text(string? value, string field, int max, FieldErrors errors) => FreeText.Check(value, field, max, required: true, errors);

    private static VacancyKind? Kind(string? value, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "": errors.Add("kind", "Pflichtfeld fehlt (Job, Apprenticeship oder Einstiegsqualifizierung)."); return null;
            case "job" or "stelle" or "arbeitsstelle": return VacancyKind.Job;
            case "apprenticeship" or "ausbildung" or "ausbildungsplatz": return VacancyKind.Apprenticeship;
            case "einstiegsqualifizierung" or "eq": return VacancyKind.Einstiegsqualifizierung;
            default: errors.Add("kind", $"'{value}' ist keine Angebotsart: Job, Apprenticeship oder Einstiegsqualifizierung (auch Stelle, Ausbildung, EQ)."); return null;
        }
    }

    /// <param name="advert">What the title's advert words say, when a title was resolved.</param>
    private OccupationCode? Occupation(VacancyInput input, FieldErrors errors, out AdvertTitle? advert)
    {
        advert = null;
        if (!string.IsNullOrWhiteSpace(input.Occupation))
        {
            if (!OccupationCode.TryParse(input.Occupation.Trim(), out var code))
            {
                errors.Add("occupation", $"'{input.Occupation}' ist keine fünfstellige KldB-2010-Berufsgattung (5. Stelle 1-4).");
                return null;
            }
            if (taxonomy.Find(code) is null)
            {
                errors.Add("occupation", $"Die Berufsgattung {code} ist in der Taxonomie dieses Dienstes nicht enthalten.");
                return null;
            }
            return code;
        }
        if (string.IsNullOrWhiteSpace(input.OccupationTitle))
        {
            errors.Add("occupation", "Pflichtfeld fehlt: KldB-Code in 'occupation' oder Berufsbezeichnung in 'occupationTitle'.");
            return null;
        }
        var resolution = titles.Resolve(input.OccupationTitle.Trim());
        advert = resolution.Advert;
        if (resolution.Best is { } best) return best.Occupation.Code;
        var suggestions = resolution.Matches.Take(3).Select(m => $"{m.Occupation.Code} {m.MatchedTitle}").ToList();
        errors.Add("occupationTitle", suggestions.Count == 0
            ? $"'{input.OccupationTitle}' lässt sich keinem Beruf zuordnen; bitte den KldB-Code in 'occupation' angeben."
            : $"'{input.OccupationTitle}' ist nicht eindeutig zuzuordnen (ähnlich: {string.Join("; ", suggestions)}); bitte den KldB-Code in 'occupation' angeben.");
        return null;
    }

    private static RequirementLevel? Level(string? value, OccupationCode? occupation, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return occupation?.Level;
        var text = value.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 4) return (RequirementLevel)number;
        if (Enum.TryParse<RequirementLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !char.IsDigit(text[0])) return level;
        errors.Add("requiredLevel", $"'{value}' ist kein Anforderungsniveau: Helfer, Fachkraft, Spezialist, Experte (oder 1-4).");
        return null;
    }

    private List<string> Skills(IReadOnlyList<string>? ids, string field, FieldErrors errors)
    {
        var skills = new List<string>();
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            var id = ids![i]?.Trim() ?? "";
            if (id.Length == 0) continue;
            if (!taxonomy.Skills.ContainsKey(id)) errors.Add($"{field}[{i}]", $"Die Fähigkeit '{id}' ist in der Taxonomie nicht enthalten.");
            else if (!skills.Contains(id, StringComparer.Ordinal)) skills.Add(id);
        }
        return skills;
    }

    private static CefrLevel German(string? value, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return CefrLevel.A0;
        if (Enum.TryParse<CefrLevel>(value.Trim(), ignoreCase: true, out var level) && Enum.IsDefined(level) && char.IsLetter(value.Trim()[0])) return level;
        errors.Add("minimumGerman", $"'{value}' ist kein GER-Niveau: A0 (keine Anforderung), A1, A2, B1, B2, C1 oder C2.");
        return CefrLevel.A0;
    }

    private static GeoPoint? Location(double? latitude, double? longitude, FieldErrors errors)
    {
        var ok = true;
        if (latitude is not { } lat) { errors.Add("latitude", "Pflichtfeld fehlt (Breitengrad des Arbeitsorts)."); ok = false; }
        else if (!double.IsFinite(lat) || lat < Germany.South || lat > Germany.North)
        {
            errors.Add("latitude", $"{lat.ToString(CultureInfo.InvariantCulture)} liegt nicht in Deutschland ({Germany.South} bis {Germany.North}); Breite und Länge vertauscht?");
            ok = false;
        }
        if (longitude is not { } lon) { errors.Add("longitude", "Pflichtfeld fehlt (Längengrad des Arbeitsorts)."); ok = false; }
        else if (!double.IsFinite(lon) || lon < Germany.West || lon > Germany.East)
        {
            errors.Add("longitude", $"{lon.ToString(CultureInfo.InvariantCulture)} liegt nicht in Deutschland ({Germany.West} bis {Germany.East}).");
            ok = false;
        }
        return ok ? new GeoPoint(latitude!.Value, longitude!.Value) : null;
    }

    private static PayPeriod Period(string? value, VacancyKind? kind, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "": return kind is VacancyKind.Job or null ? PayPeriod.Hour : PayPeriod.Month;
            case "hour" or "stunde": return PayPeriod.Hour;
            case "month" or "monat": return PayPeriod.Month;
            default: errors.Add("payPeriod", $"'{value}' ist kein Zeitraum: Hour oder Month (Stunde, Monat)."); return PayPeriod.Hour;
        }
    }

    /// <summary>An ISO (2027-08-01) or German (01.08.2027) date between 2000 and 2100.</summary>
    public static DateOnly? Date(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors.Add(field, "Pflichtfeld fehlt (Datum als JJJJ-MM-TT oder TT.MM.JJJJ)."); return null; }
        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
            return date;
        errors.Add(field, $"'{value}' ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ, Jahr 2000 bis 2100).");
        return null;
    }
}
