using Matcher.Api.Explanations;
using Matcher.Core.Scoring;
using Xunit;

namespace Matcher.Tests.Explanations;

public class GermanExplanationTests
{
    private static readonly GermanExplanation Explain = new(Make.Taxonomy);

    [Fact]
    public void The_same_occupation_is_said_of_what_was_learned_or_what_is_done_now()
    {
        Assert.Equal("Gleicher Beruf wie erlernt: Fachkraft für Lagerlogistik.",
            Explain.Finding(Finding.Of(FindingCode.SameOccupation, "51312", FindingSource.Learned)));
        Assert.Equal("Gleicher Beruf wie derzeit ausgeübt: Fachkraft für Lagerlogistik.",
            Explain.Finding(Finding.Of(FindingCode.SameOccupation, "51312", FindingSource.Practised)));
    }

    [Fact]
    public void Every_finding_code_has_a_German_sentence_of_its_own()
    {
        foreach (var code in Enum.GetValues<FindingCode>())
        {
            var text = Explain.Finding(Finding.WithNumber(code, 42, "51312", "B1", "2"));
            Assert.NotEqual(code.ToString(), text);
            Assert.EndsWith(".", text, StringComparison.Ordinal);
        }
    }
}
