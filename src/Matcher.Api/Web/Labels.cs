using Matcher.Api.Access;
using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Residence;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Web;

/// <summary>German words for the values the web pages show: never an enum's name.</summary>
public static class Labels
{
    public static string Of(ResidenceTitle title) => title switch
    {
        ResidenceTitle.Asylberechtigung => "Asylberechtigung (§25 Abs. 1 AufenthG)",
        ResidenceTitle.Fluechtlingseigenschaft => "Flüchtlingseigenschaft (§25 Abs. 2 AufenthG)",
        ResidenceTitle.SubsidiaererSchutz => "Subsidiärer Schutz (§25 Abs. 2 AufenthG)",
        ResidenceTitle.Abschiebungsverbot => "Abschiebungsverbot (§25 Abs. 3 AufenthG)",
        ResidenceTitle.VoruebergehenderSchutz => "Vorübergehender Schutz (§24 AufenthG)",
        ResidenceTitle.Aufenthalt25a => "Aufenthaltserlaubnis für gut integrierte Jugendliche (§25a AufenthG)",
        ResidenceTitle.Aufenthalt25b => "Aufenthaltserlaubnis bei nachhaltiger Integration (§25b AufenthG)",
        ResidenceTitle.ChancenAufenthaltsrecht => "Chancen-Aufenthaltsrecht (§104c AufenthG)",
        ResidenceTitle.Niederlassungserlaubnis => "Niederlassungserlaubnis (§9 AufenthG)",
        ResidenceTitle.EuFreizuegigkeit => "EU-Freizügigkeit",
        ResidenceTitle.Aufenthaltsgestattung => "Aufenthaltsgestattung (Asylverfahren, §55 AsylG)",
        ResidenceTitle.Duldung => "Duldung (§60a AufenthG)",
        ResidenceTitle.Ausbildungsduldung => "Ausbildungsduldung (§60c AufenthG)",
        ResidenceTitle.Beschaeftigungsduldung => "Beschäftigungsduldung (§60d AufenthG)",
        ResidenceTitle.Fachkraft18a => "Fachkraft mit Berufsausbildung (§18a AufenthG)",
        ResidenceTitle.Fachkraft18b => "Fachkraft mit akademischer Ausbildung (§18b AufenthG)",
        ResidenceTitle.BlaueKarte => "Blaue Karte EU (§18g AufenthG)",
        ResidenceTitle.Aufnahmeprogramm23 => "Aufnahmeprogramm (§23 AufenthG)",
        ResidenceTitle.Aufenthalt25Abs4 => "Vorübergehender Aufenthalt aus humanitären Gründen (§25 Abs. 4 AufenthG)",
        ResidenceTitle.Aufenthalt25Abs5 => "Ausreise unmöglich (§25 Abs. 5 AufenthG)",
        ResidenceTitle.Familiennachzug => "Familiennachzug (§§27 ff. AufenthG)",
        ResidenceTitle.Fiktionsbescheinigung81Abs3 => "Fiktionsbescheinigung, erster Titel beantragt (§81 Abs. 3 AufenthG)",
        ResidenceTitle.Fiktionsbescheinigung81Abs4 => "Fiktionsbescheinigung, Verlängerung beantragt (§81 Abs. 4 AufenthG)",
        _ => title.ToString(),
    };

    public static string Of(ResidenceFacts fact) => fact switch
    {
        ResidenceFacts.EmploymentBan => "Beschäftigungsverbot der Ausländerbehörde (§60a Abs. 6)",
        ResidenceFacts.UnclearIdentity => "Duldung für Personen mit ungeklärter Identität (§60b)",
        ResidenceFacts.IdentityClarified => "Identität geklärt",
        ResidenceFacts.SafeCountryOfOrigin => "Staatsangehörigkeit eines sicheren Herkunftsstaats (§29a AsylG)",
        ResidenceFacts.TrainingBeganDuringAsylumProcedure => "Ausbildung im Asylverfahren begonnen",
        ResidenceFacts.LivelihoodSecured => "Lebensunterhalt gesichert",
        ResidenceFacts.GermanA2Proven => "Deutsch A2 nachgewiesen",
        ResidenceFacts.ObligedToLiveInReceptionCentre => "Wohnpflicht in einer Aufnahmeeinrichtung",
        ResidenceFacts.AsylumClaimAfterAugust2015RejectedOrWithdrawn => "Asylantrag nach dem 31.08.2015 abgelehnt oder zurückgenommen",
        ResidenceFacts.NoAsylumClaim => "Kein Asylantrag gestellt",
        _ => fact.ToString(),
    };

    public static string Of(VacancyKind kind) => kind switch
    {
        VacancyKind.Apprenticeship => "Ausbildungsplatz",
        VacancyKind.Einstiegsqualifizierung => "Einstiegsqualifizierung (EQ)",
        _ => "Stelle",
    };

