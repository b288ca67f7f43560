using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Matcher.Core.Residence;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Eligibility;

/// <summary>The ordered list of eligibility rules, read from <c>data/eligibility/rules.json</c>.</summary>
public sealed class EligibilityRuleBook
{
    private static readonly Lazy<EligibilityRuleBook> DefaultBook = new(LoadEmbedded);

    private EligibilityRuleBook(ImmutableArray<EligibilityRule> rules) => Rules = rules;

    /// <summary>Rules in the order they are tried.</summary>
    public ImmutableArray<EligibilityRule> Rules { get; }

    /// <summary>The rule book shipped with Matcher (embedded from data/eligibility/rules.json).</summary>
    public static EligibilityRuleBook Default => DefaultBook.Value;

    /// <summary>Reads a rule book; throws <see cref="InvalidDataException"/> naming the rule and the problem.</summary>
    public static EligibilityRuleBook Load(Stream json, string sourceName)
    {
        RuleBookDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<RuleBookDto>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sourceName}: {e.Message}", e);
        }
        if (dto?.Rules is not { Count: > 0 }) throw new InvalidDataException($"{sourceName}: no rules.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<EligibilityRule>(dto.Rules.Count);
        foreach (var r in dto.Rules)
        {
            var where = $"{sourceName}: rule '{r.Id}'";
            if (string.IsNullOrWhiteSpace(r.Id)) throw new InvalidDataException($"{sourceName}: a rule has no id.");
            if (!ids.Add(r.Id)) throw new InvalidDataException($"{where} appears twice.");
            if (r.Titles is not { Count: > 0 }) throw new InvalidDataException($"{where} names no residence title.");
            if (r.Grant is null) throw new InvalidDataException($"{where} has no grant.");
            if (string.IsNullOrWhiteSpace(r.LegalBasis) || string.IsNullOrWhiteSpace(r.Reason))
                throw new InvalidDataException($"{where} needs a legalBasis and a reason.");
            if (r.ValidFrom is { } from && r.ValidTo is { } to && to < from)
                throw new InvalidDataException($"{where}: validTo {to:yyyy-MM-dd} is before validFrom {from:yyyy-MM-dd}.");
            rules.Add(new EligibilityRule(
                r.Id, r.Titles, r.ValidFrom, r.ValidTo, r.VacancyKinds, r.ConsentFreeJob, r.MinRequiredLevel,
                Combine(r.RequireFacts), Combine(r.ForbidFacts), r.MinStayMonths, r.MaxStayMonths, r.StaySinceOnOrBefore,
                r.MinInsuredEmploymentMonths, r.MinAnnualSalaryEur, r.Grant.Value, r.BaConsent,
                r.BaConsentWaivedAfterStayMonths, r.BaConsentWaivedForConsentFreeJobs, r.WaitMonthsSinceStay,
                r.WaitMonthsSinceTitle, r.LegalBasis, r.Reason, string.IsNullOrWhiteSpace(r.Route) ? null : r.Route));
        }
        return new EligibilityRuleBook(rules.MoveToImmutable());
    }

    private static ResidenceFacts Combine(IReadOnlyList<ResidenceFacts>? facts) =>
        facts?.Aggregate(ResidenceFacts.None, (all, f) => all | f) ?? ResidenceFacts.None;

    private static EligibilityRuleBook LoadEmbedded()
    {
        using var stream = typeof(EligibilityRuleBook).Assembly.GetManifestResourceStream("Matcher.Core.Eligibility.rules.json")
            ?? throw new InvalidOperationException("The embedded eligibility rule book is missing from Matcher.Core.");
        return Load(stream, "rules.json");
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    private sealed record RuleBookDto(string? Description, List<RuleDto>? Rules);

    private sealed record RuleDto(
        string Id,
        List<ResidenceTitle>? Titles,
        DateOnly? ValidFrom,
        DateOnly? ValidTo,
        List<VacancyKind>? VacancyKinds,
        bool? ConsentFreeJob,
        RequirementLevel? MinRequiredLevel,
        List<ResidenceFacts>? RequireFacts,
        List<ResidenceFacts>? ForbidFacts,
        int? MinStayMonths,
        int? MaxStayMonths,
        DateOnly? StaySinceOnOrBefore,
        int? MinInsuredEmploymentMonths,
        decimal? MinAnnualSalaryEur,
        RuleGrant? Grant,
        bool BaConsent,
        int? BaConsentWaivedAfterStayMonths,
        bool BaConsentWaivedForConsentFreeJobs,
        int? WaitMonthsSinceStay,
        int? WaitMonthsSinceTitle,
        string LegalBasis,
        string Reason,
        string? Route);
}
