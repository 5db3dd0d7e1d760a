namespace FactStore.Engines;

/// <summary>The last row of each table the search indexes hold (by <c>seq</c>): a run's new rows come after it.</summary>
public readonly record struct SearchMark
{
    /// <summary>The last fact's seq.</summary>
    public required long Facts { get; init; }

    /// <summary>The last stance's seq.</summary>
    public required long Stances { get; init; }

    /// <summary>The last source's seq.</summary>
    public required long Sources { get; init; }
}
