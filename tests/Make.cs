using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Residence;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Tests;

/// <summary>Builders for test data: a plain, fully eligible candidate and vacancy to vary with <c>with</c>.</summary>
internal static class Make
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static readonly GeoPoint Naumburg = new(51.1500, 11.8097);

    private static readonly Lazy<OccupationTaxonomy> LazyTaxonomy =
        new(() => TaxonomyLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "taxonomy")));

    /// <summary>The shipped taxonomy (data/taxonomy, copied next to the test assembly).</summary>
    public static OccupationTaxonomy Taxonomy => LazyTaxonomy.Value;

    private static readonly Lazy<TitleResolver> LazyResolver = new(() => new TitleResolver(Taxonomy));

    /// <summary>One title resolver over the shipped taxonomy for all tests (building one takes seconds).</summary>
    public static TitleResolver Resolver => LazyResolver.Value;

    private static readonly Lazy<OccupationTaxonomy> LazyCurated =
        new(() => TaxonomyLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "curated")));

    /// <summary>The curated taxonomy (data/curated) the shipped one layers on top of the official files.</summary>
    public static OccupationTaxonomy CuratedTaxonomy => LazyCurated.Value;

    /// <summary>The occupations generated regions draw from, as the demo region does: the curated taxonomy's.</summary>
    public static IReadOnlyCollection<OccupationCode> CommonOccupations => [.. CuratedTaxonomy.Occupations.Keys];

    public static OccupationCode Code(string code) => OccupationCode.Parse(code);

    public static ResidenceStatus Residence(ResidenceTitle title, DateOnly staySince, DateOnly? titleSince = null, ResidenceFacts facts = ResidenceFacts.None, int insuredMonths = 0) =>
        new(title, staySince, titleSince ?? staySince, null, facts, insuredMonths);

    public static Candidate Candidate(string id = "K-1") => new(
        id,
        Naumburg,
        new Mobility(CommuteModes.PublicTransport | CommuteModes.Bicycle, 120, false),
        CefrLevel.B1,
        [],
        Residence(ResidenceTitle.Fluechtlingseigenschaft, new DateOnly(2022, 3, 1)),
        [],
        new HashSet<string>(),
        null,
        new CandidatePreferences([], false, true, true),
        Today);

    public static Vacancy Vacancy(string id = "S-1", VacancyKind kind = VacancyKind.Job, string occupation = "51312") => new(
        id,
        "Müller GmbH",
        kind,
        1,
        Code(occupation),
        kind == VacancyKind.Job ? Code(occupation).Level : RequirementLevel.Fachkraft,
        [],
        [],
        CefrLevel.B1,
        false,
        new GeoPoint(51.1600, 11.8200),
        kind == VacancyKind.Job ? new Pay(16m, PayPeriod.Hour) : new Pay(900m, PayPeriod.Month),
        40,
        false,
        false,
        Today.AddDays(14));

    public static Qualification Qualification(string occupation, RecognitionState recognition, params string[] gaps) =>
        new(Code(occupation), Code(occupation).Level, "SY", recognition, gaps);
}
