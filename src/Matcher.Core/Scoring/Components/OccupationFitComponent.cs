using Matcher.Core.People;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Beruf: how close the occupations the person learned (qualifications) or practises (current job) are to the vacancy's.
/// For skilled work an unrelated background is a real doubt (0.6); helper work is learned on the job (0.85); training
/// asks for no experience (1).
/// </summary>
internal static class OccupationFitComponent
{
    public static double Value(OccupationTaxonomy taxonomy, Candidate candidate, Vacancy vacancy, List<Finding>? f)
    {
        if (vacancy.IsTraining)
        {
            f?.Add(Finding.Of(FindingCode.TrainingNeedsNoPriorExperience));
            return 1;
        }
        var floor = vacancy.RequiredLevel == RequirementLevel.Helfer ? 0.85 : 0.6;
        var value = floor;
        var code = FindingCode.NoRelatedOccupation;
        OccupationCode? from = null;
        var source = "";
        void Consider(OccupationCode own, string how)
        {
            var kinship = taxonomy.Kinship(own, vacancy.Occupation);
            var v = kinship switch
            {
                OccupationKinship.Same => 1.0,
                OccupationKinship.SameSubgroup => 0.92,
                OccupationKinship.SameGroup => 0.85,
                OccupationKinship.SharedSkills => Math.Max(floor, 0.65 + 0.3 * taxonomy.EssentialSkillOverlap(own, vacancy.Occupation)),
                _ => floor,
            };
            if (v <= value) return;
            (value, from, source) = (v, own, how);
            code = kinship switch
            {
                OccupationKinship.Same => FindingCode.SameOccupation,
                OccupationKinship.SameSubgroup => FindingCode.SameFieldOtherLevel,
                OccupationKinship.SameGroup => FindingCode.SameOccupationGroup,
                _ => FindingCode.RelatedBySharedSkills,
            };
        }
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++) Consider(candidate.Qualifications[qi].Occupation, FindingSource.Learned);
        if (candidate.CurrentJob is { } job) Consider(job.Occupation, FindingSource.Practised);
        f?.Add(from is { } o ? Finding.Of(code, o.ToString(), source) : Finding.Of(FindingCode.NoRelatedOccupation));
        return value;
    }
}
