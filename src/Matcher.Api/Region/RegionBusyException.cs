namespace Matcher.Api.Region;

/// <summary>Another write held the region longer than <see cref="RegionStore.WriterWait"/>: the request should be retried (503).</summary>
public sealed class RegionBusyException() : Exception("Another write to the region is taking longer than expected; retry shortly.");
