namespace Matcher.Core.Taxonomy;

/// <summary>What kind of place an advert title offers, as its words say.</summary>
public enum AdvertKind
{
    /// <summary>Nothing in the title says training: a job.</summary>
    Job,
    /// <summary>"Ausbildung zum …", "Azubi", "Lehrstelle": a place in a recognised vocational training.</summary>
    Apprenticeship,
    /// <summary>"Einstiegsqualifizierung", "EQ": the paid pre-apprenticeship internship.</summary>
    Einstiegsqualifizierung,
    /// <summary>"Duales Studium": a degree course with training in the firm.</summary>
    DualStudy,
}
