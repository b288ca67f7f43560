using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public class TrigramSignatureTests
{
    [Fact]
    public void A_title_is_identical_to_itself() =>
        Assert.Equal(1.0, TrigramSignature.Of("fachlagerist").Dice(TrigramSignature.Of("fachlagerist")));

    [Fact]
    public void A_typo_is_closer_than_a_different_title()
    {
        var title = TrigramSignature.Of("berufskraftfahrer");
        Assert.True(title.Dice(TrigramSignature.Of("berufskraftfarer")) > 0.6);
        Assert.True(title.Dice(TrigramSignature.Of("fachlagerist")) < 0.2);
    }

    [Fact]
    public void Empty_titles_share_nothing() =>
        Assert.Equal(0.0, TrigramSignature.Of("ab").Dice(default));
}
