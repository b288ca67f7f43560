namespace Matcher.Core.People;

/// <summary>State of the equivalence check of a foreign qualification (BQFG, "Anerkennungsgesetz").</summary>
public enum RecognitionState
{
    /// <summary>No application made, or the check found no equivalence.</summary>
    None,
    /// <summary>Application filed, decision outstanding.</summary>
    Pending,
    /// <summary>Partial equivalence: the notice lists substantial differences (closable by Anpassungsqualifizierung).</summary>
    Partial,
    /// <summary>Full equivalence with the German reference occupation.</summary>
    Full,
    /// <summary>A German qualification, or one that needs no recognition.</summary>
    NotRequired,
}
