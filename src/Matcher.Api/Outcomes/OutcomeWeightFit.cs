using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Matcher.Api.Storage;
using Matcher.Core.Scoring;
using Matcher.Core.Scoring.Calibration;

namespace Matcher.Api.Outcomes;

/// <summary>
/// The weights fitted to the recorded outcomes of one database, judged on a held-out fifth of the people beside the
/// weights in use: what <c>weights fit</c> prints and the operator's weights page shows.
/// </summary>
/// <param name="Examples">Proposals with a known ending (lasting or failed) whose person and vacancy still exist.</param>
/// <param name="Skipped">Pairs with a known ending left out because the person or the vacancy is gone, or the pair is no longer possible.</param>
/// <param name="Fitted">Null when there were too few outcomes (see <see cref="MinimumExamples"/>).</param>
/// <param name="InUse">How the weights in use predict the held-out outcomes (scale and intercept fitted); null without held-out outcomes.</param>
/// <param name="FittedReport">How the fitted weights predict them; null without held-out outcomes.</param>
public sealed record OutcomeWeightFit(int Examples, int Lasting, int Skipped, int Train, int HeldOut,
    ScoringWeights Current, FittedScoring? Fitted, CalibrationReport? InUse, CalibrationReport? FittedReport)
{
    /// <summary>Fewer labelled proposals than this (or no outcome of one kind) fit nothing worth reading.</summary>
    public const int MinimumExamples = 30;

    /// <summary>
    /// Fits to the outcomes in <paramref name="database"/>. A pair lasted once it reached "retained"; it failed when its
    /// latest outcome is "ended_early" or "declined"; pairs still under way are left out. The score components are
    /// those of the pair today, as of the first outcome's date.
    /// </summary>
    public static OutcomeWeightFit From(Database database, RegionRepository repository, PairScorer scorer, ScoringWeights current)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(scorer);
        List<(string CandidateId, string VacancyId, long Retained, string Latest, string On)> pairs;
        using (var connection = database.Open())
            pairs = connection.Query<(string, string, long, string, string)>(
                """
                SELECT candidate_id, vacancy_id,
                       max(stage = 'retained'),
                       (SELECT o2.stage FROM outcomes o2 WHERE o2.candidate_id = o.candidate_id AND o2.vacancy_id = o.vacancy_id ORDER BY o2.happened_on DESC, o2.id DESC LIMIT 1),
                       min(happened_on)
                FROM outcomes o
                GROUP BY candidate_id, vacancy_id
                """).ToList();
        var (candidates, vacancies) = repository.LoadAll();
        var people = candidates.ToDictionary(c => c.Candidate.Id, StringComparer.Ordinal);
        var offers = vacancies.ToDictionary(v => v.Vacancy.Id, StringComparer.Ordinal);
        var train = new List<OutcomeExample>();
        var heldOut = new List<OutcomeExample>();
        var skipped = 0;
        foreach (var (candidateId, vacancyId, retained, latest, on) in pairs)
        {
            bool success;
            if (retained == 1) success = true;
            else if (latest is "ended_early" or "declined") success = false;
            else continue;
            if (!people.TryGetValue(candidateId, out var person) || !offers.TryGetValue(vacancyId, out var offer)) { skipped++; continue; }
            var score = scorer.Score(person.Candidate, offer.Vacancy, DateOnly.ParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (score.IsKnockedOut) { skipped++; continue; }
            (IsHeldOut(candidateId) ? heldOut : train).Add(OutcomeExample.From(score, success));
        }
        var examples = train.Count + heldOut.Count;
        var lasting = train.Count(e => e.Success) + heldOut.Count(e => e.Success);
        if (train.Count < MinimumExamples || train.All(e => e.Success) || !train.Any(e => e.Success))
            return new OutcomeWeightFit(examples, lasting, skipped, train.Count, heldOut.Count, current, null, null, null);
        var fitted = WeightFit.Fit(train);
        if (heldOut.Count == 0)
            return new OutcomeWeightFit(examples, lasting, skipped, train.Count, 0, current, fitted, null, null);
        var (scale, intercept) = WeightFit.Calibrate(current, train);
        var inUse = CalibrationReport.Of([.. heldOut.Select(e => (FittedScoring.Sigmoid(intercept + scale * FittedScoring.LogScore(current, e.LogComponents)), e.Success))]);
        var fittedReport = CalibrationReport.Of([.. heldOut.Select(e => (fitted.Probability(e.LogComponents), e.Success))]);
        return new OutcomeWeightFit(examples, lasting, skipped, train.Count, heldOut.Count, current, fitted, inUse, fittedReport);
    }

    /// <summary>A fifth of the people, fixed by their id: all of one person's outcomes on the same side of the split.</summary>
    private static bool IsHeldOut(string candidateId) => SHA256.HashData(Encoding.UTF8.GetBytes(candidateId))[0] % 5 == 0;
}
