using Matcher.Core;
using Matcher.Core.Residence;
using Matcher.Core.Vacancies;

namespace Matcher.Bench.Quality;

/// <summary>
/// Who may take up an offer, written for the quality benchmark straight from the statutes (AufenthG, AsylG, BeschV as of
/// 2026), independent of the service's rule book: a second reading to judge its proposals against. It answers whether the
/// person may start by the latest day the offer allows, so waiting periods that end by then count as met.
/// </summary>
public static class StatuteTable
{
    private static readonly DateOnly AsylumReform2024 = new(2024, 2, 27);

    /// <summary>Blue Card salary thresholds (§18g Abs. 1 AufenthG, general), by year as published; other years are unknown.</summary>
    private static readonly Dictionary<int, decimal> BlueCardThreshold = new() { [2025] = 48_300m, [2026] = 50_700m };

    /// <summary>May the person with <paramref name="status"/> take up <paramref name="vacancy"/> by <paramref name="latestStart"/>, judged on <paramref name="on"/>?</summary>
    public static bool MayTakeUp(ResidenceStatus status, Vacancy vacancy, DateOnly on, DateOnly latestStart)
    {
        if (status.ValidUntil is { } until && until < on) return false; // §4 Abs. 1: no valid document, no work
        var title = status.Title;
        if (title == ResidenceTitle.Fiktionsbescheinigung81Abs4)
        {
            // §81 Abs. 4: the previous title continues with its rights.
            if (status.PreviousTitle is not { } previous) return false;
            title = previous;
        }
        var stay = Months(status.StaySince, latestStart);
        var consentFree = vacancy.Kind is VacancyKind.Apprenticeship or VacancyKind.Einstiegsqualifizierung; // §32 Abs. 2 BeschV
        // §40 Abs. 1 Nr. 2 AufenthG: the BA refuses consent for agency work; consent is waived after 4 years (§32 Abs. 3 BeschV).
        bool AgencyBarred(bool needsConsent) => needsConsent && vacancy.TemporaryAgencyWork;
        switch (title)
        {
            case ResidenceTitle.Asylberechtigung or ResidenceTitle.Fluechtlingseigenschaft or ResidenceTitle.SubsidiaererSchutz or ResidenceTitle.Abschiebungsverbot
                or ResidenceTitle.VoruebergehenderSchutz or ResidenceTitle.Aufenthalt25a or ResidenceTitle.Aufenthalt25b or ResidenceTitle.ChancenAufenthaltsrecht
                or ResidenceTitle.Niederlassungserlaubnis or ResidenceTitle.EuFreizuegigkeit or ResidenceTitle.Aufnahmeprogramm23
                or ResidenceTitle.Aufenthalt25Abs4 or ResidenceTitle.Aufenthalt25Abs5 or ResidenceTitle.Familiennachzug:
                return true; // §4a Abs. 1: the title entitles to any work
            case ResidenceTitle.Aufenthaltsgestattung:
                if (status.Has(ResidenceFacts.SafeCountryOfOrigin)) return false; // §61 Abs. 1 Nr. 3 / Abs. 2 S. 4 AsylG
                var wait = status.Has(ResidenceFacts.ObligedToLiveInReceptionCentre) ? (on >= AsylumReform2024 ? 6 : 9) : 3; // §61 Abs. 1, 2 AsylG
                return stay >= wait && !AgencyBarred(!consentFree && stay < 48);
            case ResidenceTitle.Duldung or ResidenceTitle.Ausbildungsduldung or ResidenceTitle.Beschaeftigungsduldung:
                if (status.Has(ResidenceFacts.EmploymentBan) || status.Has(ResidenceFacts.UnclearIdentity)) return false; // §60a Abs. 6, §60b Abs. 5
                if (status.Has(ResidenceFacts.SafeCountryOfOrigin)
                    && (status.Has(ResidenceFacts.AsylumClaimAfterAugust2015RejectedOrWithdrawn) || status.Has(ResidenceFacts.NoAsylumClaim))) return false; // §60a Abs. 6 S. 1 Nr. 3
                if (title == ResidenceTitle.Ausbildungsduldung)
                    return vacancy.Kind == VacancyKind.Apprenticeship && status.Has(ResidenceFacts.IdentityClarified)
                        && (status.Has(ResidenceFacts.TrainingBeganDuringAsylumProcedure) || Months(status.TitleSince, latestStart) >= 3); // §60c
                if (title == ResidenceTitle.Beschaeftigungsduldung) return !AgencyBarred(!consentFree && stay < 48); // §60d: valid while granted
                return (consentFree || stay >= 3) && !AgencyBarred(!consentFree && stay < 48); // §32 Abs. 1, 2 BeschV
            case ResidenceTitle.Fiktionsbescheinigung81Abs3:
                return !AgencyBarred(!consentFree && stay < 48); // work only with the Ausländerbehörde's permit
            case ResidenceTitle.Fachkraft18a or ResidenceTitle.Fachkraft18b:
                return vacancy.Kind == VacancyKind.Job && vacancy.RequiredLevel >= RequirementLevel.Fachkraft && !vacancy.TemporaryAgencyWork;
            case ResidenceTitle.BlaueKarte:
                var year = Max(on, vacancy.StartDate).Year;
                return vacancy.Kind == VacancyKind.Job && vacancy.RequiredLevel >= RequirementLevel.Spezialist
                    && BlueCardThreshold.TryGetValue(year, out var threshold) && AnnualPay(vacancy) >= threshold;
            default:
                return false; // a title this table does not know is not provably legal
        }
    }

    private static decimal AnnualPay(Vacancy v) => v.Pay.Period == PayPeriod.Hour ? v.Pay.AmountEur * (decimal)v.WeeklyHours * 52m : v.Pay.AmountEur * 12m;

    private static int Months(DateOnly from, DateOnly to)
    {
        if (to < from) return 0;
        var m = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return from.AddMonths(m) > to ? m - 1 : m;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
