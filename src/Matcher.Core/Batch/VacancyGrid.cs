using Matcher.Core.Vacancies;

namespace Matcher.Core.Batch;

/// <summary>
/// Vacancies bucketed by location on a grid of about 10 km cells, to find those within a radius without looking at
/// all of them. A superset filter: callers still check the exact distance. The members are ordered by row (latitude
/// cell), then cell, so the cells a circle touches in one row are one run of slots, found by two binary searches:
/// a walk costs a few dozen steps however sparse the grid, which lets the batch keep one grid per occupation profile.
/// </summary>
public sealed class VacancyGrid
{
    private const double CellDegrees = 0.1;
    private readonly int[] members;

    /// <summary>Per slot, the longitude cell of its member.</summary>
    private readonly int[] columnOf;

    /// <summary>The first row (latitude cell) that has members, and per row from there the run of its slots.</summary>
    private readonly int firstRow;
    private readonly (int Start, int Count)[] rows;

    public VacancyGrid(IReadOnlyList<Vacancy> vacancies)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        // Members of one cell lie next to each other, in ascending vacancy order.
        var keyed = new (int Row, int Column)[vacancies.Count];
        for (var k = 0; k < vacancies.Count; k++) keyed[k] = Cell(vacancies[k].Location.Latitude, vacancies[k].Location.Longitude);
        members = [.. Enumerable.Range(0, vacancies.Count).OrderBy(k => keyed[k]).ThenBy(k => k)];
        columnOf = [.. members.Select(k => keyed[k].Column)];
        if (members.Length == 0)
        {
            rows = [];
            return;
        }
        firstRow = keyed[members[0]].Row;
        rows = new (int, int)[keyed[members[^1]].Row - firstRow + 1];
        for (var at = 0; at < members.Length;)
        {
            var row = keyed[members[at]].Row;
            var end = at;
            while (end < members.Length && keyed[members[end]].Row == row) end++;
            rows[row - firstRow] = (at, end - at);
            at = end;
        }
    }

    /// <summary>
    /// The vacancy indexes in grid order: the members of one cell lie next to each other. Positions in this list
    /// ("slots") are what <see cref="CollectIn"/> returns, so callers can keep per-vacancy data in slot order and read it sequentially.
    /// </summary>
    public IReadOnlyList<int> Slots => members;

    /// <summary>
    /// The cells a circle of <paramref name="radiusKm"/> around <paramref name="centre"/> touches, as a block of rows
    /// and columns. Every grid has the same cells, so a caller that walks many grids around one place computes it once.
    /// </summary>
    public static Window Around(GeoPoint centre, double radiusKm)
    {
        var dLat = radiusKm / 111.0 + CellDegrees;
        var dLon = radiusKm / (111.0 * Math.Max(0.1, Math.Cos(centre.Latitude * Math.PI / 180))) + CellDegrees;
        var (minRow, minColumn) = Cell(centre.Latitude - dLat, centre.Longitude - dLon);
        var (maxRow, maxColumn) = Cell(centre.Latitude + dLat, centre.Longitude + dLon);
        return new Window(minRow, maxRow, minColumn, maxColumn);
    }

    /// <summary>Adds to <paramref name="into"/> the slot ranges of the cells in <paramref name="window"/>, a run per row.</summary>
    public void CollectIn(Window window, List<(int Start, int Count)> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var last = Math.Min(window.MaxRow, firstRow + rows.Length - 1);
        for (var row = Math.Max(window.MinRow, firstRow); row <= last; row++)
        {
            var (start, count) = rows[row - firstRow];
            if (count == 0) continue;
            var from = FirstAtLeast(start, start + count, window.MinColumn);
            var to = FirstAtLeast(from, start + count, window.MaxColumn + 1);
            if (to > from) into.Add((from, to - from));
        }
    }

    /// <summary>A block of cells: rows (latitude) and columns (longitude), both ends included.</summary>
    public readonly record struct Window(int MinRow, int MaxRow, int MinColumn, int MaxColumn);

    /// <summary>The first slot in [<paramref name="from"/>, <paramref name="to"/>) whose column is at least <paramref name="column"/> (or <paramref name="to"/>).</summary>
    private int FirstAtLeast(int from, int to, int column)
    {
        while (from < to)
        {
            var middle = (from + to) >>> 1;
            if (columnOf[middle] < column) from = middle + 1;
            else to = middle;
        }
        return from;
    }

    private static (int Row, int Column) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegrees), (int)Math.Floor(longitude / CellDegrees));
}
