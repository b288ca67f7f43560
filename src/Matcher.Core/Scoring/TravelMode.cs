namespace Matcher.Core.Scoring;

/// <summary>The mode a commute estimate assumes.</summary>
public enum TravelMode
{
    Car,
    PublicTransport,
    Bicycle,
    Walking,
}
