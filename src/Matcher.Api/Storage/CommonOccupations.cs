using Matcher.Core;
using Matcher.Core.Taxonomy;

namespace Matcher.Api.Storage;

/// <summary>
/// The occupations rural SMEs recruit for: the codes of the curated taxonomy shipped beside the official one
/// (<c>data/curated</c>). The demo region draws its people and offers from them.
/// </summary>
public sealed record CommonOccupations(IReadOnlyCollection<OccupationCode> Codes)
{
    /// <summary>The curated taxonomy's codes from <paramref name="directory"/>; none (then all occupations) when it is not there.</summary>
    public static CommonOccupations Load(string directory) =>
        new(Directory.Exists(directory) ? [.. TaxonomyLoader.LoadDirectory(directory).Occupations.Keys] : []);
}
