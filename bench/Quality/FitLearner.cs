using Microsoft.ML;
using Microsoft.ML.Data;

namespace Matcher.Bench.Quality;

/// <summary>
/// The limit of what the records allow: gradient-boosted trees (ML.NET FastTree) that learn the true fit from
/// <see cref="ObservedPair"/> features on other seeds of the same simulation. A matcher that reaches what this learner
/// reaches uses what the data says; no matcher can know what it does not say.
/// </summary>
public sealed class FitLearner
{
    private readonly MLContext ml = new(seed: 20261127);
    private RegressionPredictionTransformer<Microsoft.ML.Trainers.FastTree.FastTreeRegressionModelParameters>? model;

    public void Train(IEnumerable<(float[] Features, float Fit)> examples)
    {
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = e.Features, Label = e.Fit }));
        var trainer = ml.Regression.Trainers.FastTree(numberOfLeaves: 48, numberOfTrees: 300, minimumExampleCountPerLeaf: 40, learningRate: 0.1);
        model = trainer.Fit(data);
    }

    public float[] Predict(IReadOnlyList<float[]> features)
    {
        if (model is null) throw new InvalidOperationException("Train first.");
        var data = ml.Data.LoadFromEnumerable(features.Select(f => new Row { Features = f }));
        return [.. ml.Data.CreateEnumerable<Prediction>(model.Transform(data), reuseRowObject: false).Select(p => p.Score)];
    }

    private sealed class Row
    {
        [VectorType(ObservedPair.Length)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }
}
