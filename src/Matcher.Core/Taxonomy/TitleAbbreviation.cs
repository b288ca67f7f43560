namespace Matcher.Core.Taxonomy;

/// <summary>
/// A short form chambers write in advert titles and what it stands for: "MFA" for "Medizinische/r Fachangestellte/r",
/// or a driving licence class ("CE") for the occupation it is needed in.
/// </summary>
/// <param name="IsLicenceClass">A licence class counts only after "Klasse", "Kl." or "Führerschein", or in forms like "C/CE":
/// a bare "C" or "D" in a title means something else.</param>
/// <param name="Source">Where the meaning was checked, for each row.</param>
public sealed record TitleAbbreviation(string Abbreviation, string Expansion, bool IsLicenceClass, string Source);
