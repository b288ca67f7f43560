namespace Matcher.Api.Setup;

/// <summary>Which weights file the service scores with: its name and the SHA-256 of its bytes, so that a run can be traced to its weights.</summary>
public sealed record WeightsInUse(string File, string Sha256);
