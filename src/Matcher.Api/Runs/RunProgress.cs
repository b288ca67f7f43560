namespace Matcher.Api.Runs;

/// <summary>Where a running match run is: its current step in German, the region's size, and the time so far.</summary>
/// <param name="Step">E.g. "Paare erzeugen und bewerten".</param>
/// <param name="StepsDone">Steps finished, of the pipeline's seven (plus loading and storing).</param>
public sealed record RunProgress(long RunId, string Step, int StepsDone, int? Candidates, int? Vacancies, TimeSpan Elapsed)
{
    /// <summary>The German name of the step that follows the pipeline stage <paramref name="finished"/>.</summary>
    public static string NextStep(string finished) => finished switch
    {
        "index" => "Paare erzeugen und bewerten",
        "generate+score" => "Zuordnung aufbauen",
        "vacancy cut" => "Zuordnung aufbauen",
        "build" => "optimale Zuordnung berechnen",
        "solve" => "Optimalität prüfen",
        "verify" => "Vorschläge begründen",
        _ => "Vorschläge speichern",
    };
}
