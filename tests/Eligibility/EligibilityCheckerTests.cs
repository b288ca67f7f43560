using Matcher.Core;
using Matcher.Core.Eligibility;
using Matcher.Core.Residence;
using Matcher.Core.Vacancies;
using Xunit;

namespace Matcher.Tests.Eligibility;

/// <summary>One test per row of the eligibility table in domain.md, with dates on both sides of each waiting period.</summary>
public class EligibilityCheckerTests
{
    private static readonly EligibilityChecker Checker = EligibilityChecker.Default;
    private static readonly DateOnly On = new(2026, 11, 22);

    private static EligibilityOutcome Check(ResidenceStatus status, VacancyKind kind = VacancyKind.Job, DateOnly? on = null, bool agency = false, string occupation = "51312", decimal? hourly = null) =>
        Checker.Check(status, Make.Vacancy(kind: kind, occupation: occupation) with
        {
            TemporaryAgencyWork = agency,
            Pay = hourly is { } h ? new Pay(h, PayPeriod.Hour) : Make.Vacancy(kind: kind).Pay,
        }, on ?? On);

    [Theory]
    [InlineData(ResidenceTitle.Asylberechtigung, "schutzstatus-25")]
    [InlineData(ResidenceTitle.Fluechtlingseigenschaft, "schutzstatus-25")]
    [InlineData(ResidenceTitle.SubsidiaererSchutz, "schutzstatus-25")]
    [InlineData(ResidenceTitle.Abschiebungsverbot, "schutzstatus-25")]
    [InlineData(ResidenceTitle.VoruebergehenderSchutz, "voruebergehender-schutz-24")]
    [InlineData(ResidenceTitle.Aufenthalt25a, "integration-25a-25b")]
    [InlineData(ResidenceTitle.Aufenthalt25b, "integration-25a-25b")]
    [InlineData(ResidenceTitle.ChancenAufenthaltsrecht, "chancen-104c")]
    [InlineData(ResidenceTitle.Niederlassungserlaubnis, "niederlassung-eu")]
    public void Protection_statuses_may_take_any_work_without_permit_or_consent(ResidenceTitle title, string rule)
    {
        foreach (var kind in Enum.GetValues<VacancyKind>())
        {
            var outcome = Check(Make.Residence(title, On.AddDays(-10)), kind, agency: kind == VacancyKind.Job);
            Assert.Equal(EligibilityVerdict.Permitted, outcome.Verdict);
            Assert.False(outcome.PermitRequired);
            Assert.False(outcome.BaConsentRequired);
            Assert.Equal(rule, outcome.RuleId);
        }
    }

