using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matcher.Core.Scoring;

/// <summary>
/// Relative weights of the score components (any non-negative numbers; the score divides by the sum
/// of the weights that apply to a pair). The defaults and their reasons are in the README.
/// </summary>
public sealed record ScoringWeights(
    double OccupationFit,
    double EssentialSkills,
    double OptionalSkills,
    double Qualification,
    double German,
    double Commute,
    double MovingUp,
    double Preferences)
{
    public static ScoringWeights Default { get; } = new(
        OccupationFit: 0.20,
        EssentialSkills: 0.20,
        OptionalSkills: 0.05,
        Qualification: 0.15,
        German: 0.10,
        Commute: 0.10,
        MovingUp: 0.12,
        Preferences: 0.08);

    public double For(ScoreComponentKind kind) => kind switch
    {
        ScoreComponentKind.OccupationFit => OccupationFit,
        ScoreComponentKind.EssentialSkills => EssentialSkills,
        ScoreComponentKind.OptionalSkills => OptionalSkills,
        ScoreComponentKind.Qualification => Qualification,
        ScoreComponentKind.German => German,
        ScoreComponentKind.Commute => Commute,
        ScoreComponentKind.MovingUp => MovingUp,
        ScoreComponentKind.Preferences => Preferences,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads weights from JSON (all eight properties required); throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static ScoringWeights Load(Stream json, string sourceName)
    {
        ScoringWeights? weights;
        try
        {
            weights = JsonSerializer.Deserialize<ScoringWeights>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sourceName}: {e.Message}", e);
        }
        if (weights is null) throw new InvalidDataException($"{sourceName}: empty.");
        foreach (var kind in Enum.GetValues<ScoreComponentKind>())
        {
            var w = weights.For(kind);
            if (!double.IsFinite(w) || w < 0) throw new InvalidDataException($"{sourceName}: weight '{kind}' must be a finite number >= 0, not {w}.");
        }
        if (Enum.GetValues<ScoreComponentKind>().Sum(weights.For) <= 0) throw new InvalidDataException($"{sourceName}: at least one weight must be positive.");
        return weights;
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
