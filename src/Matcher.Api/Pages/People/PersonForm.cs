using System.Globalization;
using Matcher.Api.Candidates;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Core;
using Matcher.Core.Generation;
using Matcher.Core.People;
using Matcher.Core.Residence;
using Matcher.Core.Taxonomy;

namespace Matcher.Api.Pages.People;

/// <summary>
/// The intake form for a person as text fields, turned into the API's <see cref="CandidateInput"/> (so the same
/// validation applies). Occupations may be typed as titles: a title that resolves confidently counts, another is an
/// error with suggestions; skills may be typed by their German names.
/// </summary>
public sealed class PersonForm
{
    public const int QualificationRows = 3;

    public string? Name { get; set; }
    public string? Contact { get; set; }
    public string? ExternalId { get; set; }
    public bool Consent { get; set; }
    public string? ConsentOn { get; set; }
    public string? ConsentScope { get; set; } = "Abgleich mit Stellen und Ausbildungsplätzen der Kammern in der Region";
    public string? Town { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public bool Car { get; set; }
    public bool PublicTransport { get; set; } = true;
    public bool Bicycle { get; set; }
    public bool DrivingLicence { get; set; }
    public string? MaxDailyCommuteMinutes { get; set; } = "90";
    public string Title { get; set; } = nameof(ResidenceTitle.Fluechtlingseigenschaft);
    public string? StaySince { get; set; }
    public string? TitleSince { get; set; }
    public string? ValidUntil { get; set; }
    public List<string> Facts { get; set; } = [];
    public string? PreviousTitle { get; set; }
    public string? InsuredEmploymentMonths { get; set; } = "0";
    public string GermanLevel { get; set; } = "A2";
    public string? OtherLanguages { get; set; }
    public List<QualificationForm> Qualifications { get; set; } = [.. Enumerable.Range(0, QualificationRows).Select(_ => new QualificationForm())];
    public string? Skills { get; set; }
    public string? CurrentJob { get; set; }
    public string? CurrentWage { get; set; }
    public string? DesiredOccupations { get; set; }
    public bool WantsPartTime { get; set; }
    public bool AcceptsShifts { get; set; } = true;
    public bool InterestedInApprenticeship { get; set; }
    public string? AvailableFrom { get; set; }
    public string? Gender { get; set; }
    public string? BirthYear { get; set; }
    public string? OriginRegion { get; set; }

    public static PersonForm Of(StoredCandidate stored, OccupationTaxonomy taxonomy)
    {
        var c = stored.Candidate;
        var r = c.Residence;
        string Title(OccupationCode code) => taxonomy.Find(code)?.TitleDe ?? code.ToString();
        var form = new PersonForm
        {
            Name = stored.Name, Contact = stored.Contact, ExternalId = stored.ExternalId, Consent = stored.ConsentGivenOn is not null, ConsentOn = Iso(stored.ConsentGivenOn),
            ConsentScope = stored.ConsentScope ?? new PersonForm().ConsentScope,
            Latitude = c.Home.Latitude.ToString("0.#####", CultureInfo.InvariantCulture), Longitude = c.Home.Longitude.ToString("0.#####", CultureInfo.InvariantCulture),
            Car = c.Mobility.Modes.HasFlag(CommuteModes.Car), PublicTransport = c.Mobility.Modes.HasFlag(CommuteModes.PublicTransport),
            Bicycle = c.Mobility.Modes.HasFlag(CommuteModes.Bicycle), DrivingLicence = c.Mobility.HasDrivingLicence,
            MaxDailyCommuteMinutes = c.Mobility.MaxDailyCommuteMinutes.ToString(CultureInfo.InvariantCulture),
            Title = r.Title.ToString(), StaySince = Iso(r.StaySince), TitleSince = Iso(r.TitleSince), ValidUntil = Iso(r.ValidUntil),
            Facts = [.. Enum.GetValues<ResidenceFacts>().Where(f => f != ResidenceFacts.None && r.Has(f)).Select(f => f.ToString())],
            PreviousTitle = r.PreviousTitle?.ToString(), InsuredEmploymentMonths = r.InsuredEmploymentMonths.ToString(CultureInfo.InvariantCulture),
            GermanLevel = c.GermanLevel.ToString(),
            OtherLanguages = string.Join(", ", c.OtherLanguages.Select(l => $"{l.Language} {l.Level}")),
            Skills = string.Join(", ", c.Skills.Order(StringComparer.Ordinal).Select(s => taxonomy.Skills.TryGetValue(s, out var skill) ? skill.LabelDe : s)),
            CurrentJob = c.CurrentJob is { } job ? Title(job.Occupation) : null,
            CurrentWage = c.CurrentJob?.HourlyWageEur.ToString("0.00", CultureInfo.GetCultureInfo("de-DE")),
            DesiredOccupations = string.Join("; ", c.Preferences.DesiredOccupations.Select(Title)),
            WantsPartTime = c.Preferences.WantsPartTime, AcceptsShifts = c.Preferences.AcceptsShifts, InterestedInApprenticeship = c.Preferences.InterestedInApprenticeship,
            AvailableFrom = Iso(c.AvailableFrom),
            Gender = stored.Monitoring?.Gender, BirthYear = stored.Monitoring?.BirthYear?.ToString(CultureInfo.InvariantCulture), OriginRegion = stored.Monitoring?.OriginRegion,
        };
        for (var i = 0; i < Math.Min(QualificationRows, c.Qualifications.Count); i++)
        {
            var q = c.Qualifications[i];
            form.Qualifications[i] = new QualificationForm
            {
                Occupation = Title(q.Occupation), Country = q.Country, Recognition = q.Recognition.ToString(), Gaps = string.Join("; ", q.RecognitionGaps),
            };
        }
        return form;
    }

    /// <summary>The API's input, or null with the reasons in <paramref name="errors"/> for what could not even be read.</summary>
    public CandidateInput? ToInput(IReadOnlyList<Town> towns, OccupationTaxonomy taxonomy, TitleResolver titles, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        // Checked here too, so that a form with other gaps also says the name is missing.
        FreeText.Check(Name, "name", 200, required: true, errors);
        var town = towns.FirstOrDefault(t => t.Name == Town);
        var latitude = Number(Latitude, "profile.home", errors) ?? town?.Centre.Latitude;
        var longitude = Number(Longitude, "profile.home", errors) ?? town?.Centre.Longitude;
        if (latitude is null || longitude is null) errors.Add("profile.home", "Bitte einen Ort wählen oder Breiten- und Längengrad angeben.");
        var minutes = Number(MaxDailyCommuteMinutes, "profile.mobility.maxDailyCommuteMinutes", errors);
        if (minutes is null) errors.Add("profile.mobility.maxDailyCommuteMinutes", "Pflichtfeld fehlt.");
        var modes = (Car ? CommuteModes.Car : 0) | (PublicTransport ? CommuteModes.PublicTransport : 0) | (Bicycle ? CommuteModes.Bicycle : 0);
        if (!Enum.TryParse<ResidenceTitle>(Title, out var title)) errors.Add("profile.residence.title", "Bitte einen Aufenthaltsstatus wählen.");
        ResidenceTitle? previous = Enum.TryParse<ResidenceTitle>(PreviousTitle, out var p) ? p : null;
        var facts = Facts.Select(f => Enum.TryParse<ResidenceFacts>(f, out var fact) ? fact : ResidenceFacts.None).Aggregate(ResidenceFacts.None, (a, b) => a | b);
        var stay = Date(StaySince, "profile.residence.staySince", errors, required: true);
        var titleSince = Date(TitleSince, "profile.residence.titleSince", errors, required: false) ?? stay;
        var validUntil = Date(ValidUntil, "profile.residence.validUntil", errors, required: false);
        var insured = (int)(Number(InsuredEmploymentMonths, "profile.residence.insuredEmploymentMonths", errors) ?? 0);
        if (!Enum.TryParse<CefrLevel>(GermanLevel, out var german)) errors.Add("profile.germanLevel", "Bitte ein Sprachniveau wählen.");
        var languages = new List<LanguageSkill>();
        foreach (var part in (OtherLanguages ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 2 && Enum.TryParse<CefrLevel>(pieces[1], ignoreCase: true, out var level)) languages.Add(new LanguageSkill(pieces[0].ToLowerInvariant(), level));
            else errors.Add("profile.otherLanguages", $"'{part}': bitte wie „ar C2, en B1“ angeben (ISO-Sprachcode und Niveau).");
        }
        var qualifications = new List<Qualification>();
        for (var i = 0; i < Qualifications.Count; i++)
        {
            var q = Qualifications[i];
            if (string.IsNullOrWhiteSpace(q.Occupation)) continue;
            var code = Occupation(q.Occupation, $"profile.qualifications[{qualifications.Count}].occupation", taxonomy, titles, errors);
            if (!Enum.TryParse<RecognitionState>(q.Recognition, out var recognition)) recognition = RecognitionState.None;
            var gaps = (q.Gaps ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (code is { } c) qualifications.Add(new Qualification(c, c.Level, (q.Country ?? "").Trim().ToUpperInvariant(), recognition, gaps));
        }
        var catalogue = Web.SkillCatalogue.For(taxonomy);
        var skills = (Skills ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(catalogue.IdOf).ToHashSet(StringComparer.Ordinal);
        CurrentJob? job = null;
        if (!string.IsNullOrWhiteSpace(CurrentJob) && Occupation(CurrentJob, "profile.currentJob.occupation", taxonomy, titles, errors) is { } jobCode)
            job = new CurrentJob(jobCode, jobCode.Level, (decimal)(Number(CurrentWage, "profile.currentJob.hourlyWageEur", errors) ?? 0));
        var desired = new List<OccupationCode>();
        foreach (var (text, i) in (DesiredOccupations ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((t, i) => (t, i)))
            if (Occupation(text, $"profile.preferences.desiredOccupations[{i}]", taxonomy, titles, errors) is { } code) desired.Add(code);
        var available = Date(AvailableFrom, "profile.availableFrom", errors, required: true);
        var consentOn = Consent ? Date(ConsentOn, "consent.givenOn", errors, required: true) : null;
        var birthYear = Number(BirthYear, "monitoring.birthYear", errors);
        if (errors.Any) return null;
        var residence = new ResidenceStatus(title, stay!.Value, titleSince!.Value, validUntil, facts, insured, previous);
        var profile = new CandidateProfile(new GeoPoint(latitude!.Value, longitude!.Value), new Mobility(modes, (int)minutes!.Value, DrivingLicence), german, residence,
            new CandidatePreferences(desired, WantsPartTime, AcceptsShifts, InterestedInApprenticeship), available!.Value, languages, qualifications, skills, job);
        return new CandidateInput(Name ?? "", profile, string.IsNullOrWhiteSpace(Contact) ? null : Contact, Consent ? new ConsentInput(consentOn!.Value, ConsentScope ?? "") : null,
            string.IsNullOrWhiteSpace(ExternalId) ? null : ExternalId,
            new Monitoring.MonitoringData(string.IsNullOrWhiteSpace(Gender) ? null : Gender, birthYear is { } y ? (int)y : null, string.IsNullOrWhiteSpace(OriginRegion) ? null : OriginRegion));
    }

    /// <summary>A 5-digit code as it is, or a title that resolves confidently; otherwise an error naming the closest occupations.</summary>
    private static OccupationCode? Occupation(string text, string field, OccupationTaxonomy taxonomy, TitleResolver titles, FieldErrors errors)
    {
        text = text.Trim();
        if (OccupationCode.TryParse(text, out var code) && taxonomy.Find(code) is not null) return code;
        var resolution = titles.Resolve(text, 3);
        if (resolution.Best is { } best) return best.Occupation.Code;
        errors.Add(field, resolution.Matches.Count == 0
            ? $"'{text}': kein Beruf gefunden; bitte anders benennen."
            : $"'{text}' ist nicht eindeutig: " + string.Join("; ", resolution.Matches.Select(m => $"{m.Occupation.TitleDe} ({m.Occupation.Code})")) + ". Bitte den genauen Beruf oder den Code eintragen.");
        return null;
    }

    private static double? Number(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && Math.Abs(n) < 1e6) return n;
        errors.Add(field, $"'{text}' ist keine Zahl.");
        return null;
    }

    private static DateOnly? Date(string? text, string field, FieldErrors errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(field, "Pflichtfeld fehlt.");
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(field, $"'{text}' ist kein Datum (TT.MM.JJJJ).");
        return null;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One qualification row of the intake form.</summary>
public sealed class QualificationForm
{
    public string? Occupation { get; set; }
    public string? Country { get; set; }
    public string Recognition { get; set; } = nameof(RecognitionState.None);
    public string? Gaps { get; set; }
}
