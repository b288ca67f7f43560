using System.Text.RegularExpressions;
using Matcher.Api.Requests;
using Matcher.Api.Vacancies;
using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Residence;
using Matcher.Core.Taxonomy;

namespace Matcher.Api.Candidates;

/// <summary>Checks what JSON typing cannot: ranges, dates, codes and skills known to the taxonomy, consent not in the future.</summary>
public sealed partial class CandidateInputValidator(OccupationTaxonomy taxonomy, TimeProvider clock)
{
    public Candidate? Validate(CandidateInput input, string id, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        FreeText.Check(input.Name, "name", 200, required: true, errors);
        FreeText.Check(input.Contact, "contact", 300, required: false, errors, phoneAllowed: true);
        FreeText.Check(input.ExternalId, "externalId", 100, required: false, errors);
        if (input.Consent is { } consent)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (consent.GivenOn > today) errors.Add("consent.givenOn", $"{consent.GivenOn:yyyy-MM-dd} liegt in der Zukunft.");
            if (consent.GivenOn.Year < 2000) errors.Add("consent.givenOn", $"{consent.GivenOn:yyyy-MM-dd} ist kein plausibles Datum.");
            FreeText.Check(consent.Scope, "consent.scope", 200, required: true, errors);
        }
        if (input.Monitoring is { } monitoring)
        {
            var year = clock.GetLocalNow().Year;
            if (monitoring.Gender is { } gender && !Monitoring.MonitoringCodes.Genders.ContainsKey(gender))
                errors.Add("monitoring.gender", $"'{RequestProblem.Quoted(gender)}' ist keine Angabe: {string.Join(", ", Monitoring.MonitoringCodes.Genders.Keys)} oder weglassen.");
            if (monitoring.BirthYear is { } born && (born < year - 80 || born > year - 14))
                errors.Add("monitoring.birthYear", $"{born} ist kein plausibles Geburtsjahr ({year - 80} bis {year - 14}).");
            if (monitoring.OriginRegion is { } origin && !Monitoring.MonitoringCodes.OriginRegions.ContainsKey(origin))
                errors.Add("monitoring.originRegion", $"'{RequestProblem.Quoted(origin)}' ist keine Herkunftsregion: {string.Join(", ", Monitoring.MonitoringCodes.OriginRegions.Keys)} oder weglassen.");
        }
        var p = input.Profile;
        InGermany(p.Home, "profile.home", errors);
        if (p.Mobility.MaxDailyCommuteMinutes is < 1 or > 600)
            errors.Add("profile.mobility.maxDailyCommuteMinutes", $"{p.Mobility.MaxDailyCommuteMinutes} ist ungültig: 1 bis 600 Minuten Hin- und Rückweg pro Tag.");
        if ((int)p.Mobility.Modes is < 0 or > 7) errors.Add("profile.mobility.modes", "Unbekannte Verkehrsmittel.");
        if (p.Mobility.Modes.HasFlag(CommuteModes.Car) && !p.Mobility.HasDrivingLicence)
            errors.Add("profile.mobility.modes", "Auto ohne Führerschein: hasDrivingLicence muss true sein, oder Car weglassen.");
        var r = p.Residence;
        PlausibleDate(r.StaySince, "profile.residence.staySince", errors);
        PlausibleDate(r.TitleSince, "profile.residence.titleSince", errors);
        if (r.ValidUntil is { } until && until < r.TitleSince) errors.Add("profile.residence.validUntil", "Liegt vor titleSince.");
        if (r.InsuredEmploymentMonths is < 0 or > 600) errors.Add("profile.residence.insuredEmploymentMonths", "0 bis 600 Monate.");
        if (!Enum.IsDefined(r.Title)) errors.Add("profile.residence.title", "Unbekannter Aufenthaltsstatus.");
        if (r.Title == ResidenceTitle.Fiktionsbescheinigung81Abs4)
        {
            if (r.PreviousTitle is not { } previous)
                errors.Add("profile.residence.previousTitle", "Bei einer Fiktionsbescheinigung nach §81 Abs. 4 AufenthG gilt der bisherige Titel fort: bitte ihn angeben.");
            else if (previous is ResidenceTitle.Fiktionsbescheinigung81Abs3 or ResidenceTitle.Fiktionsbescheinigung81Abs4 || !Enum.IsDefined(previous))
                errors.Add("profile.residence.previousTitle", "Der bisherige Titel muss ein Aufenthaltstitel sein, keine Fiktionsbescheinigung.");
        }
        else if (r.PreviousTitle is not null)
        {
            errors.Add("profile.residence.previousTitle", "Nur bei einer Fiktionsbescheinigung nach §81 Abs. 4 AufenthG anzugeben.");
        }
        PlausibleDate(p.AvailableFrom, "profile.availableFrom", errors);
        for (var i = 0; i < (p.OtherLanguages?.Count ?? 0); i++)
            if (!LanguageCode().IsMatch(p.OtherLanguages![i].Language))
                errors.Add($"profile.otherLanguages[{i}].language", $"'{p.OtherLanguages[i].Language}' ist kein zweibuchstabiger ISO-639-1-Code (z. B. ar, uk, fa).");
        for (var i = 0; i < (p.Qualifications?.Count ?? 0); i++)
        {
            var q = p.Qualifications![i];
            Known(q.Occupation, $"profile.qualifications[{i}].occupation", errors);
            if (!CountryCode().IsMatch(q.Country)) errors.Add($"profile.qualifications[{i}].country", $"'{q.Country}' ist kein ISO-3166-Ländercode (z. B. SY, UA, DE).");
            if (q.RecognitionGaps.Count > 30) errors.Add($"profile.qualifications[{i}].recognitionGaps", "Höchstens 30 Einträge.");
            for (var g = 0; g < q.RecognitionGaps.Count; g++)
                FreeText.Check(q.RecognitionGaps[g], $"profile.qualifications[{i}].recognitionGaps[{g}]", 200, required: true, errors);
        }
        foreach (var skill in p.Skills ?? new HashSet<string>())
            if (!taxonomy.Skills.ContainsKey(skill)) errors.Add("profile.skills", $"Die Fähigkeit '{skill}' ist in der Taxonomie nicht enthalten.");
        if (p.CurrentJob is { } job)
        {
            Known(job.Occupation, "profile.currentJob.occupation", errors);
            if (job.HourlyWageEur is < 0 or > 500) errors.Add("profile.currentJob.hourlyWageEur", "0 bis 500 € brutto pro Stunde.");
        }
        var desired = p.Preferences.DesiredOccupations;
        if (desired.Count > 10) errors.Add("profile.preferences.desiredOccupations", "Höchstens 10 Wunschberufe.");
        for (var i = 0; i < desired.Count; i++) Known(desired[i], $"profile.preferences.desiredOccupations[{i}]", errors);
        return errors.Any ? null : p.ToCandidate(id);
    }

    /// <summary>The organisation's own id of the person, trimmed; null when not given.</summary>
    public static string? ExternalIdOf(CandidateInput input) => string.IsNullOrWhiteSpace(input.ExternalId) ? null : input.ExternalId.Trim();

    private void Known(OccupationCode code, string field, FieldErrors errors)
    {
        if (taxonomy.Find(code) is null) errors.Add(field, $"Die Berufsgattung {code} ist in der Taxonomie dieses Dienstes nicht enthalten.");
    }

    private static void InGermany(GeoPoint point, string field, FieldErrors errors)
    {
        var box = VacancyInputValidator.Germany;
        if (point.Latitude < box.South || point.Latitude > box.North || point.Longitude < box.West || point.Longitude > box.East)
            errors.Add(field, $"({point.Latitude}, {point.Longitude}) liegt nicht in Deutschland; Breite und Länge vertauscht?");
    }

    private static void PlausibleDate(DateOnly date, string field, FieldErrors errors)
    {
        if (date.Year is < 1950 or > 2100) errors.Add(field, $"{date:yyyy-MM-dd} ist kein plausibles Datum.");
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
