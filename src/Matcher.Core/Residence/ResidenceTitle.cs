namespace Matcher.Core.Residence;

/// <summary>The residence title or paper a person holds; German legal terms where no English word is exact.</summary>
public enum ResidenceTitle
{
    /// <summary>Recognised entitlement to asylum, §25(1) AufenthG.</summary>
    Asylberechtigung,
    /// <summary>Refugee status under the Geneva Convention, §25(2) 1st alt. AufenthG.</summary>
    Fluechtlingseigenschaft,
    /// <summary>Subsidiary protection, §25(2) 2nd alt. AufenthG.</summary>
    SubsidiaererSchutz,
    /// <summary>National deportation ban, §25(3) AufenthG.</summary>
    Abschiebungsverbot,
    /// <summary>Temporary protection, §24 AufenthG (e.g. people from Ukraine).</summary>
    VoruebergehenderSchutz,
    /// <summary>Residence for well-integrated young people, §25a AufenthG.</summary>
    Aufenthalt25a,
    /// <summary>Residence for sustained integration, §25b AufenthG.</summary>
    Aufenthalt25b,
    /// <summary>Opportunity residence right, §104c AufenthG.</summary>
    ChancenAufenthaltsrecht,
    /// <summary>Permanent settlement permit, §9 AufenthG.</summary>
    Niederlassungserlaubnis,
    /// <summary>EU/EEA free movement (no work permit needed).</summary>
    EuFreizuegigkeit,
    /// <summary>Permission to stay during the asylum procedure, §55 AsylG.</summary>
    Aufenthaltsgestattung,
    /// <summary>Suspension of deportation, §60a AufenthG.</summary>
    Duldung,
    /// <summary>Suspension of deportation for vocational training, §60c AufenthG.</summary>
    Ausbildungsduldung,
    /// <summary>Suspension of deportation for employment, §60d AufenthG.</summary>
    Beschaeftigungsduldung,
    /// <summary>Skilled worker with vocational training, §18a AufenthG.</summary>
    Fachkraft18a,
    /// <summary>Skilled worker with academic training, §18b AufenthG.</summary>
    Fachkraft18b,
    /// <summary>EU Blue Card, §18g AufenthG.</summary>
    BlaueKarte,
    /// <summary>Residence under a federal or Land admission programme, §23 AufenthG (e.g. resettlement, humanitarian admission).</summary>
    Aufnahmeprogramm23,
    /// <summary>Temporary residence for urgent humanitarian or personal reasons, §25(4) AufenthG.</summary>
    Aufenthalt25Abs4,
    /// <summary>Residence because departure is impossible for legal or factual reasons, §25(5) AufenthG.</summary>
    Aufenthalt25Abs5,
    /// <summary>Residence for family reunification, §§27-36 AufenthG.</summary>
    Familiennachzug,
    /// <summary>Certificate that the stay counts as permitted (or tolerated) while a first title is decided, §81(3) AufenthG.</summary>
    Fiktionsbescheinigung81Abs3,
    /// <summary>Certificate that the previous title continues while its extension is decided, §81(4) AufenthG; see <see cref="ResidenceStatus.PreviousTitle"/>.</summary>
    Fiktionsbescheinigung81Abs4,
}
