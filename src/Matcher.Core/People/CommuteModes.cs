namespace Matcher.Core.People;

/// <summary>Ways a person can get to work.</summary>
[Flags]
public enum CommuteModes
{
    None = 0,
    /// <summary>Own car (implies a driving licence).</summary>
    Car = 1,
    PublicTransport = 2,
    Bicycle = 4,
}
