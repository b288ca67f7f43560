using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matcher.Api.Access;
using Matcher.Core;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Matcher.Tests.Api;

/// <summary>
/// A chamber must not be able to work out where people live. The attack: post four vacancies at the corners of a
/// 6 × 6 km square, read their shortlists, learn on half of the people how every figure the chamber sees relates to the
/// distance (calibrated with their true homes), then locate the other half by trilateration.
/// </summary>
public sealed partial class LocationPrivacyTests(MatcherApiFactory factory, ITestOutputHelper output) : IClassFixture<MatcherApiFactory>
{
    private static readonly GeoPoint Centre = new(51.2000, 11.9667); // Weißenfels, where many of the test region's people live

    [Fact]
    public async Task A_chamber_with_vacancies_at_four_corners_cannot_locate_the_people_on_its_lists()
    {
        var chamber = factory.ClientAs(Role.Chamber, "IHK Ortungsprobe");
        var corners = new[] { (-3.0, -3.0), (-3.0, 3.0), (3.0, -3.0), (3.0, 3.0) }.Select(c => Offset(Centre, c.Item1, c.Item2)).ToArray();
        var seen = new Dictionary<string, List<(int Corner, double[] Figures)>>(StringComparer.Ordinal);
        for (var i = 0; i < corners.Length; i++)
        {
            var created = await chamber.PostAsJsonAsync(new Uri("/vacancies", UriKind.Relative), new
            {
                externalId = $"ecke-{i}", employer = "Lager Probe GmbH", kind = "Job", places = 1, occupation = "51311", minimumGerman = "A1",
                latitude = corners[i].Latitude, longitude = corners[i].Longitude, payEur = 15m, weeklyHours = 40, startDate = "2026-12-01",
            });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var list = await chamber.GetFromJsonAsync<JsonElement>(new Uri($"/vacancies/{id}/shortlist?k=50", UriKind.Relative));
            foreach (var e in list.GetProperty("entries").EnumerateArray())
            {
                var pseudonym = e.GetProperty("candidateId").GetString()!;
                if (!seen.TryGetValue(pseudonym, out var figures)) seen[pseudonym] = figures = [];
                figures.Add((i, Figures(e)));
            }
        }

        // The homes the chamber does not know, for calibration and scoring.
        var pseudonyms = factory.Services.GetRequiredService<Pseudonyms>();
        var people = (await factory.ClientAs(Role.Admin).GetFromJsonAsync<JsonElement>(new Uri("/candidates?limit=500", UriKind.Relative))).GetProperty("items").EnumerateArray()
            .ToDictionary(c => pseudonyms.Of(c.GetProperty("id").GetString()!), c =>
            {
                var home = c.GetProperty("profile").GetProperty("home");
                return new GeoPoint(home.GetProperty("latitude").GetDouble(), home.GetProperty("longitude").GetDouble());
            }, StringComparer.Ordinal);
        // Each figure as it is and as it differs from the same person's figure at the other corners (a score that only the
        // commute moves gives itself away in the differences).
        var located = seen.Where(s => s.Value.Count >= 3).OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (Pseudonym: s.Key, Lists: s.Value.Select(f => (f.Corner, Figures: WithDeviations(f.Figures, s.Value.Select(o => o.Figures).ToList()))).ToList()))
            .ToList();
        var calibration = located.Where((_, i) => i % 2 == 0)
            .SelectMany(s => s.Lists.Select(f => (f.Figures, Distance: people[s.Pseudonym].DistanceKmTo(corners[f.Corner])))).ToList();
        var targets = located.Where((_, i) => i % 2 == 1).ToList();
        Assert.True(targets.Count >= 15, $"only {targets.Count} people on three or more lists: the attack shows nothing");
        var predictor = BestPredictor(calibration);

