using Matcher.Core;

namespace Matcher.Bench.Quality;

/// <summary>What the simulated world knows about a person and the matcher cannot see.</summary>
/// <param name="TrueSkills">Skills held for real: most declared ones, plus undeclared and informally learned ones.</param>
/// <param name="RealGerman">German as it is at work, which may differ from the certificate by a level.</param>
/// <param name="CommuteTolerance">Daily minutes the person will really sustain, around the stated limit.</param>
/// <param name="TravelFactor">Real door-to-door time over the estimate (bus connections, walks to the stop).</param>
/// <param name="TrainingMotivation">How much the person wants, and will carry through, an apprenticeship or EQ (0..1).</param>
/// <param name="AcceptsShifts">Whether shift work really works for the person (some who say no manage; some who say yes do not).</param>
/// <param name="Reliability">A personal factor on every placement (health, family, luck), 0.6..1.</param>
public sealed record HiddenPerson(
    IReadOnlySet<string> TrueSkills,
    CefrLevel RealGerman,
    double CommuteTolerance,
    double TravelFactor,
    double TrainingMotivation,
    bool AcceptsShifts,
    double Reliability);
