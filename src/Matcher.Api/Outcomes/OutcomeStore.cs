using System.Globalization;
using System.Text;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Storage;

namespace Matcher.Api.Outcomes;

/// <summary>
/// What became of proposals and placements. A person's coach records for their own people, a chamber for its own
/// vacancies (naming the person by the pseudonym it sees); every write and read is audited. Outcomes are events: the
/// latest of a pair is its state, earlier ones stay as its history, and later runs leave them alone.
/// </summary>
public sealed class OutcomeStore(Database database, RegionStore region, Pseudonyms pseudonyms, AuditTrail audit, RegionCalendar calendar, TimeProvider clock)
{
    /// <summary>Records an outcome for the pair; NotFound when the person or the vacancy is not the caller's to record for.</summary>
    public WriteResult<OutcomeView> Record(Caller caller, string candidateId, string vacancyId, OutcomeInput input)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var snapshot = region.Current;
        var person = snapshot.FindCandidate(candidateId);
        var vacancy = snapshot.FindVacancy(vacancyId);
        var mayRecord = caller.Role switch
        {
            Role.Coach => person is not null && caller.MaySee(person),
            Role.Chamber => vacancy is not null && vacancy.OrganisationId == caller.OrganisationId,
            _ => false,
        };
        if (!mayRecord || person is null) return WriteResult.NotFound<OutcomeView>();

        var errors = new FieldErrors();
        if (vacancy is null) errors.Add("vacancyId", $"Die Stelle '{RequestProblem.Quoted(vacancyId)}' gibt es nicht.");
        var stage = input.Stage?.Trim() ?? "";
        if (!OutcomeCodes.Stages.ContainsKey(stage))
            errors.Add("stage", $"'{RequestProblem.Quoted(input.Stage)}' ist keine Stufe: {string.Join(", ", OutcomeCodes.Stages.Keys)}.");
        var by = string.IsNullOrWhiteSpace(input.DecidedBy) ? null : input.DecidedBy.Trim();
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (OutcomeCodes.Ends(stage))
        {
            if (by is null || !OutcomeCodes.Parties.ContainsKey(by)) errors.Add("decidedBy", $"Wer hat entschieden? {string.Join(", ", OutcomeCodes.Parties.Keys)}.");
            if (reason is null || !OutcomeCodes.Reasons.ContainsKey(reason)) errors.Add("reason", $"Warum? {string.Join(", ", OutcomeCodes.Reasons.Keys)}.");
        }
        else if (OutcomeCodes.Stages.ContainsKey(stage))
        {
            if (by is not null) errors.Add("decidedBy", "Nur bei 'declined' oder 'ended_early' anzugeben.");
            if (reason is not null) errors.Add("reason", "Nur bei 'declined' oder 'ended_early' anzugeben.");
        }
        var today = calendar.Today;
        var on = today;
        if (!string.IsNullOrWhiteSpace(input.On)
            && !DateOnly.TryParseExact(input.On.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
            errors.Add("on", $"'{RequestProblem.Quoted(input.On)}' ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ).");
        else if (on > today) errors.Add("on", "Ein Ergebnis liegt nicht in der Zukunft.");
        else if (on < today.AddYears(-5)) errors.Add("on", "Mehr als fünf Jahre zurück.");
        if (errors.Any) return WriteResult.Invalid<OutcomeView>(errors);

        long id;
        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            id = connection.ExecuteScalar<long>(
                """
                INSERT INTO outcomes (candidate_id, vacancy_id, occupation, stage, decided_by, reason, happened_on, recorded_at, organisation_id, key_id)
                VALUES (@candidateId, @vacancyId, @occupation, @stage, @by, @reason, @on, @at, @organisation, @key) RETURNING id
                """,
                new
                {
                    candidateId, vacancyId, occupation = vacancy!.Vacancy.Occupation.ToString(), stage, by, reason,
                    on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                    organisation = caller.OrganisationId, key = caller.KeyId,
                }, transaction);
            audit.Change(connection, transaction, caller, "outcome.record", "candidate", candidateId, $"{stage} {vacancyId}");
            transaction.Commit();
        }
        return WriteResult.Done(Rows("WHERE o.id = @id", new { id }, caller).Single());
    }

