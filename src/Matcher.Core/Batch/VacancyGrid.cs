using Matcher.Core.Vacancies;

namespace Matcher.Core.Batch;

/// <summary>
/// Vacancies bucketed by location on a grid of about 10 km cells, to find those within a radius without
/// looking at all of them. A superset filter: callers still check the exact distance.
/// </summary>
public sealed class VacancyGrid
{
    private const double CellDegrees = 0.1;
    private readonly Dictionary<(int, int), List<int>> cells = [];

    public VacancyGrid(IReadOnlyList<Vacancy> vacancies)
    {
        for (var k = 0; k < vacancies.Count; k++)
        {
            var key = Cell(vacancies[k].Location.Latitude, vacancies[k].Location.Longitude);
            if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
            list.Add(k);
        }
    }

    /// <summary>Indexes of the vacancies in the cells that a circle of <paramref name="radiusKm"/> around <paramref name="centre"/> touches.</summary>
    public IEnumerable<int> Near(GeoPoint centre, double radiusKm)
    {
        var dLat = radiusKm / 111.0 + CellDegrees;
        var dLon = radiusKm / (111.0 * Math.Max(0.1, Math.Cos(centre.Latitude * Math.PI / 180))) + CellDegrees;
        var (minLat, minLon) = Cell(centre.Latitude - dLat, centre.Longitude - dLon);
        var (maxLat, maxLon) = Cell(centre.Latitude + dLat, centre.Longitude + dLon);
        for (var a = minLat; a <= maxLat; a++)
            for (var b = minLon; b <= maxLon; b++)
                if (cells.TryGetValue((a, b), out var list))
                    foreach (var k in list) yield return k;
    }

    private static (int, int) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegrees), (int)Math.Floor(longitude / CellDegrees));
}
