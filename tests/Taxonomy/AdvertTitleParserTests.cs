using Matcher.Core;
using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public class AdvertTitleParserTests
{
    private static readonly AdvertTitleParser Parser = new(Make.Taxonomy.Abbreviations);

    private static readonly HashSet<string> TitleWords = ["kueche", "pflege", "helfer", "koch"];

    private static AdvertTitle Parse(string title) => Parser.Parse(title, TitleWords.Contains);

    [Theory]
    [InlineData("Ausbildung zum Bäcker 2026", "Bäcker")]
    [InlineData("Azubi Fachkraft für Lagerlogistik (m/w/d)", "Fachkraft für Lagerlogistik (m/w/d)")]
    [InlineData("Lehrstelle als Tischler", "Tischler")]
    [InlineData("Pflegefachmann/-frau (Ausbildung)", "Pflegefachmann/-frau")]
    public void Training_prefixes_make_an_apprenticeship_at_skilled_level(string title, string occupation)
    {
        var advert = Parse(title);
        Assert.Equal(occupation, advert.Occupation);
        Assert.Equal(AdvertKind.Apprenticeship, advert.Kind);
        Assert.Equal(RequirementLevel.Fachkraft, advert.LevelHint);
    }

    [Theory]
    [InlineData("Einstiegsqualifizierung Koch", AdvertKind.Einstiegsqualifizierung)]
    [InlineData("EQ Koch/Köchin", AdvertKind.Einstiegsqualifizierung)]
    [InlineData("Duales Studium Informatik", AdvertKind.DualStudy)]
    public void EQ_and_dual_study_are_told_apart(string title, AdvertKind kind) => Assert.Equal(kind, Parse(title).Kind);

    [Fact]
    public void A_trained_person_asked_for_is_a_job_not_a_training_place()
    {
        var advert = Parse("Mitarbeiter Landwirtschaft mit abgeschlossener Ausbildung als Landwirt");
        Assert.Equal(AdvertKind.Job, advert.Kind);
        Assert.Equal(RequirementLevel.Fachkraft, advert.LevelHint);
        Assert.DoesNotContain("Ausbildung", advert.Occupation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kellner/in gesucht", "Kellner/in")]
    [InlineData("Lagerhelfer (m/w/d) in Vollzeit ab sofort", "Lagerhelfer (m/w/d)")]
    [InlineData("Reinigungskraft in Teilzeit Minijob", "Reinigungskraft")]
    [InlineData("Verkäufer (m/w/d) unbefristet, 14,50 € pro Stunde", "Verkäufer (m/w/d)")]
    [InlineData("Staplerfahrer/in Schichtbetrieb ab 1. August 2026", "Staplerfahrer/in")]
    [InlineData("Erntehelfer Spargel Saison 2026", "Erntehelfer Spargel")]
    [InlineData("Koch für unser Team im Hotel am See", "Koch")]
    public void Working_time_contract_pay_dates_and_employer_talk_are_taken_out(string title, string occupation) =>
        Assert.Equal(occupation, Parse(title).Occupation);

    [Fact]
    public void A_place_is_taken_out_but_a_field_word_stays()
    {
        Assert.Equal("Koch", Parse("Koch in Magdeburg").Occupation);
        Assert.Equal("Helfer in Küche", Parse("Helfer in Küche").Occupation);
    }

    [Fact]
    public void Helper_words_hint_the_helper_level_in_the_BA_lists_words()
    {
        var advert = Parse("Aushilfe Service (m/w/d)");
        Assert.Equal(RequirementLevel.Helfer, advert.LevelHint);
        Assert.StartsWith("Helfer Service", advert.Occupation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MFA (m/w/d) in Teilzeit", "Medizinische Fachangestellte")]
    [InlineData("Kraftfahrer Klasse CE", "Berufskraftfahrer Güterverkehr")]
    [InlineData("Berufskraftfahrer C/CE Nahverkehr", "Berufskraftfahrer Güterverkehr")]
    [InlineData("Busfahrer Führerschein D", "Busfahrer")]
    public void Short_forms_and_licence_classes_are_written_out(string title, string expected) =>
        Assert.Contains(expected, Parse(title).Occupation, StringComparison.Ordinal);

    [Fact]
    public void A_licence_class_outside_its_context_is_left_alone() =>
        Assert.Equal("C Entwickler", Parse("C Entwickler").Occupation);

    [Fact]
    public void A_title_of_nothing_but_advert_words_is_kept_whole() =>
        Assert.Equal("Ausbildung 2026", Parse("Ausbildung 2026").Occupation);
}
