namespace Matcher.Api.Requests;

/// <summary>The <c>limit</c> and <c>offset</c> query parameters of a list endpoint, validated into problem-details errors.</summary>
public readonly record struct PageRequest(int Offset, int Limit)
{
    /// <summary>Parses the two parameters; bad values add an entry to <paramref name="errors"/> and fall back to the defaults.</summary>
    public static PageRequest Parse(string? limit, string? offset, int defaultLimit, int maxLimit, Dictionary<string, string[]> errors) =>
        new(QueryParameter.WholeNumber(offset, "offset", 0, 0, int.MaxValue, errors),
            QueryParameter.WholeNumber(limit, "limit", defaultLimit, 1, maxLimit, errors));

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip(Offset).Take(Limit);
}
