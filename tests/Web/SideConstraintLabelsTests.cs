using Matcher.Api.Web;
using Matcher.Core.Assignment.Constrained;
using Xunit;

namespace Matcher.Tests.Web;

public class SideConstraintLabelsTests
{
    private static ConstraintReport Report(bool binding, long cost, bool proved, long? atMost) =>
        new(ConstraintReport.Parity, binding, cost, proved, CostAtMost: atMost);

    [Fact]
    public void A_proved_cost_is_one_figure_with_a_decimal_comma()
    {
        Assert.Equal("19,1 Punkte", Labels.Cost(Report(true, 19_100_000, true, 19_100_000)));
        Assert.Equal("ja", Labels.Binding(Report(true, 19_100_000, true, 19_100_000)));
    }

    [Fact]
    public void An_open_cost_is_a_range_unless_both_ends_round_alike()
    {
        Assert.Equal("0,2 bis 0,5 Punkte", Labels.Cost(Report(true, 244_720, false, 487_842)));
        Assert.Equal("19,1 Punkte", Labels.Cost(Report(true, 19_100_000, false, 19_120_000)));
        Assert.Equal("nicht ermittelt", Labels.Cost(Report(false, 0, false, null)));
    }

    [Fact]
    public void Binding_is_left_open_only_when_the_bound_allows_a_visible_cost()
    {
        Assert.Equal("nein", Labels.Binding(Report(false, 0, true, 0)));
        Assert.Equal("nein", Labels.Binding(Report(false, 0, false, 20_000)));
        Assert.Equal("nicht bewiesen", Labels.Binding(Report(false, 0, false, 3_000_000)));
        Assert.Equal("nicht bewiesen", Labels.Binding(Report(false, 0, false, null)));
    }
}
