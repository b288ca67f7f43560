namespace Matcher.Core;

/// <summary>KldB 2010 requirement level (Anforderungsniveau), the 5th digit of the code.</summary>
public enum RequirementLevel
{
    /// <summary>Helper or semi-skilled work, no or up to one year of training.</summary>
    Helfer = 1,
    /// <summary>Skilled work, typically a 2-3 year vocational training (apprenticeship).</summary>
    Fachkraft = 2,
    /// <summary>Complex specialist work: master craftsman, technician, bachelor.</summary>
    Spezialist = 3,
    /// <summary>Highly complex work, typically a university degree of 4+ years.</summary>
    Experte = 4,
}
