namespace Matcher.Bench.Taxonomy;

/// <summary>One advert title of the evaluation set (<c>advert-titles.csv</c>: field;codes;title), with its right 5-digit codes.</summary>
internal sealed record LabelledAdvert(string Field, string[] Codes, string Title)
{
    /// <summary>The advert titles shipped beside the bench program.</summary>
    public static List<LabelledAdvert> LoadSet() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "advert-titles.csv")).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static LabelledAdvert Parse(string line)
    {
        var parts = line.Split(';', 3);
        return new LabelledAdvert(parts[0], parts[1].Split('|'), parts[2]);
    }
}
