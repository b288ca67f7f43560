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
}
