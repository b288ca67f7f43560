using BenchmarkDotNet.Running;
using Matcher.Bench.Assignment;
using Matcher.Bench.Batch;
using Matcher.Bench.Generation;
using Matcher.Bench.Load;
using Matcher.Bench.Quality;
using Matcher.Bench.Taxonomy;

// Verbs of our own first; everything else goes to BenchmarkDotNet (e.g. --filter '*PairScorer*').
return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(args[1..]),
    "solve" => SolveCommand.Run(args[1..]),
    "batch" => BatchCommand.Run(args[1..]),
    "load" => await LoadCommand.Run(args[1..]),
    "titles-eval" => TitleEvaluationCommand.Run(args[1..]),
    "quality" => QualityCommand.Run(args[1..]),
    "weights-sim" => WeightFitSimulation.Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Matcher.Bench.BenchData).Assembly).Run(args);
    return 0;
}
