using Dapper;
using Matcher.Api.Region;
using Matcher.Api.Runs;
using Matcher.Api.Storage;
using Matcher.Core;
using Matcher.Core.Scoring;
using Matcher.Core.Scoring.Calibration;

namespace Matcher.Api.Monitoring;

/// <summary>
/// How a run's proposals fall on groups of people (gender, age band, region of origin, residence-title group), for
/// the operator: people, proposals, proposals to level-2+ work or training, mean score and lasting placements per
/// group, each rate against the best-placed group's, flagged below four fifths, with the score components that most
/// separate a flagged group from the best one. Groups of fewer than <see cref="MinimumGroupSize"/> people are not
/// shown (they would point at persons); <paramref name="SmallestGroupShown"/> says so in the answer.
/// </summary>
public sealed record DisparityReport(long RunId, int SmallestGroupShown, IReadOnlyList<DisparityDimension> Dimensions)
{
    public const int MinimumGroupSize = 5;

    /// <summary>The best-placed group, the yardstick for the others, is chosen among groups at least this large (when there are any).</summary>
    public const int ReferenceGroupSize = 30;

    /// <summary>A rate below this share of the best group's is flagged (the four-fifths rule).</summary>
    public const double FlagBelow = 0.8;
}

/// <param name="Dimension">gender, age, origin or residence.</param>
/// <param name="Hidden">Groups left out for having fewer than the minimum number of people.</param>
/// <param name="Unknown">People who gave no answer for this dimension (not in any group).</param>
public sealed record DisparityDimension(string Dimension, string Label, IReadOnlyList<DisparityGroup> Groups, int Hidden, int Unknown);

/// <param name="ProposalRate">Proposals per person of the group.</param>
/// <param name="SkilledRate">Proposals to level-2+ work or training per person.</param>
/// <param name="ProposalRatio">The group's proposal rate over the best group's.</param>
/// <param name="SkilledRatio">The same for level-2+ proposals.</param>
/// <param name="Lasting">People of the group with a lasting placement recorded (any vacancy).</param>
/// <param name="Drivers">For a flagged group: the score components (German names) in which its proposals fall furthest behind the best group's.</param>
public sealed record DisparityGroup(
    string Group, int People, int Proposals, double ProposalRate, int SkilledProposals, double SkilledRate, double MeanScore, int Lasting,
    double ProposalRatio, double SkilledRatio, bool Flagged, IReadOnlyList<string> Drivers);

