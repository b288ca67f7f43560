using System.Globalization;
using System.Text;
using Matcher.Core;
using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;
using Matcher.Core.Shortlists;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Explanations;

/// <summary>Turns scores, findings and legal outcomes into German a job coach can read out.</summary>
public sealed class GermanExplanation(OccupationTaxonomy taxonomy)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public string OccupationTitle(OccupationCode code) => taxonomy.Find(code)?.TitleDe ?? $"KldB {code}";

    /// <summary>A score component's name as coaches, operators and reports read it.</summary>
    public static string ComponentName(ScoreComponentKind kind) => kind switch
    {
        ScoreComponentKind.OccupationFit => "Beruf",
        ScoreComponentKind.EssentialSkills => "Wesentliche Kompetenzen",
        ScoreComponentKind.OptionalSkills => "Weitere Kompetenzen",
        ScoreComponentKind.Qualification => "Qualifikation und Anerkennung",
        ScoreComponentKind.German => "Deutsch",
        ScoreComponentKind.Commute => "Arbeitsweg",
        ScoreComponentKind.MovingUp => "Beruflicher Aufstieg",
        ScoreComponentKind.Preferences => "Wünsche",
        _ => kind.ToString(),
    };

    /// <summary>The verdict in a few words for coaches, e.g. "erlaubt ab 03.05.2027, mit Erlaubnis der Ausländerbehörde".</summary>
    public static string Verdict(EligibilityOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Verdict(outcome.Verdict, outcome.PermittedFrom, outcome.PermitRequired, outcome.BaConsentRequired);
    }

    public static string Verdict(EligibilityVerdict verdict, DateOnly? permittedFrom, bool permitRequired, bool baConsentRequired) => verdict switch
    {
        EligibilityVerdict.Permitted => "Arbeit erlaubt",
        EligibilityVerdict.PermittedFrom => string.Create(German, $"erlaubt ab {permittedFrom:dd.MM.yyyy}")
            + (baConsentRequired ? ", mit Erlaubnis der Ausländerbehörde und Zustimmung der BA"
               : permitRequired ? ", mit Erlaubnis der Ausländerbehörde" : ""),
        EligibilityVerdict.PermittedWithPermit => "erlaubt mit Erlaubnis der Ausländerbehörde",
        EligibilityVerdict.NeedsBaConsent => "braucht Erlaubnis der Ausländerbehörde und Zustimmung der BA",
        EligibilityVerdict.RulesUnknown => "Rechtslage für dieses Datum nicht hinterlegt, bitte prüfen lassen",
        _ => "nicht erlaubt",
    };

    /// <summary>
    /// One sentence per finding. For an employer (a chamber) nothing that varies with the workplace or reveals the person's
    /// wage: the commute as a band, a pay difference without its amount, no §140 SGB III note; null for a finding they do
    /// not see.
    /// </summary>
    public string? Finding(Finding f, bool forEmployer)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!forEmployer) return Finding(f);
        return f.Code switch
        {
            FindingCode.CommuteShort or FindingCode.CommuteWithinLimit =>
                $"Arbeitsweg {EmployerScore.CommuteBand((int)(f.Number ?? 0))} {Mode(f)} (Schätzung), im Rahmen dessen, was die Person angegeben hat.",
            FindingCode.CommuteExceedsSgb3Reasonableness => null,
            FindingCode.PayRiseOverCurrentJob => "Mehr Lohn als bisher.",
            FindingCode.PayBelowCurrentJob => "Weniger Lohn als bisher.",
            _ => Finding(f),
        };
    }

    /// <summary>One sentence per finding.</summary>
    public string Finding(Finding f)
    {
        string Items() => string.Join(", ", f.Items.Select(SkillOrText));
        string Occ(int i = 0) => f.Items.Length > i && OccupationCode.TryParse(f.Items[i], out var c) ? OccupationTitle(c) : "";
        bool Practised() => f.Items.Length > 1 && f.Items[1] == FindingSource.Practised;
        string Source() => Practised() ? "derzeit ausgeübt" : "erlernt";
        string Short() => Practised() ? "derzeit" : "erlernt";
        string SourceArticle() => Practised() ? "der derzeitigen Tätigkeit als" : "dem erlernten Beruf";
        return f.Code switch
        {
            FindingCode.SameOccupation => $"Gleicher Beruf wie {Source()}: {Occ()}.",
            FindingCode.SameFieldOtherLevel => $"Gleiches Berufsfeld, anderes Anforderungsniveau ({Short()}: {Occ()}).",
            FindingCode.SameOccupationGroup => $"Verwandter Beruf in derselben Berufsgruppe ({Short()}: {Occ()}).",
            FindingCode.RelatedBySharedSkills => $"Teilt wesentliche Kompetenzen mit {SourceArticle()} {Occ()}.",
            FindingCode.NoRelatedOccupation => "Keine Erfahrung in einem verwandten Beruf.",
            FindingCode.TrainingNeedsNoPriorExperience => "Für die Ausbildung ist keine Berufserfahrung nötig.",
            FindingCode.SkillsMatched => $"Vorhanden: {Items()}.",
            FindingCode.SkillsMissing => $"Fehlt noch: {Items()}.",
            FindingCode.SkillsLearnedInTraining => $"Wird in der Ausbildung gelernt: {Items()}.",
            FindingCode.NoQualificationNeeded => "Kein Berufsabschluss verlangt.",
            FindingCode.QualificationFullyValid => $"Abschluss als {Occ()} ist voll gültig.",
            FindingCode.QualificationPartiallyRecognised => $"Abschluss als {Occ()} ist teilweise anerkannt"
                + (f.Items.Length > 1 ? $"; Unterschiede: {string.Join(", ", f.Items.Skip(1))}." : "."),
            FindingCode.QualificationRecognitionPending => $"Anerkennung des Abschlusses als {Occ()} läuft.",
            FindingCode.QualificationNotRecognised => $"Abschluss als {Occ()} ist nicht anerkannt.",
            FindingCode.QualificationInRelatedOccupation => $"Abschluss in einem verwandten Beruf ({Occ()}).",
            FindingCode.ExperienceWithoutCertificate => $"Berufserfahrung als {Occ()}, aber kein passender Abschluss.",
            FindingCode.NoMatchingQualification => "Kein passender Abschluss und keine Erfahrung im Berufsfeld: für eine Fachkraftstelle ein großes Fragezeichen.",
            FindingCode.QualificationBelowRequiredLevel => $"Der Abschluss als {Occ()} liegt unter dem verlangten Niveau.",
            FindingCode.SuggestAnpassungsqualifizierung => "Vorschlag: Anpassungsqualifizierung, um die Unterschiede zu schließen.",
            FindingCode.SuggestRecognition => "Vorschlag: Anerkennung des ausländischen Abschlusses beantragen.",
            FindingCode.GermanSufficient => $"Deutsch {f.Items[0]} reicht (verlangt: {f.Items[1]}).",
            FindingCode.GermanOneLevelBelow => $"Deutsch {f.Items[0]}, verlangt wird {f.Items[1]}.",
            FindingCode.SuggestGermanCourse => $"Vorschlag: Berufssprachkurs bis {f.Items[0]}.",
            FindingCode.CommuteShort => $"Kurzer Arbeitsweg: etwa {f.Number:0} Minuten am Tag {Mode(f)} (Schätzung).",
            FindingCode.CommuteWithinLimit => $"Arbeitsweg etwa {f.Number:0} Minuten am Tag {Mode(f)} (Schätzung), im Rahmen des Möglichen.",
            FindingCode.CommuteExceedsSgb3Reasonableness => $"Länger als die nach §140 SGB III zumutbaren {f.Number:0} Minuten am Tag.",
            FindingCode.StepUpFromCurrentJob => $"Aufstieg: von Niveau {f.Items[0]} auf Niveau {f.Items[1]}.",
            FindingCode.SkilledWorkInsteadOfHelper => "Fachkraftstelle statt Helfertätigkeit.",
            FindingCode.TrainingBuildsQualification => "Die Ausbildung führt zu einem anerkannten Berufsabschluss.",
            FindingCode.EqLeadsToApprenticeship => "Die Einstiegsqualifizierung ist ein Weg in die Ausbildung.",
            FindingCode.HelperJobBelowQualification => "Helferstelle unter der vorhandenen Qualifikation.",
            FindingCode.RetreatFromSkilledJob => "Helferstelle nach einer Fachkrafttätigkeit: ein Schritt zurück.",
            FindingCode.HelperWorkOnly => "Helfertätigkeit: ein Einstieg, noch kein Schritt über das Helferniveau.",
            FindingCode.RecognitionBeforeTraining => "Ein Berufsabschluss ist vorhanden: zuerst die Anerkennung prüfen, bevor eine neue Ausbildung beginnt.",
            FindingCode.TrainingDespiteRecognisedQualification => "Hat bereits einen anerkannten Berufsabschluss und keine Ausbildung gewünscht: passende Fachkraftstellen gehen vor.",
            FindingCode.RestartInNewField => "Hat einen anerkannten Berufsabschluss und wünscht einen Neustart in diesem Berufsfeld.",
            FindingCode.PayWellAboveMinimumWage => $"Lohn {Euro(f.Number)} je Stunde, deutlich über dem Mindestlohn.",
            FindingCode.PayRiseOverCurrentJob => $"Mehr Lohn als bisher (+{Euro(f.Number)} je Stunde).",
            FindingCode.PayBelowCurrentJob => $"Weniger Lohn als bisher (−{Euro(f.Number)} je Stunde).",
            FindingCode.DesiredOccupation => "Wunschberuf.",
            FindingCode.DesiredOccupationField => "Im Berufsfeld eines Wunschberufs.",
            FindingCode.NotADesiredOccupation => "Kein Wunschberuf.",
            FindingCode.HoursFit => $"{f.Number:0} Wochenstunden passen.",
            FindingCode.FullTimeButPartTimeWanted => $"Teilzeit gewünscht, die Stelle hat {f.Number:0} Wochenstunden.",
            FindingCode.PartTimeButFullTimeWanted => $"Vollzeit gewünscht, die Stelle hat nur {f.Number:0} Wochenstunden.",
            FindingCode.ShiftsNotAccepted => "Schichtarbeit ist nicht gewünscht.",
            FindingCode.TrainingWanted => "Interesse an einer Ausbildung.",
            FindingCode.TrainingInDesiredField => "Ausbildung im Feld eines Wunschberufs.",
            FindingCode.TrainingNotWanted => "Bisher kein Interesse an einer Ausbildung angegeben.",
            _ => f.Code.ToString(),
        };
    }

    /// <summary>Why a pair is ruled out, in one German sentence.</summary>
    public string KnockOut(KnockOut k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return k.Reason switch
        {
            KnockOutReason.RegulatedWithoutRecognition => $"Reglementierter Beruf ({OccupationTitle(OccupationCode.Parse(k.Items[0]))}): ohne voll anerkannten Abschluss im Berufsfeld nicht ausübbar.",
            KnockOutReason.GermanGapTooLarge => $"Deutsch {k.Items[0]}, verlangt wird {k.Items[1]}: mehr als eine Stufe darunter.",
            KnockOutReason.CommuteTooLong => string.Create(German, $"Arbeitsweg etwa {k.Number:0} Minuten am Tag: länger als die eigene Grenze."),
            KnockOutReason.PayBelowStatutoryMinimum => string.Create(German, $"Die Bezahlung liegt unter dem gesetzlichen Minimum ({k.Number:0.00} €)."),
            KnockOutReason.DrivingLicenceMissing => "Die Stelle verlangt einen Führerschein.",
            KnockOutReason.NotAvailableInTime => $"Erst ab {DateOnly.ParseExact(k.Items[0], "yyyy-MM-dd", CultureInfo.InvariantCulture):dd.MM.yyyy} verfügbar: zu spät für den Beginn der Stelle.",
            _ => k.Reason.ToString(),
        };
    }

    /// <summary>
    /// One paragraph for a shortlist entry: what fits, what is missing, what to do, and the legal answer. For an employer (a
    /// chamber): the <see cref="EmployerScore"/>, the findings as <see cref="Finding(Scoring.Finding, bool)"/> gives them, and the
    /// <see cref="EmployerLegalView"/>.
    /// </summary>
    public string Paragraph(ShortlistEntry entry, Vacancy vacancy, bool forEmployer = false)
    {
        var s = new StringBuilder();
        var kind = vacancy.Kind switch
        {
            VacancyKind.Apprenticeship => "Ausbildungsplatz",
            VacancyKind.Einstiegsqualifizierung => "EQ-Platz",
            _ => "Stelle",
        };
        var score = forEmployer ? EmployerScore.Of(entry.Score) : entry.Score.Value;
        s.Append(German, $"{kind} „{OccupationTitle(vacancy.Occupation)}“ bei {vacancy.Employer}: Passung {score * 100:0} von 100. ");
        foreach (var component in entry.Score.Components.Where(c => c.Weight > 0))
        {
            var sentences = component.Findings.Select(f => Finding(f, forEmployer)).OfType<string>().ToList();
            if (sentences.Count == 0) continue;
            s.Append(ComponentName(component.Kind)).Append(": ").AppendJoin(' ', sentences).Append(' ');
        }
        if (!forEmployer)
        {
            s.Append(German, $"Rechtlich: {Verdict(entry.Eligibility)}. {entry.Eligibility.Reason} ({entry.Eligibility.LegalBasis})");
            if (entry.Eligibility.Route is { } route) s.Append(" Hinweis: ").Append(route);
        }
        else
        {
            // Chambers and employers: only what they must act on, in the same words as the structured answer.
            s.Append("Rechtlich: ").Append(EmployerLegalView.Of(entry.Eligibility).Text);
        }
        return s.ToString();
    }

    private string SkillOrText(string item) => taxonomy.Skills.TryGetValue(item, out var skill) ? skill.LabelDe : item;

    private static string Mode(Finding f) => f.Items.FirstOrDefault() switch
    {
        nameof(TravelMode.Car) => "mit dem Auto",
        nameof(TravelMode.PublicTransport) => "mit Bus und Bahn",
        nameof(TravelMode.Bicycle) => "mit dem Fahrrad",
        _ => "zu Fuß",
    };

    private static string Euro(double? amount) => (amount ?? 0).ToString("0.00 €", German);
}