    [Fact]
    public void Gestattung_before_three_months_is_permitted_from_the_end_of_the_waiting_period()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-3).AddDays(1)));
        Assert.Equal(EligibilityVerdict.PermittedFrom, outcome.Verdict);
        Assert.Equal(On.AddDays(1), outcome.PermittedFrom);
        Assert.True(outcome.PermitRequired);
        Assert.True(outcome.BaConsentRequired);
    }

    [Fact]
    public void Gestattung_from_three_months_may_be_permitted_at_the_authoritys_discretion()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-3)));
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, outcome.Verdict);
        Assert.Equal("gestattung-ermessen", outcome.RuleId);
    }

    [Fact]
    public void Gestattung_from_six_months_is_an_entitlement_but_still_needs_permit_and_consent()
    {
        Assert.Equal("gestattung-ermessen", Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-6).AddDays(1))).RuleId);
        var outcome = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-6)));
        Assert.Equal("gestattung-anspruch", outcome.RuleId);
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, outcome.Verdict);
    }

    [Fact]
    public void Gestattung_needs_no_BA_consent_after_four_years_of_stay()
    {
        Assert.True(Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-48).AddDays(1))).BaConsentRequired);
        var outcome = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-48)));
        Assert.False(outcome.BaConsentRequired);
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, outcome.Verdict);
    }

    [Fact]
    public void Gestattung_apprenticeship_is_consent_free_but_waits_three_months()
    {
        var early = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-2)), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.PermittedFrom, early.Verdict);
        Assert.False(early.BaConsentRequired);
        var later = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-4)), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, later.Verdict);
    }

    [Fact]
    public void Gestattung_of_a_safe_country_national_is_an_employment_ban()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddYears(-1), facts: ResidenceFacts.SafeCountryOfOrigin));
        Assert.Equal(EligibilityVerdict.NotPermitted, outcome.Verdict);
        Assert.Contains("§61 Abs. 2 Satz 4 AsylG", outcome.LegalBasis);
    }

    [Fact]
    public void Before_2024_reform_reception_centre_residents_waited_nine_months()
    {
        var on = new DateOnly(2023, 6, 1);
        var status = Make.Residence(ResidenceTitle.Aufenthaltsgestattung, on.AddMonths(-8), facts: ResidenceFacts.ObligedToLiveInReceptionCentre);
        var before = Check(status, on: on);
        Assert.Equal(EligibilityVerdict.PermittedFrom, before.Verdict);
        Assert.Equal(on.AddMonths(1), before.PermittedFrom);
        // The same person after the reform: the 6-month entitlement applies even in a reception centre.
        var after = Check(status with { StaySince = On.AddMonths(-8) });
        Assert.Equal("gestattung-anspruch", after.RuleId);
    }

    [Fact]
    public void Duldung_consent_requiring_job_waits_three_months_of_stay()
    {
        var early = Check(Make.Residence(ResidenceTitle.Duldung, On.AddMonths(-3).AddDays(1)));
        Assert.Equal(EligibilityVerdict.PermittedFrom, early.Verdict);
        Assert.Equal(On.AddDays(1), early.PermittedFrom);
        var later = Check(Make.Residence(ResidenceTitle.Duldung, On.AddMonths(-3)));
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, later.Verdict);
        Assert.True(later.PermitRequired);
    }

    [Fact]
    public void Duldung_qualified_apprenticeship_is_consent_free_without_waiting()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Duldung, On.AddDays(-5)), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, outcome.Verdict);
        Assert.False(outcome.BaConsentRequired);
        Assert.Equal("duldung-ausbildung", outcome.RuleId);
    }

    [Fact]
    public void Duldung_needs_no_BA_consent_after_four_years()
    {
        Assert.True(Check(Make.Residence(ResidenceTitle.Duldung, On.AddMonths(-48).AddDays(1))).BaConsentRequired);
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, Check(Make.Residence(ResidenceTitle.Duldung, On.AddMonths(-48))).Verdict);
    }

    [Theory]
    [InlineData(ResidenceTitle.Duldung)]
    [InlineData(ResidenceTitle.Ausbildungsduldung)]
    [InlineData(ResidenceTitle.Beschaeftigungsduldung)]
    public void Duldung_with_employment_ban_60a6_is_not_permitted(ResidenceTitle title)
    {
        var outcome = Check(Make.Residence(title, On.AddYears(-5), facts: ResidenceFacts.EmploymentBan | ResidenceFacts.IdentityClarified), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.NotPermitted, outcome.Verdict);
        Assert.Equal("§60a Abs. 6 AufenthG", outcome.LegalBasis);
    }

    [Fact]
    public void Duldung_for_persons_with_unclear_identity_60b_is_not_permitted()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Duldung, On.AddYears(-2), facts: ResidenceFacts.UnclearIdentity), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.NotPermitted, outcome.Verdict);
        Assert.Contains("§60b", outcome.LegalBasis);
    }

    [Fact]
    public void Duldung_without_consent_waiver_is_not_eligible_for_temporary_agency_work()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Duldung, On.AddYears(-1)), agency: true);
        Assert.Equal(EligibilityVerdict.NotPermitted, outcome.Verdict);
        Assert.Equal("§40 Abs. 1 Nr. 2 AufenthG", outcome.LegalBasis);
    }

    [Fact]
    public void Agency_work_is_open_once_BA_consent_is_no_longer_needed()
    {
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, Check(Make.Residence(ResidenceTitle.Duldung, On.AddYears(-5)), agency: true).Verdict);
    }

    [Fact]
    public void Agency_work_rule_is_configurable()
    {
        var lenient = new EligibilityChecker(EligibilityRuleBook.Default, EligibilitySettings.Default with { AgencyWorkAllowedWhenBaConsentNeeded = true });
        var vacancy = Make.Vacancy() with { TemporaryAgencyWork = true };
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, lenient.Check(Make.Residence(ResidenceTitle.Duldung, On.AddYears(-1)), vacancy, On).Verdict);
    }

    [Fact]
    public void Ausbildungsduldung_needs_three_months_of_Duldung_and_clarified_identity()
    {
        var status = Make.Residence(ResidenceTitle.Ausbildungsduldung, On.AddYears(-2), On.AddMonths(-3).AddDays(1), ResidenceFacts.IdentityClarified);
        var early = Check(status, VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.PermittedFrom, early.Verdict);
        Assert.Equal(On.AddDays(1), early.PermittedFrom);
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, Check(status with { TitleSince = On.AddMonths(-3) }, VacancyKind.Apprenticeship).Verdict);
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status with { Facts = ResidenceFacts.None }, VacancyKind.Apprenticeship).Verdict);
    }

    [Fact]
    public void Ausbildungsduldung_from_the_asylum_procedure_needs_no_waiting()
    {
        var status = Make.Residence(ResidenceTitle.Ausbildungsduldung, On.AddYears(-2), On.AddDays(-1),
            ResidenceFacts.IdentityClarified | ResidenceFacts.TrainingBeganDuringAsylumProcedure);
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, Check(status, VacancyKind.Apprenticeship).Verdict);
    }

    [Fact]
    public void Ausbildungsduldung_covers_only_the_apprenticeship()
    {
        var status = Make.Residence(ResidenceTitle.Ausbildungsduldung, On.AddYears(-2), On.AddYears(-1), ResidenceFacts.IdentityClarified);
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status, VacancyKind.Job).Verdict);
    }

    [Fact]
    public void Beschaeftigungsduldung_60d_keeps_work_possible_while_valid_even_without_recorded_conditions()
    {
        // §60d: the Ausländerbehörde checked the conditions when it granted the Duldung; revocation is §60d Abs. 3, not the matcher's call.
        var status = Make.Residence(ResidenceTitle.Beschaeftigungsduldung, new DateOnly(2022, 6, 1), On.AddMonths(-2));
        foreach (var kind in Enum.GetValues<VacancyKind>())
        {
            var outcome = Check(status, kind);
            Assert.True(outcome.IsEligible, $"{kind}: {outcome.Reason}");
            Assert.True(outcome.PermitRequired);
            Assert.Equal("beschaeftigungsduldung", outcome.RuleId);
        }
    }

    [Fact]
    public void Beschaeftigungsduldung_60d_still_falls_under_an_employment_ban_60a6()
    {
        var status = Make.Residence(ResidenceTitle.Beschaeftigungsduldung, new DateOnly(2022, 6, 1), On.AddMonths(-14), ResidenceFacts.EmploymentBan);
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status).Verdict);
    }

    [Theory]
    [InlineData(ResidenceTitle.Duldung)]
    [InlineData(ResidenceTitle.Ausbildungsduldung)]
    [InlineData(ResidenceTitle.Beschaeftigungsduldung)]
    public void Duldung_of_a_safe_country_national_whose_claim_after_August_2015_was_rejected_is_banned_60a6_Nr3(ResidenceTitle title)
    {
        var facts = ResidenceFacts.SafeCountryOfOrigin | ResidenceFacts.IdentityClarified;
        var rejected = Check(Make.Residence(title, On.AddYears(-3), On.AddYears(-1), facts | ResidenceFacts.AsylumClaimAfterAugust2015RejectedOrWithdrawn), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.NotPermitted, rejected.Verdict);
        Assert.Contains("§60a Abs. 6 Satz 1 Nr. 3", rejected.LegalBasis);
        var noClaim = Check(Make.Residence(title, On.AddYears(-3), On.AddYears(-1), facts | ResidenceFacts.NoAsylumClaim), VacancyKind.Apprenticeship);
        Assert.Equal(EligibilityVerdict.NotPermitted, noClaim.Verdict);
        // Safe-country nationality alone (e.g. a claim filed before September 2015) is no ban.
        Assert.NotEqual(EligibilityVerdict.NotPermitted, Check(Make.Residence(ResidenceTitle.Duldung, On.AddYears(-3), On.AddYears(-1), facts)).Verdict);
    }

    [Fact]
    public void Gestattung_while_obliged_to_live_in_a_reception_centre_may_not_work_until_six_months_61_Abs1_AsylG()
    {
        // §61 Abs. 1 AsylG since 27.02.2024: no work during the obligation, entitlement once the procedure has run 6 months.
        var status = Make.Residence(ResidenceTitle.Aufenthaltsgestattung, On.AddMonths(-4), facts: ResidenceFacts.ObligedToLiveInReceptionCentre);
        var outcome = Check(status);
        Assert.Equal(EligibilityVerdict.PermittedFrom, outcome.Verdict);
        Assert.Equal(On.AddMonths(2), outcome.PermittedFrom);
        Assert.Equal("gestattung-aufnahmeeinrichtung", outcome.RuleId);
        Assert.Contains("§61 Abs. 1 AsylG", outcome.LegalBasis);
        // Not obliged: the 3-month rule of §61 Abs. 2 AsylG applies.
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, Check(status with { Facts = ResidenceFacts.None }).Verdict);
        // After six months: the entitlement, also for apprenticeships.
        Assert.Equal("gestattung-anspruch", Check(status with { StaySince = On.AddMonths(-6) }, VacancyKind.Apprenticeship).RuleId);
    }

    [Fact]
    public void Duldung_holder_offered_an_apprenticeship_is_told_of_the_Ausbildungsduldung_60c()
    {
        var status = Make.Residence(ResidenceTitle.Duldung, On.AddYears(-1), facts: ResidenceFacts.IdentityClarified);
        var apprenticeship = Check(status, VacancyKind.Apprenticeship);
        Assert.True(apprenticeship.IsEligible);
        Assert.Contains("§60c", apprenticeship.Route);
        Assert.Null(Check(status, VacancyKind.Job).Route);
        Assert.Null(Check(status, VacancyKind.Einstiegsqualifizierung).Route);
    }

    [Theory]
    [InlineData(ResidenceTitle.Aufnahmeprogramm23, "§23")]
    [InlineData(ResidenceTitle.Aufenthalt25Abs4, "§25 Abs. 4")]
    [InlineData(ResidenceTitle.Aufenthalt25Abs5, "Abs. 4 und 5")]
    [InlineData(ResidenceTitle.Familiennachzug, "§27 Abs. 5")]
    public void Admission_humanitarian_and_family_titles_entitle_to_work_4a_Abs1(ResidenceTitle title, string basis)
    {
        foreach (var kind in Enum.GetValues<VacancyKind>())
        {
            var outcome = Check(Make.Residence(title, On.AddMonths(-1)), kind, agency: true);
            Assert.Equal(EligibilityVerdict.Permitted, outcome.Verdict);
            Assert.Contains(basis, outcome.LegalBasis);
        }
    }

    [Fact]
    public void Fiktionsbescheinigung_81_Abs4_continues_the_previous_title_with_its_rights()
    {
        var status = Make.Residence(ResidenceTitle.Fiktionsbescheinigung81Abs4, On.AddYears(-3), On.AddMonths(-1)) with { PreviousTitle = ResidenceTitle.SubsidiaererSchutz };
        var outcome = Check(status);
        Assert.Equal(EligibilityVerdict.Permitted, outcome.Verdict);
        Assert.StartsWith("§81 Abs. 4 AufenthG", outcome.LegalBasis);
        Assert.True(Checker.IsEligible(status, Make.Vacancy(), On));
        var duldung = status with { PreviousTitle = ResidenceTitle.Duldung };
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, Check(duldung).Verdict);
        // Without the previous title the answer is not guessed.
        var unknown = Check(status with { PreviousTitle = null });
        Assert.Equal(EligibilityVerdict.RulesUnknown, unknown.Verdict);
        Assert.False(unknown.IsEligible);
        Assert.False(Checker.IsEligible(status with { PreviousTitle = null }, Make.Vacancy(), On));
    }

    [Fact]
    public void Fiktionsbescheinigung_81_Abs3_needs_a_permit_for_work()
    {
        var outcome = Check(Make.Residence(ResidenceTitle.Fiktionsbescheinigung81Abs3, On.AddMonths(-2)));
        Assert.True(outcome.IsEligible);
        Assert.True(outcome.PermitRequired);
        Assert.Contains("§81 Abs. 3", outcome.LegalBasis);
    }

    [Fact]
    public void Blue_card_after_the_last_known_threshold_year_is_unknown_unless_clearly_above_18g()
    {
        var status = Make.Residence(ResidenceTitle.BlaueKarte, On.AddYears(-1));
        var january = new DateOnly(2027, 1, 4);
        // 26.00 EUR/h = 54,080 EUR a year: above 2026's threshold, but 2027's is not known.
        var unknown = Check(status, occupation: "43414", hourly: 26.00m, on: january);
        Assert.Equal(EligibilityVerdict.RulesUnknown, unknown.Verdict);
        Assert.False(unknown.IsEligible);
        // 30.00 EUR/h = 62,400 EUR: more than 10 % above 2026's threshold.
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, Check(status, occupation: "43414", hourly: 30.00m, on: january).Verdict);
    }

    [Fact]
    public void A_rule_that_ended_gives_rules_unknown_rather_than_not_permitted()
    {
        var book = EligibilityRuleBook.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            """{"rules":[{"id":"a","titles":["Duldung"],"grant":"Permitted","legalBasis":"§1","reason":"r","validTo":"2026-12-31"}]}""")), "t.json");
        var checker = new EligibilityChecker(book, EligibilitySettings.Default);
        var status = Make.Residence(ResidenceTitle.Duldung, On.AddYears(-1));
        Assert.Equal(EligibilityVerdict.Permitted, checker.Check(status, Make.Vacancy(), new DateOnly(2026, 12, 31)).Verdict);
        var after = checker.Check(status, Make.Vacancy(), new DateOnly(2027, 1, 1));
        Assert.Equal(EligibilityVerdict.RulesUnknown, after.Verdict);
        Assert.Contains("01.01.2027", after.Reason);
        Assert.False(checker.IsEligible(status, Make.Vacancy(), new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Every_residence_title_has_a_rule_in_force_on_every_day_of_the_next_24_months()
    {
        // The shipped book must never answer wrongly because a date passed: on each month's first and last day, for
        // every title and every kind of offer, the deciding rule is in force that day (an explicit "unknown" rule counts).
        var today = DateOnly.FromDateTime(DateTime.Today);
        var vacancies = new[]
        {
            Make.Vacancy(occupation: "51311"), Make.Vacancy(occupation: "51312"), Make.Vacancy(occupation: "43414") with { Pay = new Pay(40m, PayPeriod.Hour) },
            Make.Vacancy(occupation: "43414") with { Pay = new Pay(20m, PayPeriod.Hour) },
            Make.Vacancy(kind: VacancyKind.Apprenticeship), Make.Vacancy(kind: VacancyKind.Einstiegsqualifizierung),
        };
        var byId = EligibilityRuleBook.Default.Rules.ToDictionary(r => r.Id);
        var factSets = new[] { ResidenceFacts.None, ResidenceFacts.IdentityClarified, ResidenceFacts.ObligedToLiveInReceptionCentre, ResidenceFacts.SafeCountryOfOrigin };
        for (var month = 0; month <= 24; month++)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(month);
            foreach (var day in new[] { first, first.AddMonths(1).AddDays(-1) })
                foreach (var title in Enum.GetValues<ResidenceTitle>())
                    foreach (var facts in factSets)
                        foreach (var vacancy in vacancies)
                        {
                            var status = new ResidenceStatus(title, day.AddMonths(-7), day.AddMonths(-4), null, facts,
                                PreviousTitle: title == ResidenceTitle.Fiktionsbescheinigung81Abs4 ? ResidenceTitle.Duldung : null);
                            var outcome = Checker.Check(status, vacancy, day);
                            var ruleId = outcome.RuleId.Split('+').Last();
                            Assert.True(byId.TryGetValue(ruleId, out var rule), $"{title} {facts} {vacancy.Kind} {vacancy.Occupation} on {day}: no rule ({outcome.RuleId})");
                            Assert.True(rule.ValidFrom is null || rule.ValidFrom <= day, $"{rule.Id} not yet in force on {day}");
                            Assert.True(rule.ValidTo is null || rule.ValidTo >= day, $"{rule.Id} no longer in force on {day}");
                        }
        }
    }

    [Fact]
    public void Skilled_worker_permit_is_tied_to_qualified_work()
    {
        var status = Make.Residence(ResidenceTitle.Fachkraft18a, On.AddYears(-1));
        var skilled = Check(status, occupation: "51312");
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, skilled.Verdict);
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status, occupation: "51311").Verdict);
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status, VacancyKind.Apprenticeship).Verdict);
    }

    [Fact]
    public void Blue_card_needs_the_salary_threshold_of_the_year()
    {
        var status = Make.Residence(ResidenceTitle.BlaueKarte, On.AddYears(-1));
        // 40 h x 52 weeks: 24.40 EUR/h = 50,752 EUR a year, 24.30 EUR/h = 50,544 EUR (threshold 2026: 50,700 EUR).
        Assert.Equal(EligibilityVerdict.PermittedWithPermit, Check(status, occupation: "43414", hourly: 24.40m).Verdict);
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status, occupation: "43414", hourly: 24.30m).Verdict);
    }

    [Fact]
    public void Expired_document_is_not_permitted_until_the_status_is_updated()
    {
        var status = Make.Residence(ResidenceTitle.Fluechtlingseigenschaft, On.AddYears(-3)) with { ValidUntil = On.AddDays(-1) };
        Assert.Equal(EligibilityVerdict.NotPermitted, Check(status).Verdict);
        Assert.Equal(EligibilityVerdict.Permitted, Check(status with { ValidUntil = On }).Verdict);
    }

    [Fact]
    public void Quick_screening_agrees_with_the_full_answer_on_every_pair_of_a_region()
    {
        var region = new Matcher.Core.Generation.RegionGenerator(Make.Taxonomy).Generate(Matcher.Core.Generation.RegionProfile.Burgenlandkreis, 300, 150, On, 9);
        var lenient = new EligibilityChecker(EligibilityRuleBook.Default, EligibilitySettings.Default with { AgencyWorkAllowedWhenBaConsentNeeded = true });
        int eligible = 0, ineligible = 0;
        foreach (var checker in new[] { Checker, lenient })
            foreach (var c in region.Candidates)
                foreach (var v in region.Vacancies)
                {
                    var full = checker.Check(c.Residence, v, On).IsEligible;
                    Assert.Equal(full, checker.IsEligible(c.Residence, v, On));
                    if (full) eligible++; else ineligible++;
                }
        Assert.True(eligible > 1000 && ineligible > 1000, $"{eligible} eligible, {ineligible} not");
    }

    // A month from the 31st ends on the last day of a shorter month (§188 Abs. 3 BGB).
    [Theory]
    [InlineData("2026-01-31", "2026-02-27", 0)]
    [InlineData("2026-01-31", "2026-02-28", 1)]
    [InlineData("2026-01-31", "2026-03-30", 1)]
    [InlineData("2026-01-31", "2026-03-31", 2)]
    [InlineData("2026-02-15", "2026-05-15", 3)]
    [InlineData("2026-02-15", "2026-05-14", 2)]
    [InlineData("2026-05-14", "2026-02-15", 0)]
    public void Full_months_count_whole_calendar_months(string from, string to, int months) =>
        Assert.Equal(months, EligibilityChecker.FullMonthsBetween(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
}
