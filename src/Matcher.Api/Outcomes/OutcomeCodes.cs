namespace Matcher.Api.Outcomes;

/// <summary>
/// The coded answers for what became of a proposal, with their German labels: the stage reached, who decided when it
/// ended (declined, ended early) and why. Codes, not free text: they are counted and fitted on, and free text about a
/// person is personal data with no place in an evaluation.
/// </summary>
public static class OutcomeCodes
{
    public static readonly IReadOnlyDictionary<string, string> Stages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["contacted"] = "Kontakt aufgenommen",
        ["interview"] = "Vorstellungsgespräch",
        ["offer"] = "Angebot erhalten",
        ["started"] = "Arbeit oder Ausbildung begonnen",
        ["retained"] = "Nach der Probezeit weiter beschäftigt oder in Ausbildung",
        ["ended_early"] = "Vorzeitig beendet",
        ["declined"] = "Abgelehnt",
    };

    public static readonly IReadOnlyDictionary<string, string> Parties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = "die Person",
        ["employer"] = "der Betrieb",
        ["coach"] = "der Coach",
    };

    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["language"] = "Sprache",
        ["commute"] = "Weg oder Entfernung",
        ["fit"] = "Passung (Können, Erfahrung)",
        ["pay"] = "Lohn",
        ["hours"] = "Arbeitszeit oder Schichten",
        ["legal"] = "Aufenthalt oder Erlaubnis",
        ["childcare"] = "Kinderbetreuung",
        ["other"] = "Sonstiges",
    };

    /// <summary>Stages that end the pair: who decided and why must be given.</summary>
    public static bool Ends(string stage) => stage is "declined" or "ended_early";
}
