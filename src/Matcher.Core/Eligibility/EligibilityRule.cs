using Matcher.Core.Residence;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Eligibility;

/// <summary>
/// One row of the rule book. A rule applies when all its conditions hold; the first applying rule in
/// book order decides. Conditions that are not yet met but will be (waiting periods) turn into a
/// "permitted from" date instead of excluding the rule.
/// </summary>
/// <param name="Id">Stable id, shown in outcomes.</param>
/// <param name="Titles">Residence titles the rule is about.</param>
/// <param name="ValidFrom">First day the rule is law (inclusive); null = always.</param>
/// <param name="ValidTo">Last day the rule is law (inclusive); null = still in force.</param>
/// <param name="VacancyKinds">Kinds of vacancy it covers; null = all.</param>
/// <param name="ConsentFreeJob">true: only jobs that are consent-free (§32(2) BeschV); false: only the others; null: both.</param>
/// <param name="MinRequiredLevel">Only vacancies at or above this requirement level.</param>
/// <param name="RequireFacts">Facts that must all be set.</param>
/// <param name="ForbidFacts">Facts that must all be clear.</param>
/// <param name="MinStayMonths">Only when the stay has lasted at least this many months on the date.</param>
/// <param name="MaxStayMonths">Only when the stay has lasted less than this many months on the date.</param>
/// <param name="StaySinceOnOrBefore">Only when the stay began on or before this date.</param>
/// <param name="MinInsuredEmploymentMonths">Only with at least this many months of insured work.</param>
/// <param name="MinAnnualSalaryEur">Only when the vacancy pays at least this gross per year.</param>
/// <param name="Grant">What the rule grants.</param>
/// <param name="BaConsent">Whether BA consent is needed, before the waivers below.</param>
/// <param name="BaConsentWaivedAfterStayMonths">No BA consent once the stay has lasted this long (§32(3) BeschV: 4 years).</param>
/// <param name="BaConsentWaivedForConsentFreeJobs">No BA consent for consent-free jobs (apprenticeships, EQ).</param>
/// <param name="WaitMonthsSinceStay">Waiting period counted from <see cref="ResidenceStatus.StaySince"/>.</param>
/// <param name="WaitMonthsSinceTitle">Waiting period counted from <see cref="ResidenceStatus.TitleSince"/>.</param>
/// <param name="LegalBasis">Paragraphs, e.g. "§61 Abs. 1 AsylG".</param>
/// <param name="Reason">German sentence for coaches.</param>
/// <param name="Route">Optional German sentence on a legal route the situation opens (shown to coaches).</param>
public sealed record EligibilityRule(
    string Id,
    IReadOnlyList<ResidenceTitle> Titles,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<VacancyKind>? VacancyKinds,
    bool? ConsentFreeJob,
    RequirementLevel? MinRequiredLevel,
    ResidenceFacts RequireFacts,
    ResidenceFacts ForbidFacts,
    int? MinStayMonths,
    int? MaxStayMonths,
    DateOnly? StaySinceOnOrBefore,
    int? MinInsuredEmploymentMonths,
    decimal? MinAnnualSalaryEur,
    RuleGrant Grant,
    bool BaConsent,
    int? BaConsentWaivedAfterStayMonths,
    bool BaConsentWaivedForConsentFreeJobs,
    int? WaitMonthsSinceStay,
    int? WaitMonthsSinceTitle,
    string LegalBasis,
    string Reason,
    string? Route = null);
