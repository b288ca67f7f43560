using System.Text.Json.Serialization;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Candidates;
using Matcher.Api.Outcomes;
using Matcher.Api.Explanations;
using Matcher.Api.Health;
using Matcher.Api.Region;
using Matcher.Api.Runs;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Api.Taxonomy;
using Matcher.Api.Upskilling;
using Matcher.Api.Vacancies;
using Matcher.Api.Web;

// The web root is the copy next to the binary, so that the pages' files are there however the service is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });

// Services: the matching core, German explanations, problem details, OpenAPI.
builder.Services.AddMatcher(builder.Configuration);
builder.Services.AddWebAccess();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<TransientFaultHandler>();
builder.Services.AddMatcherOpenApi();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new OccupationCodeJsonConverter());
    o.SerializerOptions.Converters.Add(new GeoPointJsonConverter());
    o.SerializerOptions.Converters.Add(new StringSetJsonConverter());
});

var app = builder.Build();

// Command-line verbs run against the same configuration and database, then exit.
if (args.Length > 0 && args[0] == "keys") return KeysCommand.Run(args, app.Services);
if (args.Length > 0 && args[0] == "taxonomy") return TaxonomyCommand.Run(args);
if (args.Length > 0 && args[0] == "weights")
{
    app.Services.PrepareDatabase();
    return Matcher.Api.Outcomes.WeightsCommand.Run(args, app.Services);
}
if (args.Length > 0 && args[0] == "rematch")
{
    app.Services.PrepareDatabase();
    return RematchCommand.Run(app.Services);
}

// Fail at start, not at the first request, when the database, taxonomy or weights are broken.
app.Services.PrepareDatabase();
app.Services.GetRequiredService<Matcher.Core.Shortlists.ShortlistBuilder>();
app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Matcher.Api.Setup.MatcherOptions>>().Value.Engine();
app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Matcher.Api.Setup.MatcherOptions>>().Value.NightlyLimits();

app.UseExceptionHandler();
app.UseStatusCodePages(StatusPages.Write);
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapOpenApi().AllowAnonymous();
app.MapHealth();
app.MapTaxonomy();
app.MapCandidates();
app.MapVacancies();
app.MapShortlists();
app.MapAudit();
app.MapCommitments();
app.MapOutcomes();
app.MapMatchRuns();
app.MapOrganisations();
app.MapUpskilling();
app.MapPairCheck();

app.Run();
return 0;

/// <summary>Entry point; public so that API tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
