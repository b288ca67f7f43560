using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Matcher.Core.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Web;

/// <summary>
/// The skills of a taxonomy by their German label, for the forms: a typed label becomes its skill's id, and a typed part
/// of a label gets suggestions. The official taxonomy has 12,000 skills, too many for a list in every page, and some
/// share a label (then the smallest id stands for it).
/// </summary>
public sealed class SkillCatalogue
{
    private static readonly ConditionalWeakTable<OccupationTaxonomy, SkillCatalogue> Cache = [];

    private readonly FrozenDictionary<string, string> idByLabel;
    private readonly string[] labels;

    private SkillCatalogue(OccupationTaxonomy taxonomy)
    {
        var byLabel = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in taxonomy.Skills.Values.OrderBy(s => s.Id, StringComparer.Ordinal)) byLabel.TryAdd(skill.LabelDe, skill.Id);
        idByLabel = byLabel.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        labels = [.. byLabel.Keys.Order(StringComparer.CurrentCulture)];
    }

    /// <summary>The catalogue of <paramref name="taxonomy"/>, built once per taxonomy.</summary>
    public static SkillCatalogue For(OccupationTaxonomy taxonomy) => Cache.GetValue(taxonomy, t => new SkillCatalogue(t));

    /// <summary>The id of the skill labelled <paramref name="text"/>, or the text itself (an id, or something the validation will name).</summary>
    public string IdOf(string text) => idByLabel.TryGetValue(text, out var id) ? id : text;

    /// <summary>Up to <paramref name="limit"/> labels for a typed part: those beginning with it first, then those containing it, shorter first.</summary>
    public IReadOnlyList<string> Suggest(string? typed, int limit = 10)
    {
        var q = typed?.Trim() ?? "";
        if (q.Length < 2 || q.Length > 100) return [];
        return [.. labels.Where(l => l.Contains(q, StringComparison.OrdinalIgnoreCase))
            .OrderBy(l => l.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(l => l.Length).ThenBy(l => l, StringComparer.CurrentCulture)
            .Take(limit)];
    }

    /// <summary>The suggestions as the forms' script reads them.</summary>
    public JsonResult SuggestionsFor(string? typed) => new(Suggest(typed));
}
