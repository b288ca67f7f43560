using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Matcher.Core.Taxonomy;

/// <summary>
/// Takes an advert title apart before it is resolved (<see cref="AdvertTitle"/>). Chambers dress common occupations
/// in advert words: "Ausbildung zum Bäcker 2026", "Kellner/in gesucht", "MFA (m/w/d) in Teilzeit", "Kraftfahrer Klasse
/// CE". Those words would pull the classifier towards occupations that share them ("Reitausbildung", "Teilzeitkraft"),
/// so they are taken out and kept as data: the kind of place (training, EQ, dual study) and a hint at the requirement
/// level. Short forms and licence classes are written out from <see cref="TitleAbbreviation"/>s. A place ("in
/// Magdeburg") is taken out only when no known title has that word: German nouns are capitalised, and "in Pflege" names
/// the field.
/// </summary>
public sealed partial class AdvertTitleParser
{
    private readonly FrozenDictionary<string, TitleAbbreviation> shortForms;
    private readonly FrozenDictionary<string, TitleAbbreviation> licenceClasses;

    public AdvertTitleParser(IEnumerable<TitleAbbreviation> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        var all = abbreviations.ToList();
        shortForms = all.Where(a => !a.IsLicenceClass).ToFrozenDictionary(a => a.Abbreviation, StringComparer.OrdinalIgnoreCase);
        licenceClasses = all.Where(a => a.IsLicenceClass).ToFrozenDictionary(a => a.Abbreviation, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Parses <paramref name="title"/>; <paramref name="isKnownWord"/> tells a title word (normalised) from a place.</summary>
    public AdvertTitle Parse(string title, Func<string, bool> isKnownWord)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(isKnownWord);
        var removed = new List<string>();
        var kind = AdvertKind.Job;
        RequirementLevel? level = null;
        var text = title;

        // Each pattern runs only where one of its words could be (a vectorised search): most titles have none of
        // them, and a title is resolved in some 20 µs.
        // "mit abgeschlossener Ausbildung als Landwirt" asks for a trained person; it is not a training place.
        if (Has(text, TrainedTell)) text = Take(text, Trained(), removed, () => level = RequirementLevel.Fachkraft);
        if (Has(text, EqTell) || text.Contains("EQ", StringComparison.Ordinal))
            text = Take(text, Einstiegsqualifizierung(), removed, () => kind = AdvertKind.Einstiegsqualifizierung);
        if (kind == AdvertKind.Job && Has(text, DualTell)) text = Take(text, DualStudy(), removed, () => kind = AdvertKind.DualStudy);
        if (kind == AdvertKind.Job && Has(text, TrainingTell)) text = Take(text, Training(), removed, () => kind = AdvertKind.Apprenticeship);
        if (kind is AdvertKind.Apprenticeship or AdvertKind.Einstiegsqualifizierung) level = RequirementLevel.Fachkraft;
        if (kind == AdvertKind.DualStudy) level = RequirementLevel.Experte;
        if (Has(text, SkilledTell)) text = Take(text, SkilledWords(), removed, () => level ??= RequirementLevel.Fachkraft);
        // "Aushilfe Service" is a helper in the service: the BA's titles say "Helfer".
        if (Has(text, HelperTell))
            text = HelperWords().Replace(text, m =>
            {
                level ??= RequirementLevel.Helfer;
                removed.Add(m.Value);
                return m.Groups["word"].Success ? " Helfer " : " ";
            });
        if (level is null && text.Contains("helfer", StringComparison.OrdinalIgnoreCase) && HelperWord().IsMatch(text)) level = RequirementLevel.Helfer;
        if (level is null && Has(text, SkilledWordTell) && SkilledWord().IsMatch(text)) level = RequirementLevel.Fachkraft;
        if (Has(text, EmployerTell)) text = Take(text, EmployerTalk(), removed, null);
        if (Has(text, NoiseTell) || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.Contains('!', StringComparison.Ordinal) || text.Contains('€', StringComparison.Ordinal))
            text = Take(text, AdvertNoise(), removed, null);
        if (Has(text, PlaceTell))
            text = Places().Replace(text, m =>
            {
                if (isKnownWord(TitleNormalizer.Normalize(m.Groups["place"].Value))) return m.Value;
                removed.Add(m.Value.Trim());
                return " ";
            });
        if (licenceClasses.Count > 0 && text.AsSpan().ContainsAny(LicenceTell))
            text = Licences().Replace(text, m =>
            {
                removed.Add(m.Value.Trim());
                foreach (Capture c in m.Groups["class"].Captures)
                    if (licenceClasses.TryGetValue(c.Value, out var licence) && licence.Expansion.Length > 0) return " " + licence.Expansion + " ";
                return " ";
            });
        text = ExpandShortForms(text);

        var occupation = (HasLeftovers(text) ? Leftovers().Replace(text, " ") : text).Trim(' ', '-', '–', ',', ':', '|', '/', '!');
        if (TitleNormalizer.Normalize(occupation).Length < 2) occupation = title;
        return new AdvertTitle(occupation, kind, level, removed);
    }

    private string ExpandShortForms(string text)
    {
        if (shortForms.Count == 0) return text;
        var lookup = shortForms.GetAlternateLookup<ReadOnlySpan<char>>();
        System.Text.StringBuilder? expanded = null;
        var copied = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
            if (lookup.TryGetValue(text.AsSpan(i, end - i), out var a))
            {
                expanded ??= new System.Text.StringBuilder(text.Length + 32);
                expanded.Append(text, copied, i - copied).Append(a.Expansion);
                copied = end;
            }
            i = end;
        }
        return expanded is null ? text : expanded.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Whether <see cref="Leftovers"/> could match: a dash or bar, brackets, or white space other than single spaces.</summary>
    private static bool HasLeftovers(string text) =>
        text.AsSpan().IndexOfAny(LeftoverTell) >= 0 || text.Contains("  ", StringComparison.Ordinal);

    private static readonly SearchValues<char> LeftoverTell = SearchValues.Create(
        "–|(" + string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))));

    private static bool Has(string text, SearchValues<string> tells) => text.AsSpan().ContainsAny(tells);

    private static readonly SearchValues<string> TrainedTell = SearchValues.Create(["ausbildung"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> EqTell = SearchValues.Create(["einstiegsqualifizierung"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> DualTell = SearchValues.Create(["dual"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> TrainingTell = SearchValues.Create(["ausbildung", "azubi", "auszubild", "lehrstelle", "lehrling"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> SkilledTell = SearchValues.Create(["examin", "staatl", "gelernt", "ausgebildet"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> HelperTell = SearchValues.Create(["aushilfe", "hilfskr", "anlernkraft", "gelernt", "ohne"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> SkilledWordTell = SearchValues.Create(["fachkr", "facharbeiter", "gesell"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> EmployerTell = SearchValues.Create(["unser", "ein", "bei ", "gmbh", "ag", "kg", "ohg", "gbr", "mbh", "ug", "e.v", "e. v"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> NoiseTell = SearchValues.Create(
        ["zeit", "vz", "tz", "mini", "euro", "eur", "geringf", "schicht", "dienst", "wochenend", "std", "stunden", "befrist", "fest", "dauer",
         "leih", "arbeitnehmer", "direkt", "job", "saison", "gehalt", "tarif", "prämie", "bonus", "ab ", "zum ", "per ", "dringend", "sofort",
         "gesucht", "suchen", "stelle", "neu", "einsteig", "einstieg", "auch", "erfahrung", "willkommen", "full", "part", "wanted", "hiring", "immediate", "urgent"],
        StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> PlaceTell = SearchValues.Create(["in ", "raum", "region", "standort"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> LicenceTell = SearchValues.Create(["Klasse", "Kl.", "Führerschein", "Fahrerlaubnis", "FS", "CE", "C1", "DE", "/"], StringComparison.Ordinal);

    private static string Take(string text, Regex pattern, List<string> removed, Action? found) =>
        pattern.Replace(text, m =>
        {
            removed.Add(m.Value.Trim());
            found?.Invoke();
            return " ";
        });

    private const string Months = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";

    [GeneratedRegex(@"\bmit\s+(?:einer\s+)?(?:(?:erfolgreich\s+)?abgeschlossener\s+)?(?:Berufs)?ausbildung(?:\s+(?:als|zum|zur))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trained();

    [GeneratedRegex(@"\b(?:Einstiegsqualifizierung|(?-i:EQ))\b(?:\s*(?:zum|zur|als|im|in\s+der|[-–:])(?=\s))?", RegexOptions.IgnoreCase)]
    private static partial Regex Einstiegsqualifizierung();

    [GeneratedRegex(@"\b(?:duale[sr]?\s+(?:Studium|Studiengang|Student(?:in)?)|dual\s+Studierende[rn]?)\b(?:\s*(?:zum|zur|als|im|in|[-–:])(?=\s))?", RegexOptions.IgnoreCase)]
    private static partial Regex DualStudy();

    [GeneratedRegex(@"\(?\b(?:Berufsausbildung|Ausbildungsplatz|Ausbildungsstelle|Ausbildungsplätze|Ausbildung|Azubis?|Auszubildende[rn]?|Lehrstelle|Lehrling)\b\)?(?:\s*(?:zum|zur|zu|als|im|in\s+der|für\s+(?:den|die|das)|[-–:])(?=\s))?", RegexOptions.IgnoreCase)]
    private static partial Regex Training();

    [GeneratedRegex(@"\b(?:examiniert(?:e[rn]?)?|staatl(?:ich|\.)\s+anerkannt(?:e[rn]?)?|staatl(?:ich|\.)\s+geprüft(?:e[rn]?)?|gelernt(?:e[rn]?)?|ausgebildet(?:e[rn]?)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkilledWords();

    [GeneratedRegex(@"\b(?:(?<word>Aushilfen?|Hilfskraft|Hilfskräfte|Anlernkraft)|ungelernt(?:e[rn]?)?|angelernt(?:e[rn]?)?|ohne\s+(?:Berufs)?ausbildung|ohne\s+Vorkenntnisse)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelperWords();

    [GeneratedRegex(@"\bHelfer(?:in|innen)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelperWord();

    [GeneratedRegex(@"(?:fachkraft|fachkräfte|facharbeiter(?:in)?|\bgesell(?:e|in))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkilledWord();

    [GeneratedRegex(@"\b(?:(?:für|in|im|bei)\s+(?:unser(?:e[mnrs]?)?|ein(?:e[mnr]?)?)\s+.*$|bei\s+\p{Lu}.*$|\b[\p{L}&.-]+(?:\s+[\p{L}&.-]+)?\s+(?:GmbH|gGmbH|AG|KG|OHG|GbR|mbH|UG|e\.\s?V\.)(?:\s*&\s*Co\.?\s*KG)?)", RegexOptions.IgnoreCase)]
    private static partial Regex EmployerTalk();

    [GeneratedRegex(@"(?:\b(?:in\s+)?(?:Voll-?\s*(?:oder|und|/)\s*Teilzeit|Teil-?\s*(?:oder|und|/)\s*Vollzeit|Vollzeit|Teilzeit|VZ|TZ)\b" +
        @"|\b(?:auf\s+)?(?:Minijob|Mini-Job)(?:basis|-Basis)?\b|\bauf\s+Minijobbasis\b|\b(?:auf\s+)?\d{3}[- ]?(?:€|Euro|EUR)(?:[- ]?(?:Basis|Job))?\b|\bgeringfügig(?:e\s+Beschäftigung|\s+beschäftigt)?\b" +
        @"|\b(?:Schichtarbeit|Schichtbetrieb|Schichtdienst|Wechselschicht|\d-Schicht(?:system|betrieb)?|Früh-?\s*(?:und|/)\s*Spätschicht|Frühschicht|Spätschicht|Nachtschicht|Nachtdienst|Wochenend(?:arbeit|dienst)?)\b" +
        @"|\b\d+(?:[.,]\d+)?\s*(?:Std\.?|Stunden|h)(?:\s*(?:/|pro)\s*(?:Woche|Monat)|\s*wöchentlich)?(?!\w)" +
        @"|\b(?:unbefristet(?:e|er)?|befristet(?:e|er)?|(?:in\s+)?Festanstellung|fest\s+angestellt|Dauerstelle|Vollzeitstelle|Teilzeitstelle|Leiharbeit|Zeitarbeit|Arbeitnehmerüberlassung|Direktvermittlung|Nebenjob|Aushilfsjob|Ferienjob|Saisonarbeit|Saisonkraft|Saison)\b" +
        @"|\b(?:bis\s+zu\s+)?\d[\d.,]*\s*(?:€|Euro|EUR)(?:\s*(?:brutto|netto|/\s*Std\.?|/\s*Stunde|pro\s+Stunde|/\s*h|/\s*Monat))?|\b(?:Top-?Gehalt|übertariflich(?:e\s+Bezahlung)?|Prämie|Bonus)\b" +
        @"|\b(?:ab|zum|per)\s+(?:sofort|dem\s+)?(?:\d{1,2}\.\s*(?:" + Months + @"|\d{1,2}\.(?:\d{2,4})?)|" + Months + @")?(?:\s+(?:19|20)\d\d)?\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?" +
        @"|\b(?:19|20)\d\d(?:\s*/\s*(?:19|20)?\d\d)?\b" +
        @"|\b(?:dringend|sofort|gesucht|wir\s+suchen|gesucht!|Stellenangebot|Stellenanzeige|Stelle|Jobs?|neu|Quereinsteiger(?:in|innen)?(?:\s+willkommen)?|Quereinstieg|willkommen|Berufseinsteiger(?:in)?|Wiedereinsteiger(?:in)?|auch\s+für|Berufserfahrung|mit\s+Erfahrung)\b" +
        @"|\b(?:full[- ]?time|part[- ]?time|wanted|hiring|now\s+hiring|immediate\s+start|urgent(?:ly)?|we\s+are\s+hiring)\b" +
        @"|!)", RegexOptions.IgnoreCase)]
    private static partial Regex AdvertNoise();

    [GeneratedRegex(@"\b(?:in|im\s+Raum|Raum|Region|Standort|am\s+Standort)\s+(?!der\b|die\b|den\b|dem\b|einem\b|einer\b)(?<place>\p{Lu}[\p{L}.-]+(?:\s*\([^)]*\))?(?:\s*/\s*\p{Lu}[\p{L}.-]+)?)")]
    private static partial Regex Places();

    [GeneratedRegex(@"(?:\b(?:Führerscheinklasse|Führerschein|Fahrerlaubnis|Klasse|Kl\.|FS)\s*(?<class>C1E|C1|CE|C|D1E|D1|DE|D|BE|B|T|L)\b(?:\s*[/,+]\s*(?<class>C1E|C1|CE|C|D1E|D1|DE|D|BE|B|T|L)\b)*" +
        @"|\b(?<class>C1E|C1|CE|C|D1|DE|D)\s*/\s*(?<class>C1E|CE|DE)\b|\b(?<class>C1E|CE|DE)\b)")]
    private static partial Regex Licences();

    [GeneratedRegex(@"\s*(?:[–|]\s*)+\s*(?=$)|\(\s*\)|\s{2,}")]
    private static partial Regex Leftovers();
}
