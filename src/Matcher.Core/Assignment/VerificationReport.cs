namespace Matcher.Core.Assignment;

/// <summary>What <see cref="AssignmentVerifier"/> found.</summary>
/// <param name="IsFeasible">Every chosen pair is allowed, capacities hold, pins are in, and every row is assigned when required.</param>
/// <param name="IsCertifiedOptimal">Feasible, and the potentials satisfy dual feasibility with zero duality gap.</param>
/// <param name="Problems">Human-readable reasons, at most 20.</param>
public sealed record VerificationReport(bool IsFeasible, bool IsCertifiedOptimal, long DualObjective, IReadOnlyList<string> Problems);
