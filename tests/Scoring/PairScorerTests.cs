using FsCheck;
using FsCheck.Fluent;
using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Residence;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;
using Xunit;

namespace Matcher.Tests.Scoring;

public class PairScorerTests
{
    private static readonly PairScorer Scorer = new(Make.Taxonomy, ScoringWeights.Default);

    private static readonly double[] Stretches = [1.0, 1.5, 2.0, 3.0, 5.0];

    private static MatchScore Score(Candidate c, Vacancy v) => Scorer.Score(c, v, Make.Today);

    // --- Properties -------------------------------------------------------------------------

    [Fact]
    public void Score_always_lies_in_unit_interval_and_is_zero_exactly_when_knocked_out() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var s = Score(p.Candidate, p.Vacancy);
            return s.Value is >= 0 and <= 1
                && s.Components.All(c => c.Value is >= 0 and <= 1)
                && (!s.IsKnockedOut || s.Value == 0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_a_matching_skill_never_lowers_the_score() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var before = Score(p.Candidate, p.Vacancy);
            var wanted = Make.Taxonomy.EssentialSkills(p.Vacancy.Occupation).Concat(Make.Taxonomy.OptionalSkills(p.Vacancy.Occupation)).Concat(p.Vacancy.EssentialSkills);
            return wanted.All(skill =>
            {
                var more = p.Candidate with { Skills = new HashSet<string>(p.Candidate.Skills) { skill } };
                return Score(more, p.Vacancy).Value >= before.Value;
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Better_German_never_lowers_the_score() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var levels = Enum.GetValues<CefrLevel>().Where(l => l >= p.Candidate.GermanLevel);
            var scores = levels.Select(l => Score(p.Candidate with { GermanLevel = l }, p.Vacancy).Value).ToList();
            return scores.Zip(scores.Skip(1)).All(s => s.Second >= s.First);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Longer_commute_never_raises_the_score() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var home = p.Candidate.Home;
            var at = p.Vacancy.Location;
            double previous = double.MaxValue;
            foreach (var factor in Stretches)
            {
                var further = new GeoPoint(home.Latitude + (at.Latitude - home.Latitude) * factor, home.Longitude + (at.Longitude - home.Longitude) * factor);
                var value = Score(p.Candidate, p.Vacancy with { Location = further }).Value;
                if (value > previous) return false;
                previous = value;
            }
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Residence_status_never_changes_the_score() =>
        Prop.ForAll(PairGen.Arbitrary, Gen.Elements(Enum.GetValues<ResidenceTitle>()).ToArbitrary(), (p, title) =>
        {
            var original = Score(p.Candidate, p.Vacancy);
            var other = p.Candidate with { Residence = Make.Residence(title, Make.Today.AddMonths(-1), facts: ResidenceFacts.EmploymentBan | ResidenceFacts.SafeCountryOfOrigin) };
            var changed = Score(other, p.Vacancy);
            return changed.Value == original.Value
                && changed.Components.Select(c => c.Value).SequenceEqual(original.Components.Select(c => c.Value));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Value_only_scoring_equals_the_explained_score() =>
        Prop.ForAll(PairGen.Arbitrary, p => Scorer.ScoreValue(p.Candidate, p.Vacancy, Make.Today) == Score(p.Candidate, p.Vacancy).Value)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Value_only_scoring_reports_knock_outs_exactly_when_the_explained_score_has_them() =>
        Prop.ForAll(PairGen.Arbitrary, p =>
        {
            var explained = Score(p.Candidate, p.Vacancy);
            var scored = Scorer.TryScoreValue(p.Candidate, p.Vacancy, Make.Today, out var value);
            return scored == !explained.IsKnockedOut && (!scored || value == explained.Value);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Value_only_scoring_equals_the_explained_score_on_every_pair_of_a_region()
    {
        var region = new Matcher.Core.Generation.RegionGenerator(Make.Taxonomy).Generate(Matcher.Core.Generation.RegionProfile.Burgenlandkreis, 120, 60, Make.Today, 3);
        var positive = 0;
        foreach (var c in region.Candidates)
            foreach (var v in region.Vacancies)
            {
                var explained = Score(c, v).Value;
                Assert.Equal(explained, Scorer.ScoreValue(c, v, Make.Today));
                if (explained > 0) positive++;
            }
        Assert.True(positive > 500, $"only {positive} scored pairs");
    }

    // --- Examples ---------------------------------------------------------------------------

    [Fact]
    public void Every_component_carries_evidence_and_the_configured_weight()
    {
        var s = Score(Make.Candidate() with { Skills = new HashSet<string> { "forklift", "picking" } }, Make.Vacancy());
        Assert.Equal(Enum.GetValues<ScoreComponentKind>(), s.Components.Select(c => c.Kind));
        var skills = s[ScoreComponentKind.EssentialSkills];
        Assert.Contains(skills.Findings, f => f.Code == FindingCode.SkillsMatched && f.Items.SequenceEqual(["forklift", "picking"]));
        Assert.Contains(skills.Findings, f => f.Code == FindingCode.SkillsMissing && f.Items.Contains("warehouse-system"));
        Assert.Equal(2 * 0.4 * 0.4, skills.Value, 6); // 2 of 5 essentials: below half, the value falls quadratically
        Assert.Equal(ScoringWeights.Default.EssentialSkills, skills.Weight);
    }

    [Fact]
    public void Regulated_profession_without_full_recognition_is_a_knock_out()
    {
        var nurseJob = Make.Vacancy(occupation: "81302") with { MinimumGerman = CefrLevel.B1 };
        var partial = Make.Candidate() with { Qualifications = [Make.Qualification("81302", RecognitionState.Partial, "Pharmakologie")] };
        var s = Score(partial, nurseJob);
        Assert.Contains(s.KnockOuts, k => k.Reason == KnockOutReason.RegulatedWithoutRecognition);
        Assert.Equal(0, s.Value);
        var full = partial with { Qualifications = [Make.Qualification("81302", RecognitionState.Full)] };
        Assert.False(Score(full, nurseJob).IsKnockedOut);
    }

    [Fact]
    public void Regulated_training_place_needs_no_recognition()
    {
        var training = Make.Vacancy(kind: VacancyKind.Apprenticeship, occupation: "81302");
        Assert.False(Score(Make.Candidate(), training).IsKnockedOut);
    }

    [Fact]
    public void Partial_recognition_gets_partial_credit_and_suggests_adaptation_training()
    {
        var candidate = Make.Candidate() with { Qualifications = [Make.Qualification("51312", RecognitionState.Partial, "Lagerverwaltungssystem")] };
        var q = Score(candidate, Make.Vacancy())[ScoreComponentKind.Qualification];
        Assert.Equal(0.85, q.Value, 6);
        Assert.Contains(q.Findings, f => f.Code == FindingCode.SuggestAnpassungsqualifizierung && f.Items.Contains("Lagerverwaltungssystem"));
    }

    [Fact]
    public void Skills_listed_as_recognition_gaps_are_not_counted_as_held()
    {
        var candidate = Make.Candidate() with { Qualifications = [Make.Qualification("51312", RecognitionState.Partial, "Lagerverwaltungssystem (LVS)")] };
        var skills = Score(candidate, Make.Vacancy())[ScoreComponentKind.EssentialSkills];
        Assert.Contains(skills.Findings, f => f.Code == FindingCode.SkillsMissing && f.Items.SequenceEqual(["warehouse-system"]));
        Assert.Contains(skills.Findings, f => f.Code == FindingCode.SkillsMatched && f.Items.Contains("forklift"));
    }

    [Fact]
    public void German_one_level_below_is_closable_two_levels_below_is_a_knock_out()
    {
        var vacancy = Make.Vacancy() with { MinimumGerman = CefrLevel.B2 };
        var oneBelow = Score(Make.Candidate() with { GermanLevel = CefrLevel.B1 }, vacancy);
        Assert.False(oneBelow.IsKnockedOut);
        Assert.Equal(0.6, oneBelow[ScoreComponentKind.German].Value);
        Assert.Contains(oneBelow[ScoreComponentKind.German].Findings, f => f.Code == FindingCode.SuggestGermanCourse && f.Items[0] == "B2");
        var twoBelow = Score(Make.Candidate() with { GermanLevel = CefrLevel.A2 }, vacancy);
        Assert.Contains(twoBelow.KnockOuts, k => k.Reason == KnockOutReason.GermanGapTooLarge);
    }

    [Fact]
    public void Commute_beyond_the_candidates_limit_is_a_knock_out()
    {
        var zeitz = new GeoPoint(51.0478, 12.1383); // about 28 km from Naumburg
        var candidate = Make.Candidate() with { Mobility = new Mobility(CommuteModes.PublicTransport, 90, false) };
        var s = Score(candidate, Make.Vacancy() with { Location = zeitz });
        Assert.Contains(s.KnockOuts, k => k.Reason == KnockOutReason.CommuteTooLong);
        var byCar = candidate with { Mobility = new Mobility(CommuteModes.Car, 90, true) };
        Assert.False(Score(byCar, Make.Vacancy() with { Location = zeitz }).IsKnockedOut);
    }

    [Fact]
    public void Commute_over_the_SGB_III_reasonable_time_is_flagged()
    {
        var farAway = new GeoPoint(51.4969, 11.9688); // Halle, ~40 km
        var candidate = Make.Candidate() with { Mobility = new Mobility(CommuteModes.PublicTransport, 300, false) };
        var commute = Score(candidate, Make.Vacancy() with { Location = farAway })[ScoreComponentKind.Commute];
        Assert.Contains(commute.Findings, f => f.Code == FindingCode.CommuteExceedsSgb3Reasonableness && f.Number == 150);
    }

    [Fact]
    public void Skilled_job_scores_higher_than_helper_job_for_a_recognised_skilled_worker()
    {
        var warehouseWorker = Make.Candidate() with { Qualifications = [Make.Qualification("51312", RecognitionState.Full)] };
        var helper = Score(warehouseWorker, Make.Vacancy(occupation: "51311") with { MinimumGerman = CefrLevel.A2 })[ScoreComponentKind.MovingUp];
        var skilled = Score(warehouseWorker, Make.Vacancy(occupation: "51312"))[ScoreComponentKind.MovingUp];
        Assert.Contains(helper.Findings, f => f.Code == FindingCode.HelperJobBelowQualification);
        Assert.True(skilled.Value > helper.Value);
    }

    [Fact]
    public void Apprenticeship_moves_up_someone_without_a_vocational_qualification()
    {
        var helperNow = Make.Candidate() with { CurrentJob = new CurrentJob(Make.Code("51311"), RequirementLevel.Helfer, 14m) };
        var m = Score(helperNow, Make.Vacancy(kind: VacancyKind.Apprenticeship))[ScoreComponentKind.MovingUp];
        Assert.Contains(m.Findings, f => f.Code == FindingCode.TrainingBuildsQualification);
        Assert.True(m.Value > 0.5);
    }

    [Fact]
    public void Pay_below_the_minimum_wage_on_the_start_date_is_a_knock_out()
    {
        var vacancy = Make.Vacancy() with { Pay = new Pay(14.00m, PayPeriod.Hour), StartDate = new DateOnly(2027, 1, 4) };
        var s = Score(Make.Candidate(), vacancy);
        Assert.Contains(s.KnockOuts, k => k.Reason == KnockOutReason.PayBelowStatutoryMinimum && k.Number == 14.60);
        Assert.False(Score(Make.Candidate(), vacancy with { StartDate = new DateOnly(2026, 12, 1) }).IsKnockedOut);
    }

    [Fact]
    public void Missing_driving_licence_and_late_availability_are_knock_outs()
    {
        var s = Score(Make.Candidate() with { AvailableFrom = Make.Today.AddDays(200) }, Make.Vacancy() with { DrivingLicenceRequired = true });
        Assert.Equal([KnockOutReason.DrivingLicenceMissing, KnockOutReason.NotAvailableInTime], s.KnockOuts.Select(k => k.Reason));
    }

    [Fact]
    public void Weights_file_rejects_unknown_and_negative_weights()
    {
        static ScoringWeights Load(string json) => ScoringWeights.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "w.json");
        var valid = """{"occupationFit":1,"essentialSkills":1,"optionalSkills":1,"qualification":1,"german":1,"commute":1,"movingUp":1,"preferences":1}""";
        Assert.Equal(1, Load(valid).German);
        Assert.Contains("german", Assert.Throws<InvalidDataException>(() => Load(valid.Replace("\"german\":1", "\"german\":-1", StringComparison.Ordinal))).Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("salary", Assert.Throws<InvalidDataException>(() => Load(valid.Replace("}", ",\"salary\":1}", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => Load("""{"german":1}"""));
    }

    [Fact]
    public void Shipped_weights_file_equals_the_documented_defaults()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "scoring-weights.json");
        using var stream = File.OpenRead(path);
        Assert.Equal(ScoringWeights.Default, ScoringWeights.Load(stream, path));
    }
}
