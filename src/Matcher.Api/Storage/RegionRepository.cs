using System.Globalization;
using Dapper;
using Matcher.Api.Region;
using Matcher.Core.People;
using Matcher.Core.Vacancies;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Storage;

/// <summary>Candidates and vacancies in SQLite, as JSON documents of the core records with their scoping columns.</summary>
public sealed class RegionRepository(Database database, TimeProvider clock)
{
    public (List<StoredCandidate> Candidates, List<StoredVacancy> Vacancies) LoadAll()
    {
        using var connection = database.Open();
        // Deferred: a reader takes no write lock (WAL gives it a consistent view), so it never queues behind writers.
        using var transaction = connection.BeginTransaction(deferred: true);
        var candidates = connection.Query<CandidateRow>(
            """
            SELECT document AS Document, organisation_id AS OrganisationId, consent_given_on AS ConsentGivenOn, consent_scope AS ConsentScope,
                   display_name AS Name, contact AS Contact, external_id AS ExternalId,
                   m.gender AS Gender, m.birth_year AS BirthYear, m.origin_region AS OriginRegion
            FROM candidates LEFT JOIN candidate_monitoring m ON m.candidate_id = candidates.public_id ORDER BY id
            """,
            transaction: transaction).Select(ToStored).ToList();
        var vacancies = connection.Query<VacancyRow>(
            "SELECT document AS Document, organisation_id AS OrganisationId, external_id AS ExternalId FROM vacancies ORDER BY id",
            transaction: transaction).Select(ToStored).ToList();
        transaction.Commit();
        return (candidates, vacancies);
    }

    public void InsertCandidate(SqliteConnection connection, SqliteTransaction transaction, StoredCandidate stored)
    {
        connection.Execute(
            """
            INSERT INTO candidates (public_id, organisation_id, external_id, document, consent_given_on, consent_scope, display_name, contact, created_at, updated_at)
            VALUES (@id, @organisationId, @externalId, @document, @consent, @scope, @name, @contact, @at, @at)
            """,
            CandidateParameters(stored),
            transaction);
        WriteMonitoring(connection, transaction, stored);
    }

    /// <summary>The person's monitoring data as given: replaced, or removed when none was given.</summary>
    private static void WriteMonitoring(SqliteConnection connection, SqliteTransaction transaction, StoredCandidate stored)
    {
        connection.Execute("DELETE FROM candidate_monitoring WHERE candidate_id = @id", new { id = stored.Candidate.Id }, transaction);
        if (stored.Monitoring is { IsEmpty: false } m)
            connection.Execute(
                "INSERT INTO candidate_monitoring (candidate_id, gender, birth_year, origin_region) VALUES (@id, @gender, @year, @origin)",
                new { id = stored.Candidate.Id, gender = m.Gender, year = m.BirthYear, origin = m.OriginRegion }, transaction);
    }

    /// <summary>Replaces the organisation's candidate's data; false when it has none with that id.</summary>
    public bool UpdateCandidate(SqliteConnection connection, SqliteTransaction transaction, StoredCandidate stored)
    {
        var updated = connection.Execute(
            """
            UPDATE candidates SET external_id = @externalId, document = @document, consent_given_on = @consent, consent_scope = @scope,
                                  display_name = @name, contact = @contact, updated_at = @at
            WHERE public_id = @id AND organisation_id = @organisationId
            """,
            CandidateParameters(stored),
            transaction) == 1;
        if (updated) WriteMonitoring(connection, transaction, stored);
        return updated;
    }

