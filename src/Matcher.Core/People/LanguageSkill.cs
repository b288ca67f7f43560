namespace Matcher.Core.People;

/// <summary>A language other than German and how well the person speaks it.</summary>
/// <param name="Language">ISO 639-1 code, e.g. "ar", "uk", "en".</param>
public sealed record LanguageSkill(string Language, CefrLevel Level);
