using Matcher.Core.People;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Qualifikation und Anerkennung: for skilled work, the evidence an employer can rely on that the person can do it. A fully
/// valid qualification in the occupation's field at the level counts fully; partial recognition 0.85, a pending check 0.8,
/// none 0.7; one in a related occupation of the Berufsgruppe 0.85 of that; one in another group that shares essential skills
/// (0.55 + 0.3 overlap) of that; one below the level 0.7 of that; practice in the field without a certificate 0.8; no
/// evidence at all 0.5. Helper work and training ask for no qualification (1).
/// </summary>
internal static class QualificationComponent
{
    public static double Value(OccupationTaxonomy taxonomy, Candidate candidate, Vacancy vacancy, List<Finding>? f)
    {
        if (vacancy.IsTraining || vacancy.RequiredLevel == RequirementLevel.Helfer)
        {
            f?.Add(Finding.Of(FindingCode.NoQualificationNeeded));
            return 1;
        }

        var value = 0.5;
        Qualification? best = null;
        var bestRelated = false;
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
        {
            var q = candidate.Qualifications[qi];
            var kinship = taxonomy.Kinship(q.Occupation, vacancy.Occupation);
            if (kinship == OccupationKinship.Unrelated) continue;
            var related = kinship is OccupationKinship.SameGroup or OccupationKinship.SharedSkills;
            var closeness = kinship switch
            {
                OccupationKinship.SameGroup => 0.85,
                OccupationKinship.SharedSkills => 0.55 + 0.3 * taxonomy.EssentialSkillOverlap(q.Occupation, vacancy.Occupation),
                _ => 1.0,
            };
            var v = q.Recognition switch
            {
                RecognitionState.Full or RecognitionState.NotRequired => 1.0,
                RecognitionState.Partial => 0.85,
                RecognitionState.Pending => 0.8,
                _ => 0.7,
            } * closeness * (q.Level >= vacancy.RequiredLevel ? 1.0 : 0.7);
            if (v > value) (value, best, bestRelated) = (v, q, related);
        }
        if (value < 0.8 && candidate.CurrentJob is { } job && job.Occupation.Subgroup == vacancy.Occupation.Subgroup && job.Level >= vacancy.RequiredLevel)
        {
            f?.Add(Finding.Of(FindingCode.ExperienceWithoutCertificate, job.Occupation.ToString()));
            return 0.8;
        }
        if (f is null) return value;
        if (best is null)
        {
            f.Add(Finding.Of(FindingCode.NoMatchingQualification));
            return value;
        }
        var code = best.Occupation.ToString();
        if (bestRelated) f.Add(Finding.Of(FindingCode.QualificationInRelatedOccupation, code));
        if (best.Level < vacancy.RequiredLevel) f.Add(Finding.Of(FindingCode.QualificationBelowRequiredLevel, code));
        switch (best.Recognition)
        {
            case RecognitionState.Full or RecognitionState.NotRequired:
                f.Add(Finding.Of(FindingCode.QualificationFullyValid, code));
                break;
            case RecognitionState.Partial:
                f.Add(new Finding(FindingCode.QualificationPartiallyRecognised, [code, .. best.RecognitionGaps]));
                f.Add(Finding.Of(FindingCode.SuggestAnpassungsqualifizierung, [.. best.RecognitionGaps]));
                break;
            case RecognitionState.Pending:
                f.Add(Finding.Of(FindingCode.QualificationRecognitionPending, code));
                break;
            default:
                f.Add(Finding.Of(FindingCode.QualificationNotRecognised, code));
                f.Add(Finding.Of(FindingCode.SuggestRecognition, code));
                break;
        }
        return value;
    }
}
