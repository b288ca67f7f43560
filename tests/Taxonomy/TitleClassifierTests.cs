using Matcher.Core;
using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public class TitleClassifierTests
{
    private static readonly TitleClassifier Classifier = new(
    [
        Title("baecker", "29222"), Title("brotbaecker", "29222"), Title("konditor", "29222"), Title("feinbaecker", "29222"),
        Title("baeckereihelfer", "29221"), Title("helfer baeckerei", "29221"), Title("backhelfer", "29221"),
        Title("lagerhelfer", "51311"), Title("helfer lager", "51311"), Title("kommissionierer", "51311"),
        Title("fachlagerist", "51312"), Title("lagerfachkraft", "51312"), Title("lagerist", "51312"),
        Title("elektroniker", "26212"), Title("elektroinstallateur", "26212"), Title("elektriker", "26212"),
    ]);

    private static TrainingTitle Title(string text, string code) => new(text, OccupationCode.Parse(code));

    private static string Best(string normalized)
    {
        var scores = new double[Classifier.Occupations.Count];
        Assert.True(Classifier.Score(normalized, scores) > 0);
        return Classifier.Occupations[Array.IndexOf(scores, scores.Max())].ToString();
    }

    [Theory]
    [InlineData("kuchenbaecker", "29222")]
    [InlineData("lagerarbeiter", "51311")]
    [InlineData("elektromonteur", "26212")]
    public void An_unseen_compound_goes_to_the_occupation_that_shares_its_stem(string title, string code) =>
        Assert.Equal(code, Best(title));

    [Theory]
    [InlineData("brothelfer", "29221")]
    [InlineData("lagerfachhelfer", "51311")]
    [InlineData("fachkraft lager", "51312")]
    public void The_ending_of_a_title_decides_the_level_within_a_field(string title, string code) =>
        Assert.Equal(code, Best(title));

    [Fact]
    public void A_title_of_unknown_letters_has_no_evidence()
    {
        var scores = new double[Classifier.Occupations.Count];
        Assert.Equal(0, Classifier.Score("qxqzy", scores));
    }

    [Fact]
    public void Scores_need_one_slot_per_occupation() =>
        Assert.Throws<ArgumentException>(() => Classifier.Score("baecker", new double[1]));
}