    /// <summary>
    /// Deletes a candidate for good (GDPR art. 17): the row with all personal data, their proposals in past runs and any
    /// commitment and outcomes. What stays is a count in <c>anonymous_statistics</c> (deleted per organisation and month,
    /// whether the person had started work, and which outcome stages they had reached). False when <paramref name="organisationId"/> (null: any) has no such candidate.
    /// </summary>
    public bool DeleteCandidate(SqliteConnection connection, SqliteTransaction transaction, string publicId, long? organisationId)
    {
        var owner = connection.QuerySingleOrDefault<long?>(
            "SELECT organisation_id FROM candidates WHERE public_id = @publicId AND (@organisationId IS NULL OR organisation_id = @organisationId)",
            new { publicId, organisationId }, transaction);
        if (owner is null) return false;
        var started = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM commitments WHERE candidate_id = @publicId AND state = 'started'", new { publicId }, transaction) > 0;
        // Outcomes go with the person; how many reached each stage stays, as counts without anyone behind them.
        var outcomeStages = connection.Query<string>("SELECT DISTINCT stage FROM outcomes WHERE candidate_id = @publicId", new { publicId }, transaction).ToList();
        connection.Execute("DELETE FROM outcomes WHERE candidate_id = @publicId", new { publicId }, transaction);
        connection.Execute("DELETE FROM proposals WHERE candidate_id = @publicId", new { publicId }, transaction);
        connection.Execute("DELETE FROM candidate_monitoring WHERE candidate_id = @publicId", new { publicId }, transaction);
        connection.Execute("DELETE FROM candidates WHERE public_id = @publicId", new { publicId }, transaction);
        var month = clock.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var stage in outcomeStages)
            connection.Execute(
                """
                INSERT INTO anonymous_statistics (organisation_id, month, metric, count) VALUES (@owner, @month, @metric, 1)
                ON CONFLICT (organisation_id, month, metric) DO UPDATE SET count = count + 1
                """,
                new { owner, month, metric = "outcomes.deleted." + stage }, transaction);
        foreach (var metric in started ? new[] { "candidates.deleted", "candidates.deleted.after-start" } : ["candidates.deleted"])
            connection.Execute(
                """
                INSERT INTO anonymous_statistics (organisation_id, month, metric, count) VALUES (@owner, @month, @metric, 1)
                ON CONFLICT (organisation_id, month, metric) DO UPDATE SET count = count + 1
                """,
                new { owner, month, metric }, transaction);
        return true;
    }

    private object CandidateParameters(StoredCandidate stored) => new
    {
        id = stored.Candidate.Id, organisationId = stored.OrganisationId, document = DocumentJson.Write(stored.Candidate),
        consent = stored.ConsentGivenOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scope = stored.ConsentScope,
        name = stored.Name, contact = stored.Contact, externalId = stored.ExternalId, at = Now(),
    };

    /// <summary>The public id of the organisation's candidate with <paramref name="externalId"/>, if any.</summary>
    public string? FindCandidateByExternalId(SqliteConnection connection, SqliteTransaction transaction, long organisationId, string externalId) =>
        connection.QuerySingleOrDefault<string>(
            "SELECT public_id FROM candidates WHERE organisation_id = @organisationId AND external_id = @externalId",
            new { organisationId, externalId }, transaction);

    public void InsertVacancy(SqliteConnection connection, SqliteTransaction transaction, StoredVacancy stored) =>
        connection.Execute(
            """
            INSERT INTO vacancies (public_id, organisation_id, external_id, document, created_at, updated_at)
            VALUES (@id, @organisationId, @externalId, @document, @at, @at)
            """,
            new { id = stored.Vacancy.Id, organisationId = stored.OrganisationId, externalId = stored.ExternalId, document = DocumentJson.Write(stored.Vacancy), at = Now() },
            transaction);

    /// <summary>The public id and stored document of the organisation's vacancy with <paramref name="externalId"/>, if any.</summary>
    public ExistingVacancy? FindVacancyByExternalId(SqliteConnection connection, SqliteTransaction transaction, long organisationId, string externalId) =>
        connection.QuerySingleOrDefault<ExistingVacancy>(
            "SELECT public_id AS Id, document AS Document FROM vacancies WHERE organisation_id = @organisationId AND external_id = @externalId",
            new { organisationId, externalId }, transaction);

    /// <summary>Replaces a vacancy's document and external id; false when no vacancy has <paramref name="publicId"/>.</summary>
    public bool UpdateVacancy(SqliteConnection connection, SqliteTransaction transaction, StoredVacancy stored) =>
        connection.Execute(
            "UPDATE vacancies SET external_id = @externalId, document = @document, updated_at = @at WHERE public_id = @id AND organisation_id = @organisationId",
            new { id = stored.Vacancy.Id, organisationId = stored.OrganisationId, externalId = stored.ExternalId, document = DocumentJson.Write(stored.Vacancy), at = Now() },
            transaction) == 1;

    /// <summary>Deletes the organisation's vacancy; false when it has none with <paramref name="publicId"/>.</summary>
    public bool DeleteVacancy(SqliteConnection connection, SqliteTransaction transaction, string publicId, long organisationId) =>
        connection.Execute("DELETE FROM vacancies WHERE public_id = @publicId AND organisation_id = @organisationId", new { publicId, organisationId }, transaction) == 1;

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static StoredCandidate ToStored(CandidateRow row) => new(
        DocumentJson.Read<Candidate>(row.Document), row.OrganisationId,
        row.ConsentGivenOn is null ? null : DateOnly.ParseExact(row.ConsentGivenOn, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.ConsentScope, row.Name, row.Contact, row.ExternalId,
        row.Gender is null && row.BirthYear is null && row.OriginRegion is null ? null : new Monitoring.MonitoringData(row.Gender, (int?)row.BirthYear, row.OriginRegion));

    private static StoredVacancy ToStored(VacancyRow row) => new(DocumentJson.Read<Vacancy>(row.Document), row.OrganisationId, row.ExternalId);

    private sealed record CandidateRow(string Document, long OrganisationId, string? ConsentGivenOn, string? ConsentScope, string? Name, string? Contact, string? ExternalId,
        string? Gender, long? BirthYear, string? OriginRegion);

    private sealed record VacancyRow(string Document, long OrganisationId, string ExternalId);
}

/// <summary>A stored vacancy's public id and JSON document, to tell an import's updates from unchanged rows.</summary>
public sealed record ExistingVacancy(string Id, string Document);
