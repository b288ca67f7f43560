using System.Collections.Immutable;

namespace Matcher.Core.Generation;

/// <summary>Where a generated region lies: its name and towns.</summary>
public sealed record RegionProfile(string Name, ImmutableArray<Town> Towns)
{
    /// <summary>The Burgenlandkreis in the south of Saxony-Anhalt: a rural district of about 180,000 people.</summary>
    public static RegionProfile Burgenlandkreis { get; } = new("Burgenlandkreis",
    [
        new("Weißenfels", new GeoPoint(51.2000, 11.9667), 40),
        new("Naumburg (Saale)", new GeoPoint(51.1500, 11.8097), 32),
        new("Zeitz", new GeoPoint(51.0478, 12.1383), 27),
        new("Hohenmölsen", new GeoPoint(51.1573, 12.0979), 9),
        new("Lützen", new GeoPoint(51.2572, 12.1408), 8.5),
        new("Teuchern", new GeoPoint(51.1224, 12.0226), 8),
        new("Elsteraue", new GeoPoint(51.0900, 12.2100), 8),
        new("Freyburg (Unstrut)", new GeoPoint(51.2128, 11.7709), 4.8),
        new("Bad Kösen", new GeoPoint(51.1333, 11.7167), 4.5),
        new("Nebra (Unstrut)", new GeoPoint(51.2869, 11.5783), 3),
        new("Laucha an der Unstrut", new GeoPoint(51.2262, 11.6797), 3),
        new("Osterfeld", new GeoPoint(51.0800, 11.9300), 2.6),
        new("Droyßig", new GeoPoint(51.0410, 12.0340), 2),
        new("Karsdorf", new GeoPoint(51.2500, 11.6500), 2),
    ]);

    /// <summary>Saxony-Anhalt as a whole, for federal-state scale runs: its larger towns.</summary>
    public static RegionProfile SachsenAnhalt { get; } = new("Sachsen-Anhalt",
    [
        new("Halle (Saale)", new GeoPoint(51.4969, 11.9688), 240),
        new("Magdeburg", new GeoPoint(52.1205, 11.6276), 240),
        new("Dessau-Roßlau", new GeoPoint(51.8333, 12.2333), 75),
        new("Lutherstadt Wittenberg", new GeoPoint(51.8667, 12.6500), 45),
        new("Halberstadt", new GeoPoint(51.8958, 11.0467), 40),
        new("Weißenfels", new GeoPoint(51.2000, 11.9667), 40),
        new("Stendal", new GeoPoint(52.6000, 11.8500), 39),
        new("Bitterfeld-Wolfen", new GeoPoint(51.6167, 12.3167), 37),
        new("Merseburg", new GeoPoint(51.3544, 11.9928), 34),
        new("Bernburg (Saale)", new GeoPoint(51.8000, 11.7333), 32),
        new("Naumburg (Saale)", new GeoPoint(51.1500, 11.8097), 32),
        new("Wernigerode", new GeoPoint(51.8333, 10.7833), 32),
        new("Schönebeck (Elbe)", new GeoPoint(52.0167, 11.7333), 30),
        new("Sangerhausen", new GeoPoint(51.4667, 11.3000), 26),
        new("Köthen (Anhalt)", new GeoPoint(51.7511, 11.9708), 25),
        new("Zeitz", new GeoPoint(51.0478, 12.1383), 27),
        new("Aschersleben", new GeoPoint(51.7500, 11.4667), 27),
        new("Quedlinburg", new GeoPoint(51.7833, 11.1500), 23),
        new("Lutherstadt Eisleben", new GeoPoint(51.5275, 11.5478), 23),
        new("Burg", new GeoPoint(52.2667, 11.8500), 22),
        new("Zerbst/Anhalt", new GeoPoint(51.9667, 12.0833), 21),
        new("Salzwedel", new GeoPoint(52.8500, 11.1500), 23),
    ]);
}