        var errors = targets.Select(t =>
        {
            var estimates = t.Lists.Select(f => (Corner: corners[f.Corner], Km: Predict(calibration, predictor, f.Figures[predictor]))).ToList();
            return Locate(estimates).DistanceKmTo(people[t.Pseudonym]);
        }).Order().ToList();
        var median = errors[errors.Count / 2];
        var within2 = errors.Count(e => e < 2) / (double)errors.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets.Count} people located: median error {median:0.00} km, {within2:P0} within 2 km"));
        Assert.True(median >= 2, $"median error {median:0.00} km: homes can be located");
        Assert.True(within2 <= 0.2, $"{within2:P0} of homes located within 2 km");
    }

    /// <summary>Every number a chamber sees in an entry that could vary with the workplace.</summary>
    private static double[] Figures(JsonElement e)
    {
        var figures = new List<double> { e.GetProperty("score").GetDouble() };
        foreach (var c in e.GetProperty("components").EnumerateArray())
        {
            figures.Add(c.GetProperty("value").ValueKind == JsonValueKind.Number ? c.GetProperty("value").GetDouble() : -1);
            var numbers = c.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("number")).Where(n => n.ValueKind == JsonValueKind.Number).Select(n => n.GetDouble());
            figures.Add(numbers.DefaultIfEmpty(-1).First());
            figures.Add(NumbersIn(string.Join(' ', c.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("text").GetString()))).DefaultIfEmpty(-1).First());
        }
        var commute = e.GetProperty("commute");
        foreach (var name in new[] { "distanceKm", "dailyMinutes", "limitMinutes" })
            figures.Add(commute.GetProperty(name).ValueKind == JsonValueKind.Number ? commute.GetProperty(name).GetDouble() : -1);
        figures.Add(commute.GetProperty("band").GetString()!.Length);
        figures.Add(commute.GetProperty("mode").GetString()!.GetHashCode(StringComparison.Ordinal) % 7);
        figures.AddRange(NumbersIn(e.GetProperty("explanation").GetString()!).Concat(Enumerable.Repeat(-1.0, 12)).Take(12));
        return [.. figures];
    }

    private static IEnumerable<double> NumbersIn(string text) =>
        Number().Matches(text).Select(m => double.Parse(m.Value.Replace(',', '.'), CultureInfo.InvariantCulture));

    private static double[] WithDeviations(double[] figures, List<double[]> samePerson) =>
        [.. figures, .. figures.Select((f, j) => f - samePerson.Average(o => o[j]))];

    /// <summary>The figure whose k-nearest-neighbour estimate of the distance has the least leave-one-out error on the calibration people.</summary>
    private static int BestPredictor(List<(double[] Figures, double Distance)> calibration)
    {
        var best = 0;
        var bestError = double.MaxValue;
        for (var j = 0; j < calibration[0].Figures.Length; j++)
        {
            var error = 0.0;
            for (var i = 0; i < calibration.Count; i++)
            {
                var others = calibration.Where((_, o) => o != i).ToList();
                error += Math.Pow(Predict(others, j, calibration[i].Figures[j]) - calibration[i].Distance, 2);
            }
            if (error < bestError) (best, bestError) = (j, error);
        }
        return best;
    }

    /// <summary>The mean distance of the five calibration entries whose figure <paramref name="j"/> is nearest to <paramref name="value"/>.</summary>
    private static double Predict(List<(double[] Figures, double Distance)> calibration, int j, double value) =>
        calibration.OrderBy(c => Math.Abs(c.Figures[j] - value)).Take(5).Average(c => c.Distance);

    /// <summary>The point whose distances to the corners best match the estimates (grid search, 100 m steps, 24 km around the centre).</summary>
    private static GeoPoint Locate(List<(GeoPoint Corner, double Km)> estimates)
    {
        var best = Centre;
        var bestError = double.MaxValue;
        for (var north = -12.0; north <= 12; north += 0.1)
            for (var east = -12.0; east <= 12; east += 0.1)
            {
                var p = Offset(Centre, north, east);
                var error = estimates.Sum(e => Math.Pow(p.DistanceKmTo(e.Corner) - e.Km, 2));
                if (error < bestError) (best, bestError) = (p, error);
            }
        return best;
    }

    private static GeoPoint Offset(GeoPoint from, double northKm, double eastKm) =>
        new(from.Latitude + northKm / 111.2, from.Longitude + eastKm / (111.2 * Math.Cos(from.Latitude * Math.PI / 180)));

    [GeneratedRegex(@"\d+(?:,\d+)?")]
    private static partial Regex Number();
}
