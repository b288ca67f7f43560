using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Scoring;
using Matcher.Core.Scoring.Components;
using Xunit;

namespace Matcher.Tests.Scoring;

public class SkillsComponentTests
{
    private static readonly PairScorer Scorer = new(Make.Taxonomy, ScoringWeights.Default);

    private static readonly Gen<(int Matched, int Count)> Shares =
        from count in Gen.Choose(1, 40)
        from matched in Gen.Choose(0, count)
        select (matched, count);

    /// <summary>The batch's profile bound takes the list with the largest share held as a profile's best: that needs this.</summary>
    [Fact]
    public void The_value_never_falls_as_the_share_held_grows() =>
        Prop.ForAll(PairGen.Arbitrary, Shares.ToArbitrary(), Shares.ToArbitrary(), (p, a, b) =>
        {
            var facts = Scorer.FactsOf(p.Vacancy, Make.Today);
            var (shareA, shareB) = ((double)a.Matched / a.Count, (double)b.Matched / b.Count);
            foreach (var essential in (bool[])[true, false])
            {
                var (valueA, valueB) = (SkillsComponent.Value(a.Matched, a.Count, facts, essential), SkillsComponent.Value(b.Matched, b.Count, facts, essential));
                if (shareA < shareB ? valueA > valueB : shareA > shareB ? valueA < valueB : valueA != valueB) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
}
