using Matcher.Core.Taxonomy;
using Matcher.Core.Taxonomy.Import;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Taxonomy;

public class GenderFormsOfficialTitlesTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_suffix_form_in_the_BA_list_reads_as_a_whole_title_never_as_a_bare_suffix()
    {
        if (OfficialSample.Find("ba-mappings/Alphabetisches-Verzeichnis-Berufsbenennungen_utf8.csv", output) is not { } path) return;
        var slashed = BaJobTitleReader.Read(path).Select(t => t.Title).Where(t => t.Contains("/-", StringComparison.Ordinal)).Distinct().ToList();
        // "Kaufmann/-frau", "Papiertechnologe/-technologin", "Automatenbefüller/-kassierer/in": a suffix after "/-" is
        // joined to the word before it; a whole word after "/" ("Arzt/Ärztin") is the feminine form itself.
        Assert.True(slashed.Count > 1_000, $"only {slashed.Count} suffix forms read");
        var wrong = new List<string>();
        foreach (var title in slashed)
        {
            var (masculine, feminine) = GenderForms.Expand(title);
            // Both readings begin as the title does: "Automatenbefüller/-kassierer/in" must not become "Kassiererin".
            var start = title[..Math.Min(3, title.IndexOfAny(['/', ' ', '-']) is var cut and > 0 ? cut : title.Length)];
            foreach (var reading in new[] { masculine, feminine })
                if (!reading.StartsWith(start, StringComparison.OrdinalIgnoreCase) || reading.Trim().Length < 3) wrong.Add($"{title} -> {reading}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {slashed.Count}: " + string.Join("; ", wrong.Take(20)));
    }
}
