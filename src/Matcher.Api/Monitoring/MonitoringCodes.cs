using Matcher.Core.Residence;

namespace Matcher.Api.Monitoring;

/// <summary>The codes of the monitoring data and the groups of the disparity report, with their German labels.</summary>
public static class MonitoringCodes
{
    public static IReadOnlyDictionary<string, string> Genders { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["female"] = "Frauen",
        ["male"] = "Männer",
        ["diverse"] = "divers",
    };

    public static IReadOnlyDictionary<string, string> OriginRegions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["middle-east"] = "Naher und Mittlerer Osten",
        ["north-africa"] = "Nordafrika",
        ["sub-saharan-africa"] = "Afrika südlich der Sahara",
        ["ukraine"] = "Ukraine",
        ["eastern-europe"] = "übriges Osteuropa",
        ["european-union"] = "Europäische Union",
        ["south-asia"] = "Südasien",
        ["other-asia"] = "übriges Asien",
        ["americas"] = "Amerika",
        ["other"] = "andere",
    };

    /// <summary>The age band of someone born in <paramref name="birthYear"/>, in <paramref name="year"/>.</summary>
    public static string AgeBand(int birthYear, int year) => (year - birthYear) switch
    {
        < 25 => "unter 25",
        < 35 => "25 bis 34",
        < 50 => "35 bis 49",
        _ => "50 und älter",
    };

    /// <summary>The residence title's group: what it says about the path to work, in five groups large enough to report.</summary>
    public static string ResidenceGroup(ResidenceTitle title) => title switch
    {
        ResidenceTitle.Fluechtlingseigenschaft or ResidenceTitle.SubsidiaererSchutz or ResidenceTitle.Asylberechtigung
            or ResidenceTitle.Abschiebungsverbot or ResidenceTitle.VoruebergehenderSchutz => "Schutzstatus",
        ResidenceTitle.Aufenthaltsgestattung => "Aufenthaltsgestattung",
        ResidenceTitle.Duldung or ResidenceTitle.Ausbildungsduldung or ResidenceTitle.Beschaeftigungsduldung => "Duldung",
        ResidenceTitle.Niederlassungserlaubnis or ResidenceTitle.EuFreizuegigkeit => "Niederlassung oder Freizügigkeit",
        _ => "andere Aufenthaltserlaubnis",
    };
}
