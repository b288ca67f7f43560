using Matcher.Api.Access;
using Matcher.Api.Region;
using Matcher.Core.Generation;
using Matcher.Core.Taxonomy;

namespace Matcher.Api.Storage;

/// <summary>
/// Fills an empty database with the synthetic demo region: two chambers with the vacancies, a job centre with the
/// candidates (consent recorded as "demo"), the operator, and one API key and one login (with a random password) per
/// organisation, logged once with the organisation's name.
/// All of it in one transaction, so a failed seed leaves the database empty.
/// </summary>
public sealed class DemoSeeder(
    Database database, RegionRepository repository, AccessStore access, UserStore users, OccupationTaxonomy taxonomy, CommonOccupations common,
    TimeProvider clock, ILogger<DemoSeeder> log)
{
    public const string Ihk = "IHK Halle-Dessau";
    public const string Hwk = "Handwerkskammer Halle (Saale)";
    public const string Jobcenter = "Jobcenter Burgenlandkreis";
    public const string Operator = "Matcher-Betrieb";

    /// <summary>Seeds when no organisation exists yet; returns whether it did.</summary>
    public bool SeedIfEmpty(int candidates, int vacancies, int seed, RegionProfile? profile = null)
    {
        using (var check = database.Open())
            if (Dapper.SqlMapper.ExecuteScalar<long>(check, "SELECT count(*) FROM organisations") > 0) return false;

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var region = new RegionGenerator(taxonomy, common.Codes).Generate(profile ?? RegionProfile.Burgenlandkreis, candidates, vacancies, today, seed);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        long Organisation(string name, string kind) => access.CreateOrganisation(connection, transaction, name, kind).Id;
        var ihk = Organisation(Ihk, "chamber");
        var hwk = Organisation(Hwk, "chamber");
        var jobcenter = Organisation(Jobcenter, "coaching");
        var operatorId = Organisation(Operator, "operator");
        var volunteered = new Random(seed);
        foreach (var c in region.Candidates)
            repository.InsertCandidate(connection, transaction, new StoredCandidate(c, jobcenter, today, "demo", Monitoring: DemoMonitoring(c, today, volunteered)));
        // Crafts (KldB areas 2 and 3: production, building) go to the chamber of crafts, the rest to the IHK.
        foreach (var v in region.Vacancies)
            repository.InsertVacancy(connection, transaction, new StoredVacancy(v, v.Occupation.Value / 10000 is 2 or 3 ? hwk : ihk, v.Id));
        transaction.Commit();

        StorageLog.DemoSeeded(log, region.Candidates.Count, region.Vacancies.Count);
        foreach (var (organisation, name, role, login, person) in new[]
        {
            (ihk, Ihk, Role.Chamber, "ihk", "Ilse Hartmann"), (hwk, Hwk, Role.Chamber, "hwk", "Hans Winkler"),
            (jobcenter, Jobcenter, Role.Coach, "jobcenter", "Jana Conrad"), (operatorId, Operator, Role.Admin, "betrieb", "Bernd Becker"),
        })
        {
            var (_, key) = access.CreateKey(organisation, role);
            StorageLog.DemoKey(log, RoleNames.Of(role), name, key);
            var password = DemoPassword();
            var errors = new Requests.FieldErrors();
            if (users.Create(organisation, login, person, password, errors) is null)
                throw new InvalidOperationException("Demo user: " + string.Join("; ", errors.All.Select(e => e.Reason)));
            StorageLog.DemoLogin(log, name, login, password);
        }
        return true;
    }

    /// <summary>A random password that is easy to type: four groups of four letters and digits (about 95 bits).</summary>
    private static string DemoPassword()
    {
        const string alphabet = "abcdefghkmnpqrstuvwxyzABCDEFGHKMNPQRSTUVWXYZ23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 16);
        return string.Join('-', Enumerable.Range(0, 4).Select(g => new string(chars, g * 4, 4)));
    }

    /// <summary>The demo person's made-up monitoring data (<see cref="GeneratedMonitoring"/>), so that its disparity report has groups.</summary>
    private static Monitoring.MonitoringData? DemoMonitoring(Core.People.Candidate candidate, DateOnly today, Random r) =>
        GeneratedMonitoring.Draw(candidate, today, r) is { } m ? new Monitoring.MonitoringData(m.Gender, m.BirthYear, m.OriginRegion) : null;
}
