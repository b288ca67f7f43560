using Matcher.Core.Residence;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Eligibility;

/// <summary>
/// Decides whether a person may take up a vacancy: a pure function of the residence status, the
/// vacancy and the date, driven by an <see cref="EligibilityRuleBook"/>.
/// </summary>
public sealed class EligibilityChecker(EligibilityRuleBook rules, EligibilitySettings settings)
{
    /// <summary>The shipped rules with default settings.</summary>
    public static EligibilityChecker Default { get; } = new(EligibilityRuleBook.Default, EligibilitySettings.Default);

    public EligibilitySettings Settings => settings;

    /// <summary>The answer for <paramref name="status"/> and <paramref name="vacancy"/> as the law stands on <paramref name="on"/>.</summary>
    public EligibilityOutcome Check(ResidenceStatus status, Vacancy vacancy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(vacancy);
        if (Expired(status, on) is { } until)
            return NotPermitted("dokument-abgelaufen", "§4 Abs. 1 AufenthG",
                $"Das Aufenthaltsdokument ist seit {until:dd.MM.yyyy} abgelaufen; bitte den aktuellen Status (z. B. Fiktionsbescheinigung) eintragen.");
        if (Continued(status) is { } continued)
        {
            var under = Check(continued, vacancy, on);
            return under with
            {
                LegalBasis = $"§81 Abs. 4 AufenthG, {under.LegalBasis}",
                Reason = $"Fiktionsbescheinigung: der bisherige Aufenthaltstitel gilt bis zur Entscheidung fort. {under.Reason}",
                RuleId = "fiktion-81-4+" + under.RuleId,
            };
        }
        var consentFree = settings.ConsentFreeKinds.Contains(vacancy.Kind);
        if (FirstApplying(status, vacancy, on, consentFree, ignoreDates: false) is { } rule) return Decide(rule, status, vacancy, on, consentFree);
        // A rule that would apply but for its dates: the law for this day is missing from the book, which is no reason to say no.
        return FirstApplying(status, vacancy, on, consentFree, ignoreDates: true) is not null
            ? new EligibilityOutcome(EligibilityVerdict.RulesUnknown, null, false, false, "-",
                $"Für den {on:dd.MM.yyyy} ist die Rechtslage für diesen Aufenthaltsstatus nicht hinterlegt; bitte rechtlich prüfen lassen.", "keine-regel-fuer-datum")
            : NotPermitted("keine-regel", "-", "Für diesen Aufenthaltsstatus und diese Stelle ist keine Regel hinterlegt; bitte rechtlich prüfen lassen.");
    }

    /// <summary>Same as <c>Check(...).IsEligible</c> without building the outcome: for screening millions of pairs.</summary>
    public bool IsEligible(ResidenceStatus status, Vacancy vacancy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (Expired(status, on) is not null) return false;
        if (Continued(status) is { } continued) return IsEligible(continued, vacancy, on);
        var consentFree = settings.ConsentFreeKinds.Contains(vacancy.Kind);
        if (FirstApplying(status, vacancy, on, consentFree, ignoreDates: false) is not { } rule || rule.Grant is RuleGrant.NotPermitted or RuleGrant.Unknown) return false;
        var (_, consent) = WaitAndConsent(rule, status, on, consentFree);
        return !BlockedAsAgencyWork(consent, vacancy);
    }

    /// <summary>
    /// Under a Fiktionsbescheinigung §81(4) the previous title continues with its rights (§81(4) S. 1 AufenthG): the status
    /// to judge by, valid as long as the certificate. Null for every other status, and when no previous title is recorded.
    /// </summary>
    private static ResidenceStatus? Continued(ResidenceStatus status) =>
        status is { Title: ResidenceTitle.Fiktionsbescheinigung81Abs4, PreviousTitle: { } previous }
        && previous is not (ResidenceTitle.Fiktionsbescheinigung81Abs3 or ResidenceTitle.Fiktionsbescheinigung81Abs4)
            ? status with { Title = previous, PreviousTitle = null }
            : null;

    /// <summary>
    /// A key equal for two vacancies whenever <see cref="IsEligible"/> must give them the same answer for every status
    /// and date: it packs all the rules read from a vacancy (kind, required level, agency work, and which of the rule
    /// book's salary thresholds the pay reaches). Lets a batch decide once per candidate and vacancy class.
    /// </summary>
    public long VacancyClassKey(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var salary = AnnualSalaryEur(vacancy);
        var reached = 0;
        while (reached < salaryThresholds.Length && salary >= salaryThresholds[reached]) reached++;
        return (long)vacancy.Kind | ((long)vacancy.RequiredLevel << 8) | ((vacancy.TemporaryAgencyWork ? 1L : 0L) << 16) | ((long)reached << 24);
    }

    private readonly decimal[] salaryThresholds = [.. rules.Rules.Select(r => r.MinAnnualSalaryEur).OfType<decimal>().Distinct().Order()];

    private static DateOnly? Expired(ResidenceStatus status, DateOnly on) => status.ValidUntil is { } until && until < on ? until : null;

    private EligibilityRule? FirstApplying(ResidenceStatus status, Vacancy vacancy, DateOnly on, bool consentFree, bool ignoreDates)
    {
        foreach (var rule in rules.Rules)
            if (Applies(rule, status, vacancy, on, consentFree, ignoreDates)) return rule;
        return null;
    }