    /// <summary>
    /// Records an outcome at the chamber's vacancy for the person it knows as <paramref name="pseudonym"/> (chambers know
    /// people only by pseudonym, and only those who consented to matching); an unknown pseudonym is a field error.
    /// </summary>
    public WriteResult<OutcomeView> RecordByPseudonym(Caller caller, string vacancyId, string? pseudonym, OutcomeInput input)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var snapshot = region.Current;
        if (snapshot.FindVacancy(vacancyId) is not { } vacancy || vacancy.OrganisationId != caller.OrganisationId) return WriteResult.NotFound<OutcomeView>();
        var wanted = pseudonym?.Trim() ?? "";
        if (wanted.Length == 0)
            return WriteResult.Invalid<OutcomeView>(FieldErrors.Of("person", "Pflichtfeld fehlt: das Kürzel der Person (P-…), wie es in den Vorschlägen steht."));
        var person = snapshot.Candidates.FirstOrDefault(c => c.MayBeMatched && pseudonyms.Of(c.Candidate.Id) == wanted);
        return person is null
            ? WriteResult.Invalid<OutcomeView>(FieldErrors.Of("person", $"Eine Person '{RequestProblem.Quoted(wanted)}' gibt es nicht."))
            : Record(caller, person.Candidate.Id, vacancyId, input);
    }

    /// <summary>A person's outcomes, newest first (their coach, the operator).</summary>
    public IReadOnlyList<OutcomeView> ForCandidate(Caller caller, string candidateId)
    {
        audit.View(caller, "candidate.outcomes", "candidate", candidateId);
        return Rows("WHERE o.candidate_id = @candidateId", new { candidateId }, caller);
    }

    /// <summary>A vacancy's outcomes, newest first, the people by pseudonym when the caller is a chamber.</summary>
    public IReadOnlyList<OutcomeView> ForVacancy(Caller caller, string vacancyId)
    {
        audit.View(caller, "vacancy.outcomes", "vacancy", vacancyId);
        return Rows("WHERE o.vacancy_id = @vacancyId", new { vacancyId }, caller);
    }

    /// <summary>
    /// Every outcome as CSV for evaluation (the operator): people by pseudonym, no names or contacts, the vacancy and
    /// its occupation, the codes, the dates, and who recorded it.
    /// </summary>
    public string ExportCsv(Caller caller)
    {
        audit.View(caller, "outcomes.export", "outcomes", null);
        var rows = Rows("", new { }, caller, pseudonymous: true);
        var csv = new StringBuilder("id;person;vacancy;occupation;stage;decided_by;reason;on;recorded_at;recorded_by\n");
        foreach (var r in rows.OrderBy(r => r.Id))
            csv.Append(CultureInfo.InvariantCulture, $"{r.Id};{r.Person};{r.VacancyId};{r.Occupation};{r.Stage};{r.DecidedBy};{r.Reason};{r.On};{r.RecordedAt};{r.RecordedBy}\n");
        return csv.ToString();
    }

    /// <summary>The rows, the person by id for coaches and the operator, by pseudonym for chambers and in exports.</summary>
    private List<OutcomeView> Rows(string where, object parameters, Caller caller, bool pseudonymous = false)
    {
        pseudonymous |= caller.Role == Role.Chamber;
        using var connection = database.Open();
        return [.. connection.Query<OutcomeRow>(
            $"""
            SELECT o.id AS Id, o.candidate_id AS CandidateId, o.vacancy_id AS VacancyId, o.occupation AS Occupation, o.stage AS Stage,
                   o.decided_by AS DecidedBy, o.reason AS Reason, o.happened_on AS HappenedOn, o.recorded_at AS RecordedAt, g.kind AS RecorderKind
            FROM outcomes o JOIN organisations g ON g.id = o.organisation_id {where}
            ORDER BY o.happened_on DESC, o.id DESC
            """, parameters)
            .Select(r => new OutcomeView(r.Id, pseudonymous ? pseudonyms.Of(r.CandidateId) : r.CandidateId, r.VacancyId, r.Occupation,
                r.Stage, OutcomeCodes.Stages[r.Stage], r.DecidedBy, r.DecidedBy is null ? null : OutcomeCodes.Parties[r.DecidedBy],
                r.Reason, r.Reason is null ? null : OutcomeCodes.Reasons[r.Reason], r.HappenedOn, r.RecordedAt, r.RecorderKind == "chamber" ? "chamber" : "coach"))];
    }

    private sealed record OutcomeRow(long Id, string CandidateId, string VacancyId, string Occupation, string Stage, string? DecidedBy, string? Reason,
        string HappenedOn, string RecordedAt, string RecorderKind);
}

/// <param name="VacancyId">The vacancy (a coach recording for their person).</param>
/// <param name="Person">The person's pseudonym as the chamber sees it ("P-…"; a chamber recording for its vacancy).</param>
/// <param name="Stage">contacted, interview, offer, started, retained (still employed or in training after the probation period), ended_early, declined.</param>
/// <param name="DecidedBy">For declined and ended_early: person, employer or coach.</param>
/// <param name="Reason">For declined and ended_early: language, commute, fit, pay, hours, legal, childcare or other.</param>
/// <param name="On">The day it happened (default today).</param>
public sealed record OutcomeInput(string? Stage, string? VacancyId = null, string? Person = null, string? DecidedBy = null, string? Reason = null, string? On = null);

/// <param name="Person">The person's id (coach, operator) or pseudonym (chamber).</param>
/// <param name="RecordedBy">coach or chamber.</param>
public sealed record OutcomeView(long Id, string Person, string VacancyId, string Occupation, string Stage, string StageText,
    string? DecidedBy, string? DecidedByText, string? Reason, string? ReasonText, string On, string RecordedAt, string RecordedBy);