    public static string Of(RecognitionState state) => state switch
    {
        RecognitionState.None => "nicht anerkannt / nicht beantragt",
        RecognitionState.Pending => "Anerkennung beantragt",
        RecognitionState.Partial => "teilweise anerkannt",
        RecognitionState.Full => "voll anerkannt",
        _ => "deutscher Abschluss (keine Anerkennung nötig)",
    };

    public static string Of(RequirementLevel level) => level switch
    {
        RequirementLevel.Helfer => "Helfer/in",
        RequirementLevel.Fachkraft => "Fachkraft",
        RequirementLevel.Spezialist => "Spezialist/in",
        _ => "Experte/Expertin",
    };

    public static string Of(CefrLevel level) => level == CefrLevel.A0 ? "keine Deutschkenntnisse" : level.ToString();

    public static string Of(Role role) => role switch
    {
        Role.Chamber => "Kammer",
        Role.Coach => "Jobcoach",
        _ => "Betrieb",
    };

    public static string OrganisationKind(string kind) => kind switch
    {
        "chamber" => "Kammer",
        "coaching" => "Beratung / Jobcenter",
        _ => "Betrieb von Matcher",
    };

    public static string RunStatus(string status) => status switch
    {
        "running" => "läuft",
        "completed" => "abgeschlossen",
        "failed" => "fehlgeschlagen",
        "abandoned" => "abgebrochen",
        _ => status,
    };

    public static string ImportStatus(string status) => status switch
    {
        "created" => "angelegt",
        "updated" => "geändert",
        "unchanged" => "unverändert",
        "rejected" => "abgelehnt",
        "valid" => "gültig, nicht gespeichert",
        _ => status,
    };

    /// <summary>A side constraint's name in the operator's words.</summary>
    public static string SideConstraint(string constraint) => constraint switch
    {
        Core.Assignment.Constrained.ConstraintReport.EmployerLimits => "Höchstzahl je Betrieb",
        Core.Assignment.Constrained.ConstraintReport.ChangeBudget => "Höchstzahl an Änderungen",
        Core.Assignment.Constrained.ConstraintReport.Parity => "Gleichstellung",
        Core.Assignment.Constrained.ConstraintReport.Share => "Ausbildung für Junge",
        _ => constraint,
    };

    /// <summary>The side constraints a run was asked for, in one line ("keine" without any).</summary>
    public static string Limits(Runs.RunLimits limits) => limits.IsEmpty ? "keine" : string.Join(" · ", new[]
    {
        limits.MaxNewHiresPerEmployer is { } e ? $"höchstens {e} je Betrieb" : null,
        limits.MaxChanges is { } c ? $"höchstens {c} Änderungen" : null,
        limits.MinWomenRatePercent is { } w ? $"Frauen mindestens {w} % der Quote der Männer" : null,
        limits.MinYoungTrainingSharePercent is { } y ? $"mindestens {y} % der Ausbildungsplätze für unter 25-Jährige" : null,
    }.Where(t => t is not null));

    /// <summary>Score units (1,000,000 per point of score) as points with one decimal.</summary>
    /// <summary>A number as German readers write it (decimal comma).</summary>
    public static string Number(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    /// <summary>A side constraint's cost: one figure when proved (or when its range rounds to one), else "from to".</summary>
    public static string Cost(Core.Assignment.Constrained.ConstraintReport report) => report switch
    {
        { CostIsProved: true } => $"{Points(report.Cost)} Punkte",
        { CostAtMost: { } most } when Points(most) != Points(report.Cost) => $"{Points(report.Cost)} bis {Points(most)} Punkte",
        { CostAtMost: not null } => $"{Points(report.Cost)} Punkte",
        _ => "nicht ermittelt",
    };

    /// <summary>Whether a side constraint changed the answer; "nicht bewiesen" only when the bound leaves a visible cost open.</summary>
    public static string Binding(Core.Assignment.Constrained.ConstraintReport report) =>
        report.Binding ? "ja" : report.CostIsProved || report.CostAtMost is { } most && Points(most) == Points(0) ? "nein" : "nicht bewiesen";

    public static string Points(long units) => (units / 1_000_000.0).ToString("#,##0.0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    public static string Change(string change) => change switch
    {
        "new" => "neu",
        "dropped" => "entfallen",
        "changed" => "geändert",
        _ => change,
    };

    public static string Modes(CommuteModes modes)
    {
        var list = new List<string>();
        if (modes.HasFlag(CommuteModes.Car)) list.Add("Auto");
        if (modes.HasFlag(CommuteModes.PublicTransport)) list.Add("Bus und Bahn");
        if (modes.HasFlag(CommuteModes.Bicycle)) list.Add("Fahrrad");
        return list.Count == 0 ? "zu Fuß" : string.Join(", ", list);
    }

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    public static string Percent(double score) => (score * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
