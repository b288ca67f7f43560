namespace Matcher.Core.Assignment;

/// <summary>Direction of the objective.</summary>
public enum ObjectiveSense
{
    /// <summary>Minimise total cost (the classic linear sum assignment problem).</summary>
    Minimize,
    /// <summary>Maximise total score (the nightly proposal model).</summary>
    Maximize,
}
