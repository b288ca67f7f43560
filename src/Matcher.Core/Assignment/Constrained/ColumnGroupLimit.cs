namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// At most <paramref name="Limit"/> rows across the <paramref name="Columns"/> together: the new hires one employer can
/// accompany at once, across all its vacancies.
/// </summary>
/// <param name="Name">What the group is, for the report (the employer's name).</param>
public sealed record ColumnGroupLimit(string Name, IReadOnlyList<int> Columns, int Limit);
