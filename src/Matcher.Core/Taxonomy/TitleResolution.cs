namespace Matcher.Core.Taxonomy;

/// <summary>The answer to "which occupation is this title?".</summary>
/// <param name="Query">The title as given.</param>
/// <param name="Normalized">The title after <see cref="TitleNormalizer"/>.</param>
/// <param name="IsConfident">False when even the best match is below the confidence threshold: "no confident match".</param>
/// <param name="Matches">Ranked best first (confidence descending, then code); may be non-empty even when not confident, as suggestions.</param>
/// <param name="Advert">What the advert words said: the kind of place and a level hint (<see cref="AdvertTitleParser"/>).</param>
public sealed record TitleResolution(string Query, string Normalized, bool IsConfident, IReadOnlyList<TitleMatch> Matches, AdvertTitle? Advert = null)
{
    /// <summary>The best match when confident, otherwise null.</summary>
    public TitleMatch? Best => IsConfident && Matches.Count > 0 ? Matches[0] : null;
}
