using Matcher.Core.Vacancies;

namespace Matcher.Core.Batch;

/// <summary>
/// Vacancies bucketed by location on a grid of about 10 km cells, to find those within a radius without
/// looking at all of them. A superset filter: callers still check the exact distance.
/// </summary>
public sealed class VacancyGrid
{
    private const double CellDegrees = 0.1;
    private readonly Dictionary<(int, int), (int Start, int Count)> cells = [];
    private readonly int[] members;

    public VacancyGrid(IReadOnlyList<Vacancy> vacancies)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        // Members of one cell lie next to each other, in ascending vacancy order.
        var keyed = new (int, int)[vacancies.Count];
        for (var k = 0; k < vacancies.Count; k++) keyed[k] = Cell(vacancies[k].Location.Latitude, vacancies[k].Location.Longitude);
        members = [.. Enumerable.Range(0, vacancies.Count).OrderBy(k => keyed[k]).ThenBy(k => k)];
        for (var at = 0; at < members.Length;)
        {
            var key = keyed[members[at]];
            var end = at;
            while (end < members.Length && keyed[members[end]] == key) end++;
            cells[key] = (at, end - at);
            at = end;
        }
    }

    /// <summary>
    /// The vacancy indexes in grid order: the members of one cell lie next to each other. Positions in this list
    /// ("slots") are what <see cref="CollectNear"/> returns, so callers can keep per-vacancy data in slot order and read it sequentially.
    /// </summary>
    public IReadOnlyList<int> Slots => members;

    /// <summary>Adds to <paramref name="into"/> the slot ranges of the cells that a circle of <paramref name="radiusKm"/> around <paramref name="centre"/> touches.</summary>
    public void CollectNear(GeoPoint centre, double radiusKm, List<(int Start, int Count)> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var dLat = radiusKm / 111.0 + CellDegrees;
        var dLon = radiusKm / (111.0 * Math.Max(0.1, Math.Cos(centre.Latitude * Math.PI / 180))) + CellDegrees;
        var (minLat, minLon) = Cell(centre.Latitude - dLat, centre.Longitude - dLon);
        var (maxLat, maxLon) = Cell(centre.Latitude + dLat, centre.Longitude + dLon);
        for (var a = minLat; a <= maxLat; a++)
            for (var b = minLon; b <= maxLon; b++)
                if (cells.TryGetValue((a, b), out var range))
                    into.Add(range);
    }

    private static (int, int) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegrees), (int)Math.Floor(longitude / CellDegrees));
}
