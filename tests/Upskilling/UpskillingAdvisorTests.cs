using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Upskilling;
using Matcher.Tests.Scoring;
using Xunit;

namespace Matcher.Tests.Upskilling;

public sealed class UpskillingAdvisorTests
{
    private static readonly UpskillingAdvisor Advisor = new(Make.Taxonomy, new PairScorer(Make.Taxonomy, ScoringWeights.Default));

    private static Candidate WarehouseHelper(params string[] skills) => Make.Candidate() with
    {
        CurrentJob = new CurrentJob(Make.Code("51311"), RequirementLevel.Helfer, 13.9m),
        Skills = skills.ToHashSet(),
    };

    [Fact]
    public void The_gap_lists_exactly_the_essential_skills_not_held()
    {
        var gap = Advisor.GapTo(WarehouseHelper("picking", "forklift"), Make.Taxonomy.Find(Make.Code("51312"))!);
        Assert.Equal(["forklift", "picking"], gap.HeldEssential.Select(s => s.Id).Order());
        Assert.Equal(["goods-receipt", "inventory", "warehouse-system"], gap.MissingEssential.Select(s => s.Id).Order());
        Assert.Equal(0.4, gap.HeldShare, 10);
    }

    [Fact]
    public void A_recognised_qualification_brings_its_essential_skills_and_a_listed_recognition_gap_does_not()
    {
        var cook = Make.Taxonomy.Find(Make.Code("29302"))!;
        var qualified = Make.Candidate() with { Qualifications = [new Qualification(cook.Code, RequirementLevel.Fachkraft, "SY", RecognitionState.Full, [])] };
        Assert.Empty(Advisor.GapTo(qualified, cook).MissingEssential);
        var partial = Make.Candidate() with { Qualifications = [new Qualification(cook.Code, RequirementLevel.Fachkraft, "SY", RecognitionState.Partial, ["cooking"])] };
        Assert.Equal(["cooking"], Advisor.GapTo(partial, cook).MissingEssential.Select(s => s.Id));
    }

    [Fact]
    public void A_helper_is_shown_the_skilled_occupation_of_the_same_field_one_level_up()
    {
        var steps = Advisor.StepsUp(WarehouseHelper("picking", "forklift", "inventory"));
        var first = Assert.Single(steps, s => s.Gap.Occupation.Code == Make.Code("51312"));
        Assert.Equal(Make.Code("51311"), first.From.Code);
        Assert.Equal(0.6, first.Gap.HeldShare, 10);
        Assert.All(steps, s => Assert.Equal(RequirementLevel.Fachkraft, s.Gap.Occupation.Level));
    }

    [Fact]
    public void Steps_up_are_one_level_above_and_ordered_by_the_share_of_skills_already_held()
    {
        var electrician = Make.Candidate() with { Qualifications = [new Qualification(Make.Code("26212"), RequirementLevel.Fachkraft, "UA", RecognitionState.Full, [])] };
        var steps = Advisor.StepsUp(electrician, 10);
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.Equal(RequirementLevel.Spezialist, s.Gap.Occupation.Level));
        Assert.Equal(steps.Select(s => s.Gap.HeldShare).OrderDescending(), steps.Select(s => s.Gap.HeldShare));
    }

    [Fact]
    public void Without_a_job_or_qualification_there_is_nothing_to_step_up_from() =>
        Assert.Empty(Advisor.StepsUp(Make.Candidate()));
}