/// <summary>Builds <see cref="DisparityReport"/>s from a stored run, the region as it is now and the recorded outcomes.</summary>
public sealed class DisparityReports(MatchRunStore runs, RegionStore region, PairScorer scorer, Database database, Setup.RegionCalendar calendar)
{
    public DisparityReport For(long runId)
    {
        var snapshot = region.Current;
        var people = snapshot.Candidates.Where(c => c.MayBeMatched).ToList();
        var proposals = runs.Proposals(runId, null, null)
            .Where(p => snapshot.FindCandidate(p.CandidateId) is not null && snapshot.FindVacancy(p.VacancyId) is not null)
            .ToDictionary(p => p.CandidateId, StringComparer.Ordinal);
        using var connection = database.Open();
        var lasting = connection.Query<string>("SELECT DISTINCT candidate_id FROM outcomes WHERE stage = 'retained'").ToHashSet(StringComparer.Ordinal);
        var on = runs.Find(runId)?.AsOf ?? calendar.Today;
        // The weighted log components of each proposal, for what drives a gap.
        var components = proposals.Values.ToDictionary(p => p.CandidateId, p =>
        {
            var score = scorer.Score(snapshot.FindCandidate(p.CandidateId)!.Candidate, snapshot.FindVacancy(p.VacancyId)!.Vacancy, on);
            var logs = OutcomeExample.Features(score);
            return Enum.GetValues<ScoreComponentKind>().Select(k => score[k].Weight * logs[(int)k]).ToArray();
        }, StringComparer.Ordinal);

        DisparityDimension Dimension(string dimension, string label, Func<StoredCandidate, string?> groupOf)
        {
            var known = people.Select(p => (Person: p, Group: groupOf(p))).Where(x => x.Group is not null).ToList();
            var groups = known.GroupBy(x => x.Group!, StringComparer.Ordinal).ToList();
            var shown = groups.Where(g => g.Count() >= DisparityReport.MinimumGroupSize).Select(g =>
            {
                var mine = g.Select(x => x.Person.Candidate.Id).ToList();
                var proposed = mine.Where(proposals.ContainsKey).ToList();
                var skilled = proposed.Count(id => snapshot.FindVacancy(proposals[id].VacancyId)!.Vacancy is var v && (v.IsTraining || v.RequiredLevel >= RequirementLevel.Fachkraft));
                return (Group: g.Key, People: mine.Count, Proposed: proposed, Skilled: skilled, Lasting: mine.Count(lasting.Contains));
            }).ToList();
            if (shown.Count == 0) return new DisparityDimension(dimension, label, [], groups.Count, people.Count - known.Count);
            double Rate(int count, int of) => of == 0 ? 0 : count / (double)of;
            // The yardstick is the best-placed group of a size that says something: a dozen people placed by chance would
            // flag everyone else.
            var yardsticks = shown.Where(g => g.People >= DisparityReport.ReferenceGroupSize).ToList();
            var best = (yardsticks.Count > 0 ? yardsticks : shown).MaxBy(g => Rate(g.Proposed.Count, g.People));
            var bestProposalRate = Rate(best.Proposed.Count, best.People);
            var bestSkilledRate = (yardsticks.Count > 0 ? yardsticks : shown).Max(g => Rate(g.Skilled, g.People));
            double[]? Mean(List<string> ids) => ids.Count == 0 ? null
                : [.. Enumerable.Range(0, Enum.GetValues<ScoreComponentKind>().Length).Select(k => ids.Average(id => components[id][k]))];
            var bestMeans = Mean(best.Proposed);
            var result = shown.Select(g =>
            {
                var proposalRatio = bestProposalRate == 0 ? 1 : Rate(g.Proposed.Count, g.People) / bestProposalRate;
                var skilledRatio = bestSkilledRate == 0 ? 1 : Rate(g.Skilled, g.People) / bestSkilledRate;
                var flagged = proposalRatio < DisparityReport.FlagBelow || skilledRatio < DisparityReport.FlagBelow;
                IReadOnlyList<string> drivers = [];
                if (flagged && Mean(g.Proposed) is { } means && bestMeans is not null)
                    drivers = [.. Enum.GetValues<ScoreComponentKind>().Select(k => (Kind: k, Gap: means[(int)k] - bestMeans[(int)k]))
                        .Where(x => x.Gap < -0.01).OrderBy(x => x.Gap).Take(2).Select(x => Explanations.GermanExplanation.ComponentName(x.Kind))];
                return new DisparityGroup(g.Group, g.People, g.Proposed.Count, Math.Round(Rate(g.Proposed.Count, g.People), 4), g.Skilled,
                    Math.Round(Rate(g.Skilled, g.People), 4), g.Proposed.Count == 0 ? 0 : Math.Round(g.Proposed.Average(id => proposals[id].Score), 4), g.Lasting,
                    Math.Round(proposalRatio, 4), Math.Round(skilledRatio, 4), flagged, drivers);
            }).OrderByDescending(g => g.People).ToList();
            return new DisparityDimension(dimension, label, result, groups.Count - shown.Count, people.Count - known.Count);
        }

        var year = on.Year;
        return new DisparityReport(runId, DisparityReport.MinimumGroupSize,
        [
            Dimension("gender", "Geschlecht", p => p.Monitoring?.Gender is { } g ? MonitoringCodes.Genders[g] : null),
            Dimension("age", "Alter", p => p.Monitoring?.BirthYear is { } b ? MonitoringCodes.AgeBand(b, year) : null),
            Dimension("origin", "Herkunftsregion", p => p.Monitoring?.OriginRegion is { } o ? MonitoringCodes.OriginRegions[o] : null),
            Dimension("residence", "Aufenthaltsstatus", p => MonitoringCodes.ResidenceGroup(p.Candidate.Residence.Title)),
        ]);
    }

}
