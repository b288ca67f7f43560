using FsCheck;
using FsCheck.Fluent;
using Matcher.Core;
using Matcher.Core.Batch;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;
using Xunit;

namespace Matcher.Tests.Scoring;

/// <summary>
/// The score respects necessary conditions: the core (occupation, essential skills, qualification, German) bounds it, and
/// the circumstances (commute, pay, wishes, moving up) can only lower it. Training serves people without a qualification
/// or who asked for it.
/// </summary>
public class NecessaryConditionsTests
{
    private static readonly PairScorer Scorer = new(Make.Taxonomy, ScoringWeights.Default);

    private static readonly ScoreComponentKind[] Core =
        [ScoreComponentKind.OccupationFit, ScoreComponentKind.EssentialSkills, ScoreComponentKind.OptionalSkills, ScoreComponentKind.Qualification, ScoreComponentKind.German];

    private static MatchScore Score(Candidate c, Vacancy v) => Scorer.Score(c, v, Make.Today);

    private static double CoreOf(MatchScore s) =>
        Core.Select(k => s[k]).Where(c => c.Weight > 0).Aggregate(1.0, (p, c) => p * Math.Pow(c.Value, c.Weight));

    [Fact]
    public void Circumstances_never_lift_a_score_above_its_core() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var s = Score(p.Candidate, p.Vacancy);
            return s.Value <= CoreOf(s) + 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Skilled_work_without_any_of_its_essential_skills_scores_zero() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var skilledJob = p.Vacancy with { Kind = VacancyKind.Job, RequiredLevel = RequirementLevel.Fachkraft, Occupation = Make.Code("29222"), EssentialSkills = [] };
            var nothing = p.Candidate with { Skills = new HashSet<string>(), Qualifications = [] };
            return Score(nothing, skilledJob).Value == 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_food_production_helper_without_baking_skills_is_not_proposed_as_a_baker_however_good_the_rest()
    {
        // Everything around the core is as good as it gets: next door, a pay rise, the desired occupation, shifts accepted.
        var helper = Make.Candidate() with
        {
            GermanLevel = CefrLevel.A2,
            Skills = new HashSet<string> { "hygiene-rules", "packing", "food-production-lines" },
            CurrentJob = new CurrentJob(Make.Code("29201"), RequirementLevel.Helfer, 14m),
            Preferences = new CandidatePreferences([Make.Code("29222")], false, true, false),
        };
        var baker = Make.Vacancy(occupation: "29222") with { Location = Make.Naumburg, Pay = new Pay(19m, PayPeriod.Hour), MinimumGerman = CefrLevel.B1 };
        var score = Score(helper, baker);
        Assert.False(score.IsKnockedOut);
        Assert.True(score.Value < new BatchOptions().MinimumScore, $"scored {score.Value:0.000}");
        // The same person is a fair candidate for the helper job in food production.
        var helperJob = Make.Vacancy(occupation: "29201") with { Location = Make.Naumburg, MinimumGerman = CefrLevel.A2 };
        Assert.True(Score(helper, helperJob).Value > 3 * score.Value);
    }

    [Fact]
    public void More_of_the_core_always_ranks_higher_when_the_circumstances_are_equal()
    {
        var job = Make.Vacancy(occupation: "51312");
        var none = Make.Candidate();
        var half = none with { Skills = new HashSet<string> { "goods-receipt", "inventory", "forklift" } };
        var all = half with { Skills = new HashSet<string> { "goods-receipt", "inventory", "forklift", "warehouse-system", "picking" } };
        var recognised = all with { Qualifications = [Make.Qualification("51312", RecognitionState.Full)] };
        var scores = new[] { none, half, all, recognised }.Select(c => Score(c, job).Value).ToList();
        Assert.Equal(scores.Order(), scores);
        Assert.Equal(4, scores.Distinct().Count());
    }

