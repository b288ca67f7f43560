using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Matcher.Api.Setup;
using Matcher.Api.Storage;
using Matcher.Core.Scoring;
using Matcher.Core.Scoring.Calibration;
using Microsoft.Extensions.Options;

namespace Matcher.Api.Outcomes;

/// <summary>
/// <c>dotnet run --project src/Matcher.Api -- weights fit [--from DB] [--out FILE]</c>: fits the scoring weights to the
/// recorded outcomes (<see cref="WeightFit"/>) and prints them beside the weights the service runs on, with AUC, Brier
/// score and a reliability table on a held-out fifth of the people. A proposal counts as a lasting placement when it
/// reached "still employed / in training after probation", as failed when its latest outcome is "ended early" or
/// "declined"; pairs still under way are left out. Writes a weights file only with --out. Exit code 0 when fitted,
/// 1 on bad arguments or too few outcomes.
/// </summary>
public static class WeightsCommand
{
    /// <summary>Fewer labelled proposals than this (or no outcome of one kind) fit nothing worth reading.</summary>
    public const int MinimumExamples = 30;

    /// <param name="output">Where the report goes (standard output by default).</param>
    /// <param name="errors">Where complaints go (standard error by default).</param>
    public static int Run(string[] args, IServiceProvider services, TextWriter? output = null, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var report = output ?? Console.Out;
        var complain = errors ?? Console.Error;
        int Fail(string message)
        {
            complain.WriteLine(message);
            return 1;
        }

        if (args.Length < 2 || args[1] != "fit")
            return Fail("Aufruf: weights fit [--from DATENBANK] [--out DATEI]");
        string? from = null, outFile = null;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Length: from = args[++i]; break;
                case "--out" when i + 1 < args.Length: outFile = args[++i]; break;
                default: return Fail($"Unbekannte Angabe '{args[i]}'. Aufruf: weights fit [--from DATENBANK] [--out DATEI]");
            }
        }
        if (from is not null && !File.Exists(from)) return Fail($"--from: die Datenbank '{from}' gibt es nicht.");

        var database = from is null ? services.GetRequiredService<Database>() : new Database($"Data Source={from};Mode=ReadOnly");
        var repository = new RegionRepository(database, TimeProvider.System);
        var scorer = services.GetRequiredService<PairScorer>();
        var current = services.GetRequiredService<ScoringWeights>();
        var weightsPath = MatcherOptions.Resolve(services.GetRequiredService<IOptions<MatcherOptions>>().Value.ScoringWeightsPath);

        var (examples, skipped) = Examples(database, repository, scorer);
        var train = examples.Where(e => !e.HeldOut).Select(e => e.Example).ToList();
        var heldOut = examples.Where(e => e.HeldOut).Select(e => e.Example).ToList();
        report.WriteLine($"{examples.Count} Vorschläge mit bekanntem Ausgang ({examples.Count(e => e.Example.Success)} dauerhaft), {skipped} übersprungen (Person oder Stelle nicht mehr da); angepasst an {train.Count}, geprüft an {heldOut.Count}.");
        if (train.Count < MinimumExamples || train.All(e => e.Success) || !train.Any(e => e.Success))
            return Fail($"Zu wenige Ergebnisse zum Anpassen: mindestens {MinimumExamples} Vorschläge mit bekanntem Ausgang, dauerhafte und gescheiterte, werden gebraucht.");

        var fitted = WeightFit.Fit(train);
        var (scale, intercept) = WeightFit.Calibrate(current, train);
        report.WriteLine($"Gewichte des Dienstes: {weightsPath}");
        report.WriteLine();
        report.WriteLine("| Gewicht | im Dienst | angepasst |");
        report.WriteLine("|---|---|---|");
        foreach (var kind in Enum.GetValues<ScoreComponentKind>())
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Explanations.GermanExplanation.ComponentName(kind)} | {current.For(kind):0.00} | {fitted.Weights.For(kind):0.00} |"));
        if (heldOut.Count > 0)
        {
            var before = CalibrationReport.Of([.. heldOut.Select(e => (FittedScoring.Sigmoid(intercept + scale * FittedScoring.LogScore(current, e.LogComponents)), e.Success))]);
            var after = CalibrationReport.Of([.. heldOut.Select(e => (fitted.Probability(e.LogComponents), e.Success))]);
            report.WriteLine();
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Zurückgehaltene Personen ({heldOut.Count} Vorschläge): AUC im Dienst {before.Auc:0.000}, angepasst {after.Auc:0.000}; Brier im Dienst {before.Brier:0.0000}, angepasst {after.Brier:0.0000}."));
            report.WriteLine("Verlässlichkeit der angepassten Gewichte (vorhergesagt: Anzahl, im Mittel vorhergesagt, beobachtet):");
            foreach (var bin in after.Reliability)
                report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bin.From:0.0}–{bin.To:0.0}: {bin.Count}, {bin.MeanPredicted:0.000}, {bin.Observed:0.000}"));
        }
        if (outFile is not null)
        {
            try
            {
                File.WriteAllText(outFile, fitted.Weights.ToJson($"Angepasst mit 'weights fit' an {train.Count} Vorschlägen mit bekanntem Ausgang, {DateTime.UtcNow:yyyy-MM-dd}."));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail($"--out: {e.Message}");
            }
            report.WriteLine($"Geschrieben: {outFile} (der Dienst nutzt sie, wenn Matcher:ScoringWeightsPath darauf zeigt).");
        }
        return 0;
    }

    /// <summary>The labelled proposals: their score components now, whether they lasted, and whether the person is held out.</summary>
    private static (List<(OutcomeExample Example, bool HeldOut)> Examples, int Skipped) Examples(Database database, RegionRepository repository, PairScorer scorer)
    {
        using var connection = database.Open();
        // Per pair: lasting once it reached 'retained'; failed when its latest outcome ends it; otherwise still under way.
        var pairs = connection.Query<(string CandidateId, string VacancyId, long Retained, string Latest, string On)>(
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
        var examples = new List<(OutcomeExample, bool)>();
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
            examples.Add((OutcomeExample.From(score, success), HeldOut(candidateId)));
        }
        return (examples, skipped);
    }

    /// <summary>A fifth of the people, fixed by their id: all of one person's outcomes on the same side of the split.</summary>
    private static bool HeldOut(string candidateId) => SHA256.HashData(Encoding.UTF8.GetBytes(candidateId))[0] % 5 == 0;


}
