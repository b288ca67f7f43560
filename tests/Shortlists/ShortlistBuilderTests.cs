using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Eligibility;
using Matcher.Core.Residence;
using Matcher.Core.Scoring;
using Matcher.Core.Shortlists;
using Matcher.Tests.Scoring;
using Xunit;

namespace Matcher.Tests.Shortlists;

public class ShortlistBuilderTests
{
    private static readonly ShortlistBuilder Builder = new(new PairScorer(Make.Taxonomy, ScoringWeights.Default), EligibilityChecker.Default);

    [Fact]
    public void Shortlist_is_sorted_by_score_then_id_and_independent_of_input_order() =>
        Prop.ForAll(PairGen.Vacancies(25).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (vacancies, shuffleSeed) =>
        {
            var candidate = Make.Candidate() with { Mobility = Make.Candidate().Mobility with { MaxDailyCommuteMinutes = 300 }, GermanLevel = Matcher.Core.CefrLevel.C1 };
            var list = Builder.ForCandidate(candidate, vacancies, 10, Make.Today);
            var shuffled = vacancies.OrderBy(_ => new Random(shuffleSeed).Next()).ToList();
            var again = Builder.ForCandidate(candidate, shuffled, 10, Make.Today);
            var sorted = list.Zip(list.Skip(1)).All(p => p.First.Score.Value > p.Second.Score.Value
                || (p.First.Score.Value == p.Second.Score.Value && string.CompareOrdinal(p.First.VacancyId, p.Second.VacancyId) < 0));
            return sorted && list.Select(e => e.VacancyId).SequenceEqual(again.Select(e => e.VacancyId)) && list.Count <= 10;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Ranking_by_value_first_gives_the_same_lists_as_explaining_every_pair()
    {
        var region = new Matcher.Core.Generation.RegionGenerator(Make.Taxonomy).Generate(Matcher.Core.Generation.RegionProfile.Burgenlandkreis, 200, 100, Make.Today, 17);
        static List<(string, string, double)> Reference(IEnumerable<ShortlistEntry?> all, Func<ShortlistEntry, string> id) =>
            [.. all.OfType<ShortlistEntry>().OrderByDescending(e => e.Score.Value).ThenBy(id, StringComparer.Ordinal).Take(10).Select(e => (e.CandidateId, e.VacancyId, e.Score.Value))];
        foreach (var candidate in region.Candidates)
        {
            var expected = Reference(region.Vacancies.Select(v => Builder.Evaluate(candidate, v, Make.Today)), e => e.VacancyId);
            Assert.Equal(expected, Builder.ForCandidate(candidate, region.Vacancies, 10, Make.Today).Select(e => (e.CandidateId, e.VacancyId, e.Score.Value)));
        }
        foreach (var vacancy in region.Vacancies)
        {
            var expected = Reference(region.Candidates.Select(c => Builder.Evaluate(c, vacancy, Make.Today)), e => e.CandidateId);
            Assert.Equal(expected, Builder.ForVacancy(vacancy, region.Candidates, 10, Make.Today).Select(e => (e.CandidateId, e.VacancyId, e.Score.Value)));
        }
    }

    [Fact]
    public void Shortlist_holds_only_eligible_pairs_that_are_not_knocked_out()
    {
        var vacancies = new[]
        {
            Make.Vacancy("S-1"),
            Make.Vacancy("S-2") with { TemporaryAgencyWork = true },
            Make.Vacancy("S-3") with { MinimumGerman = Matcher.Core.CefrLevel.C1 },
        };
        var duldung = Make.Candidate() with { Residence = Make.Residence(ResidenceTitle.Duldung, Make.Today.AddYears(-1)) };
        var list = Builder.ForCandidate(duldung, vacancies, 10, Make.Today);
        Assert.Equal(["S-1"], list.Select(e => e.VacancyId));
        Assert.Equal(EligibilityVerdict.NeedsBaConsent, list[0].Eligibility.Verdict);
    }

    [Fact]
    public void Vacancy_shortlist_ranks_candidates_and_breaks_ties_by_id()
    {
        var twins = new[] { Make.Candidate("K-2"), Make.Candidate("K-1"), Make.Candidate("K-3") with { GermanLevel = Matcher.Core.CefrLevel.A0 } };
        var list = Builder.ForVacancy(Make.Vacancy(), twins, 5, Make.Today);
        Assert.Equal(["K-1", "K-2"], list.Select(e => e.CandidateId));
    }
}
