namespace Matcher.Core.Taxonomy;

/// <summary>A taxonomy directory could not be loaded; <see cref="Errors"/> lists every problem as "file:line: reason".</summary>
public sealed class TaxonomyLoadException : Exception
{
    public TaxonomyLoadException(IReadOnlyList<string> errors)
        : base($"The taxonomy is invalid ({errors.Count} problem(s)):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Take(50)))
        => Errors = errors;

    public TaxonomyLoadException() : this(Array.Empty<string>()) { }

    public TaxonomyLoadException(string message) : base(message) => Errors = [message];

    public TaxonomyLoadException(string message, Exception inner) : base(message, inner) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
