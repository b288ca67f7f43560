using System.Diagnostics;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Storage;
using Matcher.Core.Assignment;
using Matcher.Core.Assignment.Constrained;
using Matcher.Core.Batch;
using Matcher.Core.Shortlists;

namespace Matcher.Api.Runs;

/// <summary>
/// Runs the re-match of the stored region: loads the candidates who consented and all vacancies, pins the commitments
/// (accepted proposals, started jobs) that are still possible, solves the optimal capacitated assignment and stores the
/// proposals with their explanations. One run at a time (<see cref="MatchRunStore.TryStart"/>); a run that fails or is
/// cancelled stores nothing, so the previous run stays the current one.
/// </summary>
public sealed class MatchRunner(
    MatchRunStore store, RegionRepository repository, BatchPipeline pipeline, GermanExplanation explain, AuditTrail audit, Setup.RegionCalendar calendar,
    IHostApplicationLifetime lifetime, ILogger<MatchRunner> log, Microsoft.Extensions.Options.IOptions<Setup.MatcherOptions> options)
{
    /// <summary>
    /// Up to this many candidate × vacancy pairs (a federal state: 50,000 × 20,000) every pair is scored and the
    /// assignment is exact (the priced solve keeps the solver's problem small); above it a run keeps each candidate's
    /// best 50 pairs and each vacancy's best 40 per place (BatchOptions' cuts; at state scale they give up 1.8 % of the
    /// objective and 1,450 of 28,000 proposals).
    /// </summary>
    public const long ExactUpToPairs = 1_000_000_000;

    /// <summary>With side constraints every kept pair goes into one flow, so the cuts apply above this many pairs (a district is below).</summary>
    public const long ExactWithSideConstraintsUpToPairs = 100_000_000;

    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    private readonly Lock tracking = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, RunProgress> progress = new();

    /// <summary>How far a run of this process has got; null when it is not running here.</summary>
    public RunProgress? Progress(long runId) => progress.TryGetValue(runId, out var p) ? p with { Elapsed = DateTime.UtcNow - started.GetValueOrDefault(runId) } : null;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, DateTime> started = new();
    private Task background = Task.CompletedTask;

    /// <summary>The run started last in the background (completed when none is going on); tests and shutdown wait on it.</summary>
    public Task Background { get { lock (tracking) return background; } }

    /// <summary>Starts a run judging the law as on <paramref name="asOf"/> (default: today where the region is).</summary>
    public RunStart TryStart(string trigger, Caller? caller, DateOnly? asOf = null, RunLimits? limits = null)
    {
        var (started, running) = store.TryStart(trigger, asOf ?? calendar.Today, limits);
        if (started is { } id) audit.Action(caller, "match-run.start", "match-run", id.ToString(System.Globalization.CultureInfo.InvariantCulture), trigger);
        return new RunStart(started, running);
    }

    /// <summary>
    /// Starts a run and carries it out on a thread of its own, not the request thread pool, so that requests go on
    /// while it runs; it is cancelled when the service stops.
    /// </summary>
    public RunStart StartInBackground(string trigger, Caller? caller, DateOnly? asOf = null, RunLimits? limits = null)
    {
        var start = TryStart(trigger, caller, asOf, limits);
        if (start.StartedId is { } id)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                // Nice 19 on Linux: the run gets the CPU the requests leave over (Thread.Priority does nothing there).
                ThreadNice.Set(19);
                try { Execute(id, lifetime.ApplicationStopping); }
                finally { done.SetResult(); }
            })
            { IsBackground = true, Name = $"match-run-{id}", Priority = ThreadPriority.BelowNormal };
            lock (tracking) background = done.Task;
            thread.Start();
        }
        return start;
    }

    /// <summary>
    /// The run's side constraints for the pipeline; a change budget counts against the newest completed run's proposals,
    /// parity compares the women and men among the people matched, the training share counts those under 25 in the run's
    /// year (both by their voluntary monitoring data).
    /// </summary>
    private RunConstraints? Constraints(RunLimits? limits, IReadOnlyList<StoredCandidate> matchable, DateOnly on)
    {
        if (limits is null || limits.IsEmpty) return null;
        IReadOnlyCollection<(string, string)>? previous = null;
        if (limits.MaxChanges is not null && store.LatestCompleted() is { } last)
            previous = [.. store.Proposals(last, null, null).Select(p => (p.CandidateId, p.VacancyId))];
        RunParity? parity = null;
        if (limits.MinWomenRatePercent is { } percent)
        {
            HashSet<string> Of(string gender) => matchable.Where(c => c.Monitoring?.Gender == gender).Select(c => c.Candidate.Id).ToHashSet(StringComparer.Ordinal);
            parity = new RunParity("Frauen gegenüber Männern", Of("female"), Of("male"), percent);
        }
        RunShare? share = null;
        if (limits.MinYoungTrainingSharePercent is { } young)
        {
            var year = on.Year;
            share = new RunShare("Ausbildungsplätze für unter 25-Jährige",
                matchable.Where(c => c.Monitoring?.BirthYear is { } born && year - born < 25).Select(c => c.Candidate.Id).ToHashSet(StringComparer.Ordinal), young);
        }
        return new RunConstraints(limits.MaxNewHiresPerEmployer, limits.MaxChanges, previous, Parity: parity, TrainingShare: share);
    }

    /// <summary>A side constraint that cannot be met, named as the runs page asks for it.</summary>
    private static string UnmetName(string kind, RunLimits? limits) => kind switch
    {
        ConstraintReport.EmployerLimits => $"„höchstens {limits?.MaxNewHiresPerEmployer} je Betrieb“",
        ConstraintReport.ChangeBudget => $"„höchstens {limits?.MaxChanges} Änderungen“",
        ConstraintReport.Parity => $"„Vorschlagsquote der Frauen mindestens {limits?.MinWomenRatePercent} % der Männer“",
        _ => $"„Ausbildungsplätze mindestens {limits?.MinYoungTrainingSharePercent} % für unter 25-Jährige“",
    };

    /// <summary>Carries out the started run <paramref name="runId"/>; returns whether it completed.</summary>
    public bool Execute(long runId, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        started[runId] = DateTime.UtcNow;
        progress[runId] = new RunProgress(runId, "Daten laden", 0, null, null, TimeSpan.Zero);
        using var heartbeat = new Timer(_ => Beat(runId), null, HeartbeatInterval, HeartbeatInterval);
        try
        {
            var (candidates, vacancies) = repository.LoadAll();
            var matchable = candidates.Where(c => c.MayBeMatched).ToList();
            progress[runId] = new RunProgress(runId, "Daten vorbereiten", 1, matchable.Count, vacancies.Count, TimeSpan.Zero);
            var stages = new StageListener(stage => progress.AddOrUpdate(runId, _ => new RunProgress(runId, RunProgress.NextStep(stage.Stage), 2, matchable.Count, vacancies.Count, TimeSpan.Zero),
                (_, p) => p with { Step = RunProgress.NextStep(stage.Stage), StepsDone = p.StepsDone + 1 }));
            var run = store.Find(runId);
            var today = run?.AsOf ?? calendar.Today;
            var (pins, overCapacity) = Pins(matchable, vacancies);
            var constraints = Constraints(run?.Limits, matchable, today);
            var pairs = (long)matchable.Count * vacancies.Count;
            var large = pairs > (constraints is null ? ExactUpToPairs : ExactWithSideConstraintsUpToPairs);
            var result = pipeline.Run(matchable.Select(c => c.Candidate).ToList(), vacancies.Select(v => v.Vacancy).ToList(), today,
                new BatchOptions(MaxPairsPerCandidate: large ? 50 : null, MaxPairsPerPlace: large ? 40 : null, Pins: pins,
                    MaxDegreeOfParallelism: options.Value.RunParallelism(), Engine: options.Value.Engine(), Constraints: constraints), stages, cancellation);
            if (result.Status != AssignmentStatus.Optimal)
            {
                Fail(runId, result.Constrained switch
                {
                    { FewestChanges: { } fewest } => $"Keine Zuordnung: unter diesen Grenzen müssen sich mindestens {fewest} frühere Vorschläge ändern, erlaubt sind {run?.Limits.MaxChanges}.",
                    { Unmet: [var alone] } => $"Keine Zuordnung: die Vorgabe {UnmetName(alone, run?.Limits)} lässt sich unter diesen Grenzen mit keiner Zuordnung einhalten.",
                    { Unmet: { Count: > 1 } together } => $"Keine Zuordnung: die Vorgaben {string.Join(" und ", together.Select(k => UnmetName(k, run?.Limits)))} lassen sich einzeln einhalten, aber nicht alle zugleich.",
                    { Status: ConstrainedStatus.Infeasible } => "Keine Zuordnung: Zusagen und Nebenbedingungen lassen sich nicht zugleich einhalten (z. B. mehr Zusagen bei einem Betrieb als seine Höchstzahl).",
                    { Status: ConstrainedStatus.Unsolved } => "Keine Zuordnung in der vorgesehenen Zeit gefunden; bitte mit weniger strengen Nebenbedingungen erneut starten.",
                    _ => $"Keine Zuordnung: {result.Message}",
                }, null);
                return false;
            }
            var candidateOrganisation = matchable.ToDictionary(c => c.Candidate.Id, c => c.OrganisationId, StringComparer.Ordinal);
            var vacancyById = vacancies.ToDictionary(v => v.Vacancy.Id, StringComparer.Ordinal);
            var proposals = result.Proposals.Select(p =>
            {
                var vacancy = vacancyById[p.VacancyId];
                var entry = new ShortlistEntry(p.CandidateId, p.VacancyId, p.Score, p.Eligibility);
                return new StoredProposal(p.CandidateId, p.VacancyId, candidateOrganisation[p.CandidateId], vacancy.OrganisationId, Math.Round(p.Score.Value, 6),
                    p.Pinned, p.Eligibility.Verdict.ToString(), p.Eligibility.PermittedFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    p.Eligibility.PermitRequired, p.Eligibility.BaConsentRequired,
                    explain.Paragraph(entry, vacancy.Vacancy), explain.Paragraph(entry, vacancy.Vacancy, forEmployer: true), EmployerScore.Of(p.Score));
            }).ToList();
            var dropped = result.DroppedPins.Count + overCapacity;
            var summary = new RunSummary(matchable.Count, vacancies.Count, result.Counts.PairsScored, result.Objective, dropped,
                dropped == 0 ? null : $"{dropped} zugesagte Vorschläge sind nicht mehr möglich und wurden aufgegeben.",
                result.Timings.ToDictionary(t => t.Stage, t => Math.Round(t.Elapsed.TotalSeconds, 3)),
                result.Constrained is { } constrained ? SideConstraintOutcome.Of(constrained) : null);
            // The last point to abandon a run: after this the result is stored as a whole.
            cancellation.ThrowIfCancellationRequested();
            store.Complete(runId, summary, proposals);
            RunLog.Completed(log, runId, proposals.Count, matchable.Count, vacancies.Count, watch.Elapsed.TotalSeconds);
            return true;
        }
        catch (OperationCanceledException)
        {
            Fail(runId, "Abgebrochen (Dienst beendet oder Lauf abgebrochen); die Vorschläge des vorigen Laufs gelten weiter.", null);
            return false;
        }
#pragma warning disable CA1031 // A run must record any failure, whatever it is, instead of staying 'running'.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Fail(runId, $"Fehler: {e.Message}", e);
            return false;
        }
        finally
        {
            progress.TryRemove(runId, out _);
            started.TryRemove(runId, out _);
        }
    }

    /// <summary>Commitments of candidates still matchable to vacancies that still exist, at most as many per vacancy as it has places (oldest first).</summary>
    private (List<(string, string)> Pins, int OverCapacity) Pins(List<StoredCandidate> matchable, IReadOnlyList<StoredVacancy> vacancies)
    {
        var candidateIds = matchable.Select(c => c.Candidate.Id).ToHashSet(StringComparer.Ordinal);
        var places = vacancies.ToDictionary(v => v.Vacancy.Id, v => v.Vacancy.Places, StringComparer.Ordinal);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var pins = new List<(string, string)>();
        var overCapacity = 0;
        foreach (var (candidate, vacancy) in store.Commitments())
        {
            if (!candidateIds.Contains(candidate) || !places.TryGetValue(vacancy, out var capacity)) continue;
            var taken = used.GetValueOrDefault(vacancy);
            if (taken >= capacity) { overCapacity++; continue; }
            used[vacancy] = taken + 1;
            pins.Add((candidate, vacancy));
        }
        return (pins, overCapacity);
    }

    /// <summary>Reports stages on the calling thread (not the synchronisation context <see cref="Progress{T}"/> would use).</summary>
    private sealed class StageListener(Action<StageTiming> report) : IProgress<StageTiming>
    {
        public void Report(StageTiming value) => report(value);
    }

    private void Beat(long runId)
    {
        try { store.Heartbeat(runId); }
#pragma warning disable CA1031 // A missed beat (a busy database) must not crash the timer thread; the next beat retries.
        catch (Exception) { }
#pragma warning restore CA1031
    }

    private void Fail(long runId, string reason, Exception? e)
    {
        RunLog.Failed(log, runId, reason, e);
        store.Fail(runId, reason);
    }
}
