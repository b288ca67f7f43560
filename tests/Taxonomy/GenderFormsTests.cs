using Matcher.Core.Taxonomy;
using Xunit;

namespace Matcher.Tests.Taxonomy;

public class GenderFormsTests
{
    [Theory]
    [InlineData("Elektroniker/in", "Elektroniker", "Elektronikerin")]
    [InlineData("Elektroniker/-in", "Elektroniker", "Elektronikerin")]
    [InlineData("Koch/Köchin", "Koch", "Köchin")]
    [InlineData("Kaufmann/-frau für Büromanagement", "Kaufmann für Büromanagement", "Kauffrau für Büromanagement")]
    [InlineData("Hotelfachmann/-frau", "Hotelfachmann", "Hotelfachfrau")]
    [InlineData("Papiertechnologe/-technologin", "Papiertechnologe", "Papiertechnologin")]
    [InlineData("Medizinische/r Fachangestellte/r", "Medizinischer Fachangestellter", "Medizinische Fachangestellte")]
    [InlineData("Maler/in und Lackierer/in", "Maler und Lackierer", "Malerin und Lackiererin")]
    [InlineData("Zimmerer/Zimmerin", "Zimmerer", "Zimmerin")]
    [InlineData("Reinigungskraft", "Reinigungskraft", "Reinigungskraft")]
    [InlineData("Automatenbefüller/-kassierer/in", "Automatenbefüller", "Automatenbefüllerin")]
    [InlineData("Paketbote/-botin", "Paketbote", "Paketbotin")]
    public void Expands_German_gender_notation(string title, string masculine, string feminine) =>
        Assert.Equal((masculine, feminine), GenderForms.Expand(title));

    [Theory]
    [InlineData("Elektroniker (m/w/d) Energie- und Gebäudetechnik", "elektroniker energie und gebaeudetechnik")]
    [InlineData("Fachlagerist*in", "fachlagerist")]
    [InlineData("Pflegefachkraft (w/m/d)", "pflegefachkraft")]
    [InlineData("ElektronikerIn", "elektroniker")]
    [InlineData("Straßenbauer:innen", "strassenbauer")]
    [InlineData("Café-Mitarbeiter m/w/d", "cafe mitarbeiter")]
    public void Normalises_markers_case_umlauts_and_punctuation(string title, string normalised) =>
        Assert.Equal(normalised, TitleNormalizer.Normalize(title));
}
