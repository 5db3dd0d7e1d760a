namespace FactStore;

/// <summary>The parameters of a named query.</summary>
public sealed record QueryRequest
{
    /// <summary>Named text parameters; which ones a provider reads is up to it.</summary>
    public IReadOnlyDictionary<string, string> Parameters
    {
        get;
        init => field = new Dictionary<string, string>(value ?? throw new ArgumentNullException(nameof(Parameters)), StringComparer.Ordinal).AsReadOnly();
    } = new Dictionary<string, string>();

    /// <summary>Only facts valid on this day; <see langword="null"/> for any.</summary>
    public DateOnly? ValidAt { get; init; }
}