    /// <summary>The first day work is possible under <paramref name="rule"/>, and whether BA consent is needed then.</summary>
    private static (DateOnly From, bool Consent) WaitAndConsent(EligibilityRule rule, ResidenceStatus status, DateOnly on, bool consentFree)
    {
        var from = on;
        if (rule.WaitMonthsSinceStay is { } waitStay) from = Max(from, status.StaySince.AddMonths(waitStay));
        if (rule.WaitMonthsSinceTitle is { } waitTitle) from = Max(from, status.TitleSince.AddMonths(waitTitle));
        // Consent is judged on the day work can start, so a 4-year waiver that falls due by then counts.
        var consent = rule.BaConsent
            && !(rule.BaConsentWaivedForConsentFreeJobs && consentFree)
            && !(rule.BaConsentWaivedAfterStayMonths is { } waiver && FullMonthsBetween(status.StaySince, from) >= waiver);
        return (from, consent);
    }

    private bool BlockedAsAgencyWork(bool consent, Vacancy vacancy) =>
        consent && vacancy.TemporaryAgencyWork && !settings.AgencyWorkAllowedWhenBaConsentNeeded;

    private static bool Applies(EligibilityRule rule, ResidenceStatus status, Vacancy vacancy, DateOnly on, bool consentFree, bool ignoreDates)
    {
        if (!rule.Titles.Contains(status.Title)) return false;
        if (!ignoreDates && rule.ValidFrom is { } from && on < from) return false;
        if (!ignoreDates && rule.ValidTo is { } to && on > to) return false;
        if (rule.VacancyKinds is { } kinds && !kinds.Contains(vacancy.Kind)) return false;
        if (rule.ConsentFreeJob is { } wantsConsentFree && wantsConsentFree != consentFree) return false;
        if (rule.MinRequiredLevel is { } level && vacancy.RequiredLevel < level) return false;
        if (!status.Has(rule.RequireFacts)) return false;
        if ((status.Facts & rule.ForbidFacts) != 0) return false;
        var stayMonths = FullMonthsBetween(status.StaySince, on);
        if (rule.MinStayMonths is { } min && stayMonths < min) return false;
        if (rule.MaxStayMonths is { } max && stayMonths >= max) return false;
        if (rule.StaySinceOnOrBefore is { } latest && status.StaySince > latest) return false;
        if (rule.MinInsuredEmploymentMonths is { } months && status.InsuredEmploymentMonths < months) return false;
        if (rule.MinAnnualSalaryEur is { } salary && AnnualSalaryEur(vacancy) < salary) return false;
        return true;
    }

    private EligibilityOutcome Decide(EligibilityRule rule, ResidenceStatus status, Vacancy vacancy, DateOnly on, bool consentFree)
    {
        if (rule.Grant == RuleGrant.NotPermitted)
            return new EligibilityOutcome(EligibilityVerdict.NotPermitted, null, false, false, rule.LegalBasis, rule.Reason, rule.Id);
        if (rule.Grant == RuleGrant.Unknown)
            return new EligibilityOutcome(EligibilityVerdict.RulesUnknown, null, false, false, rule.LegalBasis, rule.Reason, rule.Id);

        var (from, consent) = WaitAndConsent(rule, status, on, consentFree);
        if (BlockedAsAgencyWork(consent, vacancy))
            return new EligibilityOutcome(EligibilityVerdict.NotPermitted, null, false, true, "§40 Abs. 1 Nr. 2 AufenthG",
                "Leiharbeit: Die BA darf ihre Zustimmung für Leiharbeit nicht erteilen; wer die Zustimmung braucht, kann hier nicht arbeiten.", rule.Id + "+leiharbeit");

        var permit = rule.Grant == RuleGrant.PermitRequired;
        var verdict = from > on ? EligibilityVerdict.PermittedFrom
            : consent ? EligibilityVerdict.NeedsBaConsent
            : permit ? EligibilityVerdict.PermittedWithPermit
            : EligibilityVerdict.Permitted;
        return new EligibilityOutcome(verdict, from > on ? from : null, permit, consent, rule.LegalBasis, rule.Reason, rule.Id, rule.Route);
    }

    /// <summary>Gross annual pay: hourly pay times weekly hours times 52, or monthly pay times 12.</summary>
    public static decimal AnnualSalaryEur(Vacancy vacancy) => vacancy.Pay.Period switch
    {
        PayPeriod.Hour => vacancy.Pay.AmountEur * (decimal)vacancy.WeeklyHours * 52m,
        _ => vacancy.Pay.AmountEur * 12m,
    };

    /// <summary>
    /// Whole calendar months from <paramref name="start"/> to <paramref name="end"/>; 0 if end is earlier.
    /// A month ends on the same day number, or on the last day of a shorter month (§188 Abs. 3 BGB); waiting
    /// periods therefore end on <c>start.AddMonths(n)</c>, the way the BA counts "after three months".
    /// </summary>
    public static int FullMonthsBetween(DateOnly start, DateOnly end)
    {
        if (end < start) return 0;
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        if (start.AddMonths(months) > end) months--;
        return months;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static EligibilityOutcome NotPermitted(string id, string basis, string reason) =>
        new(EligibilityVerdict.NotPermitted, null, false, false, basis, reason, id);
}
