namespace Matcher.Core;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Creates a point; latitude must lie in [-90, 90], longitude in [-180, 180].</summary>
    public GeoPoint(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90)) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be in [-90, 90].");
        if (!(longitude is >= -180 and <= 180)) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be in [-180, 180].");
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }
    public double Longitude { get; }

    /// <summary>Cosine of the latitude, the factor the distance needs: precompute it to measure many distances from one point.</summary>
    public double LatitudeCosine() => Math.Cos(DegreesToRadians(Latitude));

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public double DistanceKmTo(GeoPoint other) => DistanceKm(this, LatitudeCosine(), other, other.LatitudeCosine());

    /// <summary>
    /// <see cref="DistanceKmTo"/> with both <see cref="LatitudeCosine"/>s already known; the same arithmetic, so the
    /// same result to the last bit when the cosines are the points' own.
    /// </summary>
    public static double DistanceKm(GeoPoint a, double aLatitudeCosine, GeoPoint b, double bLatitudeCosine)
    {
        var halfLat = Math.Sin(DegreesToRadians(b.Latitude - a.Latitude) / 2);
        var halfLon = Math.Sin(DegreesToRadians(b.Longitude - a.Longitude) / 2);
        var h = halfLat * halfLat + aLatitudeCosine * bLatitudeCosine * halfLon * halfLon;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
