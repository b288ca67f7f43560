using System.Collections.Immutable;
using Matcher.Core.People;
using Matcher.Core.Residence;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Generation;

/// <summary>
/// Generates plausible, entirely synthetic regions from a seed: the same seed, sizes, profile and date
/// always give the same region. The mixes (residence statuses, German levels, helper share, apprenticeship
/// places) follow the proportions reported for refugees in eastern Germany; they are illustrations, not statistics.
/// </summary>
/// <param name="commonOccupations">The occupations the region's people and SMEs are drawn from (those rural SMEs recruit
/// for, the curated taxonomy's); all of the taxonomy's when null or when none of them is in it. Drawn from all 1,301
/// Berufsgattungen alike, a region would be full of prompters and music directors.</param>
public sealed class RegionGenerator(OccupationTaxonomy taxonomy, IReadOnlyCollection<OccupationCode>? commonOccupations = null)
{
    private static readonly string[] OriginCountries = ["SY", "AF", "UA", "IQ", "ER", "TR", "IR", "SO", "RU", "GE"];
    private static readonly string[] EmployerNames = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann"];
    private static readonly string[] EmployerForms = ["GmbH", "GmbH & Co. KG", "e. K.", "KG", "AG", "OHG"];

    /// <summary>A region of <paramref name="candidates"/> people and <paramref name="vacancies"/> offers as of <paramref name="asOf"/>.</summary>
    public Region Generate(RegionProfile profile, int candidates, int vacancies, DateOnly asOf, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(vacancies);
        var random = new Random(seed);
        var common = (commonOccupations ?? []).Select(taxonomy.Find).OfType<Occupation>().ToArray();
        var all = (common.Length > 0 ? common : [.. taxonomy.Occupations.Values]).OrderBy(o => o.Code.Value).ToArray();
        var byLevel = Enum.GetValues<RequirementLevel>().ToDictionary(l => l, l => all.Where(o => o.Level == l).ToArray());
        var apprenticeships = all.Where(o => o.IsApprenticeship).ToArray();
        var people = new List<Candidate>(candidates);
        for (var i = 0; i < candidates; i++) people.Add(MakeCandidate(random, profile, asOf, i, byLevel, apprenticeships, all));
        var offers = new List<Vacancy>(vacancies);
        for (var i = 0; i < vacancies; i++)
        {
            var offer = MakeVacancy(random, profile, asOf, i, byLevel, apprenticeships);
            offers.Add(offer with { Employer = EmployerName(offer, profile) });
        }
        return new Region(profile.Name, asOf, people, offers);
    }

    private Candidate MakeCandidate(Random r, RegionProfile profile, DateOnly asOf, int index,
        Dictionary<RequirementLevel, Occupation[]> byLevel, Occupation[] apprenticeships, Occupation[] all)
    {
        var residence = MakeResidence(r, asOf);
        var german = PickWeighted(r, [(CefrLevel.A0, 4), (CefrLevel.A1, 14), (CefrLevel.A2, 30), (CefrLevel.B1, 30), (CefrLevel.B2, 16), (CefrLevel.C1, 6)]);
        var qualifications = new List<Qualification>();
        var roll = r.NextDouble();
        if (roll < 0.40) qualifications.Add(MakeQualification(r, Pick(r, apprenticeships)));
        else if (roll < 0.55) qualifications.Add(MakeQualification(r, Pick(r, r.NextDouble() < 0.6 ? byLevel[RequirementLevel.Experte] : byLevel[RequirementLevel.Spezialist])));

        CurrentJob? job = null;
        if (r.NextDouble() < 0.4)
        {
            var helper = r.NextDouble() < 0.65 || qualifications.Count == 0;
            var occupation = helper ? Pick(r, byLevel[RequirementLevel.Helfer]) : Pick(r, byLevel[RequirementLevel.Fachkraft]);
            var wage = helper ? 13.90m + r.Next(0, 160) / 100m : 15m + r.Next(0, 500) / 100m;
            job = new CurrentJob(occupation.Code, occupation.Level, wage);
        }

        var skills = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in qualifications.Select(q => q.Occupation).Concat(job is null ? [] : [job.Occupation]))
            foreach (var s in taxonomy.EssentialSkills(code).Concat(taxonomy.OptionalSkills(code)))
                if (r.NextDouble() < 0.6) skills.Add(s);
        var general = new[] { "teamwork", "reliability", "physical-work", "customer-contact", "digital-basics", "first-aid", "hand-tools", "cleaning-maintenance", "food-prep", "picking" };
        for (var n = r.Next(0, 4); n > 0; n--) skills.Add(Pick(r, general));

        var hasLicence = r.NextDouble() < 0.3;
        var modes = CommuteModes.None;
        if (hasLicence && r.NextDouble() < 0.8) modes |= CommuteModes.Car;
        if (r.NextDouble() < 0.85) modes |= CommuteModes.PublicTransport;
        if (r.NextDouble() < 0.4) modes |= CommuteModes.Bicycle;
        var mobility = new Mobility(modes, 60 + 10 * r.Next(0, 10), hasLicence);