    [Fact]
    public void A_recognised_skilled_worker_who_did_not_ask_for_training_sees_fitting_skilled_work_above_every_training_place()
    {
        // K-000004 of the demo region, in short: a recognised Drogistin, German A2, no interest in an apprenticeship.
        var drogistin = Make.Candidate() with
        {
            GermanLevel = CefrLevel.A2,
            Qualifications = [Make.Qualification("62412", RecognitionState.Full)],
            Skills = new HashSet<string> { "merchandising" },
            Preferences = new CandidatePreferences([Make.Code("62102")], false, true, InterestedInApprenticeship: false),
        };
        var retail = Make.Vacancy(occupation: "62102") with { MinimumGerman = CefrLevel.B1 };
        var skilled = Score(drogistin, retail).Value;
        foreach (var kind in new[] { VacancyKind.Apprenticeship, VacancyKind.Einstiegsqualifizierung })
            foreach (var occupation in new[] { "62102", "62412", "51312", "29222" })
            {
                var training = Make.Vacancy(kind: kind, occupation: occupation) with { MinimumGerman = CefrLevel.A2 };
                Assert.True(Score(drogistin, training).Value < skilled, $"{kind} {occupation}: {Score(drogistin, training).Value:0.000} >= {skilled:0.000}");
            }
        var m = Score(drogistin, Make.Vacancy(kind: VacancyKind.Apprenticeship, occupation: "62102"))[ScoreComponentKind.MovingUp];
        Assert.Contains(m.Findings, f => f.Code == FindingCode.TrainingDespiteRecognisedQualification);
    }

    [Fact]
    public void Asking_for_training_makes_a_re_start_possible_for_a_recognised_skilled_worker()
    {
        var cook = Make.Candidate() with { Qualifications = [Make.Qualification("29302", RecognitionState.Full)] };
        var apprenticeship = Make.Vacancy(kind: VacancyKind.Apprenticeship, occupation: "51312");
        var unasked = Score(cook with { Preferences = cook.Preferences with { InterestedInApprenticeship = false } }, apprenticeship).Value;
        var asked = Score(cook with { Preferences = cook.Preferences with { InterestedInApprenticeship = true } }, apprenticeship).Value;
        Assert.True(asked > 4 * unasked);
    }

    [Fact]
    public void An_apprenticeship_outranks_helper_work_for_someone_without_a_qualification_who_wants_to_train()
    {
        var person = Make.Candidate() with { CurrentJob = new CurrentJob(Make.Code("51311"), RequirementLevel.Helfer, 14m) };
        var helper = Score(person, Make.Vacancy(occupation: "51311") with { MinimumGerman = CefrLevel.A2 }).Value;
        var apprenticeship = Score(person, Make.Vacancy(kind: VacancyKind.Apprenticeship, occupation: "51312")).Value;
        Assert.True(apprenticeship > helper, $"{apprenticeship:0.000} <= {helper:0.000}");
    }

    [Fact]
    public void The_occupation_finding_says_whether_it_was_learned_or_is_practised()
    {
        // A trained Maschinenbautechniker working as a helper: the same occupation is what they learned, not their job.
        var person = Make.Candidate() with
        {
            Qualifications = [Make.Qualification("51312", RecognitionState.Full)],
            CurrentJob = new CurrentJob(Make.Code("51311"), RequirementLevel.Helfer, 14m),
        };
        var learned = Score(person, Make.Vacancy(occupation: "51312"))[ScoreComponentKind.OccupationFit].Findings.Single();
        Assert.Equal(FindingCode.SameOccupation, learned.Code);
        Assert.Equal(FindingSource.Learned, learned.Items[1]);
        var practised = Score(person with { Qualifications = [] }, Make.Vacancy(occupation: "51311") with { MinimumGerman = CefrLevel.A2 })[ScoreComponentKind.OccupationFit].Findings.Single();
        Assert.Equal(FindingSource.Practised, practised.Items[1]);
    }
}
