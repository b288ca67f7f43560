namespace Matcher.Core;

/// <summary>Language level on the Common European Framework of Reference, A0 meaning no knowledge yet.</summary>
public enum CefrLevel
{
    A0 = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
