using Matcher.Core;
using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public class TitleResolverTests
{
    private static readonly TitleResolver Resolver = Make.Resolver;

    [Theory]
    [InlineData("Elektroniker (m/w/d) Energie- und Gebäudetechnik", "26212")]
    [InlineData("Köchin", "29302")]
    [InlineData("Koch/Köchin", "29302")]
    [InlineData("Fachlagerist*in", "51312")]
    [InlineData("Fachlagerist:in", "51312")]
    [InlineData("Fachlagerist_in", "51312")]
    [InlineData("FachlageristIn", "51312")]
    [InlineData("Fachlagerist/-in (w/m/d)", "51312")]
    [InlineData("Maler und Lackierer", "33212")]
    [InlineData("Malerin und Lackiererin", "33212")]
    [InlineData("Altenpflegehelferin", "82101")]
    [InlineData("Kauffrau für Büromanagement", "71402")]
    [InlineData("Medizinischer Fachangestellter", "81102")]
    [InlineData("Zimmerin", "33322")]
    [InlineData("Staplerfahrer (gn*)", "52531")]
    public void Gender_forms_resolve_to_the_same_occupation(string title, string code)
    {
        var r = Resolver.Resolve(title);
        Assert.True(r.IsConfident, $"{title} -> {r.Normalized}");
        Assert.Equal(code, r.Best!.Occupation.Code.ToString());
    }

    [Theory]
    [InlineData("Baeckerin", "29222")]
    [InlineData("Baecker", "29222")]
    [InlineData("Schweisser", "24422")]
    [InlineData("Gebaeudereiniger", "54112")]
    [InlineData("Fleischereifachverkaeuferin", "62322")]
    public void Missing_umlauts_resolve(string title, string code) =>
        Assert.Equal(code, Resolver.Resolve(title).Best?.Occupation.Code.ToString());

    [Theory]
    [InlineData("Altenpflegehelferinn", "82101")]
    [InlineData("Elektroniker Energie und Gebeudetechnik", "26212")]
    [InlineData("Zerspanungsmechanikr", "24232")]
    [InlineData("Kommissionierrer", "51312")]
    public void Typos_and_extra_words_resolve_with_confidence_below_one(string title, string code)
    {
        var r = Resolver.Resolve(title);
        Assert.Equal(code, r.Best?.Occupation.Code.ToString());
        Assert.InRange(r.Best!.Confidence, Resolver.ConfidenceThreshold, 0.999);
    }

    [Theory]
    [InlineData("Astronaut")]
    [InlineData("Quantenflötist")]
    [InlineData("Helfer")]
    [InlineData("in")]
    [InlineData("(m/w/d)")]
    [InlineData("")]
    public void Unknown_or_ambiguous_titles_give_no_confident_match(string title)
    {
        var r = Resolver.Resolve(title);
        Assert.False(r.IsConfident);
        Assert.Null(r.Best);
    }

    [Theory]
    [InlineData("Kassierer")]
    [InlineData("Programmierer")]
    [InlineData("Fahrer")]
    public void Suggestions_a_thousand_times_less_likely_than_the_best_are_left_out(string title)
    {
        var matches = Resolver.Resolve(title, 10).Matches;
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(m.Confidence >= 0.001 * matches[0].Confidence, $"{m.Occupation.TitleDe} {m.Confidence}"));
        Assert.True(matches.Count < 10, "nothing was left out");
    }

    [Fact]
    public void Matches_are_ranked_by_confidence_then_code()
    {
        var matches = Resolver.Resolve("Mechatroniker", 10).Matches;
        for (var i = 1; i < matches.Count; i++)
        {
            Assert.True(matches[i - 1].Confidence > matches[i].Confidence
                || (matches[i - 1].Confidence == matches[i].Confidence && matches[i - 1].Occupation.Code.Value < matches[i].Occupation.Code.Value));
        }
    }

    [Theory]
    [InlineData("Ausbildung zum Maurer", "32122", AdvertKind.Apprenticeship)]
    [InlineData("Kellner/in gesucht", "63302", AdvertKind.Job)]
    [InlineData("MFA (m/w/d) in Teilzeit", "81102", AdvertKind.Job)]
    [InlineData("Kraftfahrer Klasse CE", "52122", AdvertKind.Job)]
    [InlineData("Einstiegsqualifizierung Koch", "29302", AdvertKind.Einstiegsqualifizierung)]
    public void Advert_titles_resolve_to_their_occupation_and_say_what_kind_of_place_they_offer(string title, string code, AdvertKind kind)
    {
        var r = Resolver.Resolve(title);
        Assert.Equal(code, r.Matches[0].Occupation.Code.ToString());
        Assert.Equal(kind, r.Advert?.Kind);
    }

    [Fact]
    public void A_title_known_exactly_under_two_codes_is_never_confident()
    {
        Occupation Make(string code, string title) => new(OccupationCode.Parse(code), title, "x", false, false, null, ["Lagerist/in"]);
        var taxonomy = new OccupationTaxonomy([Make("51311", "Lagerhelfer/in"), Make("51312", "Fachkraft - Lagerlogistik")], [], [], "test");
        var r = new TitleResolver(taxonomy).Resolve("Lagerist");
        Assert.False(r.IsConfident);
        Assert.Equal(2, r.Matches.Count(m => m.Confidence == 1.0));
    }

    [Fact]
    public void Leading_words_known_as_a_title_outweigh_a_qualifier_from_another_field_but_only_as_a_tie()
    {
        var r = Resolver.Resolve("Elektriker*in für Gebäudetechnik");
        Assert.Equal("26212", r.Matches[0].Occupation.Code.ToString());
        Assert.False(r.IsConfident);
        // Within one field the qualifier specialises: the butchery's sales assistant, not the general one.
        Assert.Equal("62322", Resolver.Resolve("Verkäufer Fleischtheke (m/w/d)").Matches[0].Occupation.Code.ToString());
    }
}
