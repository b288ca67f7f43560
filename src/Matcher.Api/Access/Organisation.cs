namespace Matcher.Api.Access;

/// <summary>A chamber, a job centre or coaching provider, or the operator.</summary>
/// <param name="Kind">chamber, coaching or operator.</param>
public sealed record Organisation(long Id, string Name, string Kind);
