namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Deutsch: full marks at the required level; one level below 0.6, with a professional language course suggested (a gap
/// of one level is closable); further below is a knock-out (value 0).
/// </summary>
internal static class GermanComponent
{
    public static double Value(CefrLevel have, CefrLevel need, List<Finding>? f)
    {
        if (have >= need)
        {
            f?.Add(Finding.Of(FindingCode.GermanSufficient, have.ToString(), need.ToString()));
            return 1;
        }
        f?.Add(Finding.Of(FindingCode.GermanOneLevelBelow, have.ToString(), need.ToString()));
        if (need - have > 1) return 0;
        f?.Add(Finding.Of(FindingCode.SuggestGermanCourse, need.ToString()));
        return 0.6;
    }
}
