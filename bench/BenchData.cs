using Matcher.Core.Batch;
using Matcher.Core.Eligibility;
using Matcher.Core.Generation;
using Matcher.Core.Scoring;
using Matcher.Core.Taxonomy;

namespace Matcher.Bench;

/// <summary>Seeded inputs shared by the benchmarks and the CLI.</summary>
public static class BenchData
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    /// <summary>The shipped taxonomy: next to the binary, or data/taxonomy above it (BenchmarkDotNet runs from a generated folder).</summary>
    public static OccupationTaxonomy Taxonomy()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(d.FullName, "taxonomy"), Path.Combine(d.FullName, "data", "taxonomy") })
                if (File.Exists(Path.Combine(candidate, TaxonomyLoader.OccupationsFile))) return TaxonomyLoader.LoadDirectory(candidate);
        }
        throw new DirectoryNotFoundException("data/taxonomy not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The occupations demo regions draw from: the curated taxonomy's (data/curated), found as the taxonomy is.</summary>
    public static IReadOnlyCollection<Matcher.Core.OccupationCode> CommonOccupations()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(d.FullName, "curated"), Path.Combine(d.FullName, "data", "curated") })
                if (File.Exists(Path.Combine(candidate, TaxonomyLoader.OccupationsFile))) return [.. TaxonomyLoader.LoadDirectory(candidate).Occupations.Keys];
        }
        throw new DirectoryNotFoundException("data/curated not found above " + AppContext.BaseDirectory);
    }

    /// <summary>District scale: about 2,000 candidates and 1,000 vacancies in the Burgenlandkreis.</summary>
    public static Region District(OccupationTaxonomy taxonomy, int seed = 42) =>
        new RegionGenerator(taxonomy, CommonOccupations()).Generate(RegionProfile.Burgenlandkreis, 2000, 1000, AsOf, seed);

    /// <summary>Federal-state scale: about 50,000 candidates and 20,000 vacancies across Saxony-Anhalt.</summary>
    public static Region State(OccupationTaxonomy taxonomy, int seed = 42) =>
        new RegionGenerator(taxonomy, CommonOccupations()).Generate(RegionProfile.SachsenAnhalt, 50_000, 20_000, AsOf, seed);

    /// <summary>The nightly pipeline as the service builds it: default scoring weights, default eligibility rules.</summary>
    public static BatchPipeline Pipeline(OccupationTaxonomy taxonomy) =>
        new(new PairScorer(taxonomy, ScoringWeights.Default), EligibilityChecker.Default);
}
