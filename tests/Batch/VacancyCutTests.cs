using Matcher.Core.Batch;
using Xunit;

namespace Matcher.Tests.Batch;

public class VacancyCutTests
{
    [Fact]
    public void Keeps_each_vacancys_best_pairs_per_place_and_says_how_many_went()
    {
        // Vacancy 0 has one place, vacancy 1 two; two pairs per place.
        (int, long)[]?[] edges =
        [
            [(0, 10), (1, 50)],
            [(0, 40)],
            [(0, 30), (1, 20)],
            [(0, 20), (1, 30)],
            null,
            [(1, 10)],
        ];
        var removed = VacancyCut.Apply(edges, [1, 2], perPlace: 2);

        Assert.Equal(2, removed);
        Assert.Equal([(1, 50)], edges[0]!);           // 10 is vacancy 0's fourth best
        Assert.Equal([(0, 40)], edges[1]!);
        Assert.Equal([(0, 30), (1, 20)], edges[2]!);
        Assert.Equal([(1, 30)], edges[3]!);           // 20 is vacancy 0's third best
        Assert.Equal([(1, 10)], edges[5]!);           // vacancy 1 has 4 pairs for 2 × 2: all stay
    }

    [Fact]
    public void Pairs_tied_with_the_last_one_kept_all_stay()
    {
        (int, long)[]?[] edges = [[(0, 30)], [(0, 20)], [(0, 20)], [(0, 10)]];
        var removed = VacancyCut.Apply(edges, [1], perPlace: 2);

        Assert.Equal(1, removed);
        Assert.Equal([(0, 20)], edges[1]!);
        Assert.Equal([(0, 20)], edges[2]!);
        Assert.Empty(edges[3]!);
    }

    [Fact]
    public void A_cut_of_zero_pairs_per_place_is_refused()
    {
        (int, long)[]?[] edges = [[(0, 30)]];
        Assert.Throws<ArgumentOutOfRangeException>(() => VacancyCut.Apply(edges, [1], perPlace: 0));
    }
}
