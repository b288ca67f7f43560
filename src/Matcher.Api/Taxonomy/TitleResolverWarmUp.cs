using Matcher.Core.Taxonomy;

namespace Matcher.Api.Taxonomy;

/// <summary>
/// Builds the title resolver right after start instead of on the first title someone types: over the official
/// taxonomy's 1,301 occupations and 50,000 titles that takes seconds, which the service's start should not wait for
/// and a chamber's first vacancy should not either.
/// </summary>
public sealed class TitleResolverWarmUp(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => services.GetRequiredService<TitleResolver>().Resolve("Fachkraft für Lagerlogistik"), stoppingToken);
}
