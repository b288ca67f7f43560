using System.Globalization;
using Matcher.Api.Setup;
using Matcher.Api.Storage;
using Matcher.Core.Scoring;
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

        var fit = OutcomeWeightFit.From(database, repository, scorer, current);
        report.WriteLine($"{fit.Examples} Vorschläge mit bekanntem Ausgang ({fit.Lasting} dauerhaft), {fit.Skipped} übersprungen (Person oder Stelle nicht mehr da); angepasst an {fit.Train}, geprüft an {fit.HeldOut}.");
        if (fit.Fitted is not { } fitted)
            return Fail($"Zu wenige Ergebnisse zum Anpassen: mindestens {OutcomeWeightFit.MinimumExamples} Vorschläge mit bekanntem Ausgang, dauerhafte und gescheiterte, werden gebraucht.");
        report.WriteLine($"Gewichte des Dienstes: {weightsPath}");
        report.WriteLine();
        report.WriteLine("| Gewicht | im Dienst | angepasst |");
        report.WriteLine("|---|---|---|");
        foreach (var kind in Enum.GetValues<ScoreComponentKind>())
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Explanations.GermanExplanation.ComponentName(kind)} | {current.For(kind):0.00} | {fitted.Weights.For(kind):0.00} |"));
        if (fit is { InUse: { } before, FittedReport: { } after })
        {
            report.WriteLine();
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Zurückgehaltene Personen ({fit.HeldOut} Vorschläge): AUC im Dienst {before.Auc:0.000}, angepasst {after.Auc:0.000}; Brier im Dienst {before.Brier:0.0000}, angepasst {after.Brier:0.0000}."));
            report.WriteLine("Verlässlichkeit der angepassten Gewichte (vorhergesagt: Anzahl, im Mittel vorhergesagt, beobachtet):");
            foreach (var bin in after.Reliability)
                report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bin.From:0.0}–{bin.To:0.0}: {bin.Count}, {bin.MeanPredicted:0.000}, {bin.Observed:0.000}"));
        }
        if (outFile is not null)
        {
            try
            {
                File.WriteAllText(outFile, fitted.Weights.ToJson($"Angepasst mit 'weights fit' an {fit.Train} Vorschlägen mit bekanntem Ausgang, {DateTime.UtcNow:yyyy-MM-dd}."));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail($"--out: {e.Message}");
            }
            report.WriteLine($"Geschrieben: {outFile} (der Dienst nutzt sie, wenn Matcher:ScoringWeightsPath darauf zeigt).");
        }
        return 0;
    }
}