        var desired = new List<OccupationCode>();
        if (qualifications.Count > 0 && r.NextDouble() < 0.7) desired.Add(qualifications[0].Occupation);
        if (r.NextDouble() < 0.6) desired.Add(Pick(r, r.NextDouble() < 0.5 ? apprenticeships : all).Code);
        var prefs = new CandidatePreferences(desired, r.NextDouble() < 0.25, r.NextDouble() < 0.55,
            r.NextDouble() < (qualifications.Count == 0 ? 0.7 : 0.3));

        var languages = new List<LanguageSkill> { new(Pick(r, ["ar", "uk", "ru", "fa", "ti", "ps", "ku", "so"]), CefrLevel.C2) };
        if (r.NextDouble() < 0.35) languages.Add(new LanguageSkill("en", PickWeighted(r, [(CefrLevel.A2, 3), (CefrLevel.B1, 3), (CefrLevel.B2, 2), (CefrLevel.C1, 1)])));

        return new Candidate(
            $"K-{index + 1:D6}", Place(r, profile, 4), mobility, german, languages, residence, qualifications,
            skills, job, prefs, asOf.AddDays(r.Next(0, 60)));
    }

    private Qualification MakeQualification(Random r, Occupation occupation)
    {
        var country = Pick(r, OriginCountries);
        var recognition = PickWeighted(r, [(RecognitionState.None, 45), (RecognitionState.Pending, 15), (RecognitionState.Partial, 15), (RecognitionState.Full, 25)]);
        var gaps = recognition == RecognitionState.Partial
            ? taxonomy.EssentialSkills(occupation.Code).Where(_ => r.NextDouble() < 0.3).Take(2).Select(s => taxonomy.Skills[s].LabelDe).ToList()
            : [];
        return new Qualification(occupation.Code, occupation.Level, country, recognition, gaps);
    }

    private static ResidenceStatus MakeResidence(Random r, DateOnly asOf)
    {
        var title = PickWeighted(r,
        [
            (ResidenceTitle.Fluechtlingseigenschaft, 22), (ResidenceTitle.SubsidiaererSchutz, 12), (ResidenceTitle.Asylberechtigung, 2),
            (ResidenceTitle.Abschiebungsverbot, 3), (ResidenceTitle.VoruebergehenderSchutz, 25), (ResidenceTitle.Aufenthaltsgestattung, 12),
            (ResidenceTitle.Duldung, 9), (ResidenceTitle.Ausbildungsduldung, 2), (ResidenceTitle.Beschaeftigungsduldung, 2),
            (ResidenceTitle.Aufenthalt25b, 2), (ResidenceTitle.ChancenAufenthaltsrecht, 3), (ResidenceTitle.Niederlassungserlaubnis, 3),
            (ResidenceTitle.EuFreizuegigkeit, 2), (ResidenceTitle.Fachkraft18a, 1),
        ]);
        var staySince = asOf.AddDays(-r.Next(20, 9 * 365));
        var titleSince = staySince.AddDays(r.Next(0, Math.Max(1, asOf.DayNumber - staySince.DayNumber)));
        var facts = ResidenceFacts.None;
        if (r.NextDouble() < 0.6) facts |= ResidenceFacts.IdentityClarified;
        switch (title)
        {
            case ResidenceTitle.Aufenthaltsgestattung when r.NextDouble() < 0.1:
                facts |= ResidenceFacts.SafeCountryOfOrigin;
                break;
            case ResidenceTitle.Duldung or ResidenceTitle.Ausbildungsduldung or ResidenceTitle.Beschaeftigungsduldung:
                if (r.NextDouble() < 0.12) facts |= ResidenceFacts.EmploymentBan;
                if (r.NextDouble() < 0.08) facts |= ResidenceFacts.UnclearIdentity;
                if (r.NextDouble() < 0.5) facts |= ResidenceFacts.LivelihoodSecured | ResidenceFacts.GermanA2Proven;
                break;
        }
        DateOnly? validUntil = title is ResidenceTitle.Niederlassungserlaubnis or ResidenceTitle.EuFreizuegigkeit ? null : asOf.AddDays(r.Next(60, 3 * 365));
        return new ResidenceStatus(title, staySince, titleSince, validUntil, facts, r.Next(0, 30));
    }

    private Vacancy MakeVacancy(Random r, RegionProfile profile, DateOnly asOf, int index,
        Dictionary<RequirementLevel, Occupation[]> byLevel, Occupation[] apprenticeships)
    {
        var kind = PickWeighted(r, [(VacancyKind.Job, 65), (VacancyKind.Apprenticeship, 28), (VacancyKind.Einstiegsqualifizierung, 7)]);
        var occupation = kind == VacancyKind.Job
            ? Pick(r, byLevel[PickWeighted(r, [(RequirementLevel.Helfer, 35), (RequirementLevel.Fachkraft, 50), (RequirementLevel.Spezialist, 10), (RequirementLevel.Experte, 5)])])
            : Pick(r, apprenticeships);
        var level = kind == VacancyKind.Job ? occupation.Level : RequirementLevel.Fachkraft;
        var german = kind switch
        {
            VacancyKind.Einstiegsqualifizierung => CefrLevel.A2,
            VacancyKind.Apprenticeship => r.NextDouble() < 0.7 ? CefrLevel.B1 : CefrLevel.B2,
            _ => level switch
            {
                RequirementLevel.Helfer => r.NextDouble() < 0.2 ? CefrLevel.A1 : r.NextDouble() < 0.75 ? CefrLevel.A2 : CefrLevel.B1,
                RequirementLevel.Fachkraft => occupation.IsRegulated || r.NextDouble() < 0.4 ? CefrLevel.B2 : CefrLevel.B1,
                RequirementLevel.Spezialist => CefrLevel.B2,
                _ => CefrLevel.C1,
            },
        };
        var start = asOf.AddDays(r.Next(0, 120));
        var essentials = taxonomy.EssentialSkills(occupation.Code);
        IReadOnlyList<string> chosen = r.NextDouble() < 0.6 || essentials.Length < 3 ? [] : essentials.Where(_ => r.NextDouble() < 0.7).ToList();
        var pay = kind switch
        {
            VacancyKind.Apprenticeship => new Pay(724m + 10m * r.Next(0, 40), PayPeriod.Month),
            VacancyKind.Einstiegsqualifizierung => new Pay(300m + 10m * r.Next(0, 20), PayPeriod.Month),
            _ => new Pay(level switch
            {
                RequirementLevel.Helfer => Scoring.StatutoryPay.MinimumWagePerHour(start) + r.Next(0, 200) / 100m,
                RequirementLevel.Fachkraft => 15m + r.Next(0, 600) / 100m,
                RequirementLevel.Spezialist => 19m + r.Next(0, 800) / 100m,
                _ => 25m + r.Next(0, 1300) / 100m,
            }, PayPeriod.Hour),
        };
        var drives = occupation.Code.Group is 521 or 525;
        return new Vacancy(
            $"S-{index + 1:D6}",
            $"{Pick(r, EmployerNames)} {Pick(r, EmployerForms)}",
            kind,
            PickWeighted(r, [(1, 70), (2, 18), (3, 7), (5, 5)]),
            occupation.Code,
            level,
            chosen,
            [],
            german,
            drives || r.NextDouble() < 0.12,
            Place(r, profile, 3),
            pay,
            kind == VacancyKind.Job && r.NextDouble() < 0.2 ? 20 + 5 * r.Next(0, 3) : 40,
            r.NextDouble() < 0.3,
            kind == VacancyKind.Job && r.NextDouble() < 0.08,
            start);
    }

    private static GeoPoint Place(Random r, RegionProfile profile, double spreadKm)
    {
        var total = profile.Towns.Sum(t => t.Weight);
        var x = r.NextDouble() * total;
        var town = profile.Towns[^1];
        foreach (var t in profile.Towns)
        {
            if (x < t.Weight) { town = t; break; }
            x -= t.Weight;
        }
        // Scatter around the centre: villages belong to their town's catchment.
        var distance = spreadKm * Math.Sqrt(r.NextDouble());
        var angle = 2 * Math.PI * r.NextDouble();
        var lat = town.Centre.Latitude + distance / 111.0 * Math.Cos(angle);
        var lon = town.Centre.Longitude + distance / (111.0 * Math.Cos(town.Centre.Latitude * Math.PI / 180)) * Math.Sin(angle);
        return new GeoPoint(lat, lon);
    }

    /// <summary>
    /// "Müller GmbH" becomes "Müller Bau GmbH (Naumburg)": the trade from the occupation's Berufsbereich and the nearest
    /// town, so that an employer is one firm with a few vacancies in its trade, as SMEs are, not one name across the
    /// whole state (which employer limits would treat as one firm). Drawn from no random numbers, so everything else
    /// a seed makes stays the same.
    /// </summary>
    private static string EmployerName(Vacancy offer, RegionProfile profile)
    {
        var cut = offer.Employer.IndexOf(' ', StringComparison.Ordinal);
        var town = profile.Towns.MinBy(t => t.Centre.DistanceKmTo(offer.Location))!;
        return $"{offer.Employer[..cut]} {Trades[offer.Occupation.Value / 10_000]} {offer.Employer[(cut + 1)..]} ({town.Name})";
    }

    /// <summary>A trade word per Berufsbereich (the first digit of the KldB code, 0 the armed forces).</summary>
    private static readonly string[] Trades = ["Service", "Agrar", "Technik", "Bau", "Labor & IT", "Logistik", "Handel", "Büroservice", "Gesundheit & Pflege", "Medien"];

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static T PickWeighted<T>(Random r, (T Item, double Weight)[] weighted)
    {
        var x = r.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (item, weight) in weighted)
        {
            if (x < weight) return item;
            x -= weight;
        }
        return weighted[^1].Item;
    }
}
