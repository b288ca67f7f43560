using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matcher.Core.Scoring;

/// <summary>
/// How strongly each component's shortfall lowers a score: the score is the product of the components, each raised to its
/// weight (<c>Π value^weight</c>). 0 ignores a component, 1 takes it as it is, 2 makes a shortfall count twice (in log terms
/// each weight is the component's coefficient, which is what fitting to outcomes estimates). Weights are non-negative, so
/// more of any component never lowers a score. The defaults and their reasons are in docs/scoring.md.
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
        OccupationFit: 0.5,
        EssentialSkills: 1,
        OptionalSkills: 1,
        Qualification: 1,
        German: 1,
        Commute: 1,
        MovingUp: 1,
        Preferences: 1);

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
        return weights;
    }

    /// <summary>The weights as a weights file that <see cref="Load"/> reads, with <paramref name="comment"/> as its first line (a // comment).</summary>
    public string ToJson(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var body = JsonSerializer.Serialize(this, Indented);
        return $"// {comment.ReplaceLineEndings(" ")}\n{body}\n";
    }

    private static readonly JsonSerializerOptions Indented = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
