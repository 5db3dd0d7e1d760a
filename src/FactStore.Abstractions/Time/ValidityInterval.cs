namespace FactStore;

/// <summary>
/// When a fact holds in the world ("valid time"): from <see cref="From"/> to <see cref="To"/>, both ends included
/// at their own precision (like NodaTime's <c>DateInterval</c>); a missing end is open.
/// </summary>
/// <remarks>
/// <c>From = 2013</c> means "since some day in 2013"; the interval is taken to cover every day each end covers,
/// so a fact valid "from 2013" is valid at 2013-01-01. This is the "valid" axis; when FactStore learned a fact is
/// the separate "known" axis (<see cref="Provenance.RecordedAt"/>).
/// </remarks>
public readonly record struct ValidityInterval
{
    private ValidityInterval(PartialDate? from, PartialDate? to)
    {
        From = PartialDate.Checked(from, nameof(from));
        To = PartialDate.Checked(to, nameof(to));
    }

    /// <summary>No validity stated: both ends open. Such a fact is not returned by "valid at" queries, since nothing says when it holds.</summary>
    public static ValidityInterval Unstated => default;

    /// <summary>The first date the fact holds, or <see langword="null"/> when open.</summary>
    public PartialDate? From { get; }

    /// <summary>The last date the fact holds, or <see langword="null"/> when open.</summary>
    public PartialDate? To { get; }

    /// <summary>Whether no validity is stated (both ends open).</summary>
    public bool IsUnstated => From is null && To is null;

    /// <summary>Whether the interval can be placed on a timeline: every given end has a year.</summary>
    public bool IsPlaceable => From is not { HasYear: false } && To is not { HasYear: false };

    /// <summary>An interval between two dates; either may be <see langword="null"/> for an open end.</summary>
    /// <param name="from">The first date, or <see langword="null"/>.</param>
    /// <param name="to">The last date, or <see langword="null"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> ends before <paramref name="from"/> starts.</exception>
    public static ValidityInterval Between(PartialDate? from, PartialDate? to)
    {
        PartialDate.Checked(from, nameof(from));
        PartialDate.Checked(to, nameof(to));
        if (from?.Earliest is DateOnly start && to?.Latest is DateOnly end && end < start)
        {
            throw new ArgumentException($"The interval ends ({to}) before it starts ({from}).", nameof(to));
        }

        return new(from, to);
    }

    /// <summary>An interval open at its end.</summary>
    /// <param name="from">The first date.</param>
    /// <returns>The interval.</returns>
    public static ValidityInterval Since(PartialDate from) => new(from, null);

    /// <summary>An interval open at its start.</summary>
    /// <param name="to">The last date.</param>
    /// <returns>The interval.</returns>
    public static ValidityInterval Until(PartialDate to) => new(null, to);

    /// <summary>A single date or period: the interval that starts and ends with <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The interval.</returns>
    public static ValidityInterval At(PartialDate date) => new(date, date);

    /// <summary>
    /// Whether the fact may hold on <paramref name="date"/>: the day is not before the start of <see cref="From"/> and
    /// not after the end of <see cref="To"/>; an open end does not limit it. An <see cref="IsUnstated"/> interval, or one
    /// that is not <see cref="IsPlaceable"/>, contains no day.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether the day lies in the interval.</returns>
    public bool Contains(DateOnly date) =>
        !IsUnstated && IsPlaceable && !(From?.Earliest > date) && !(To?.Latest < date);

    /// <summary>The interval in EDTF interval form, <c>from/to</c>, with <c>..</c> for an open end.</summary>
    /// <returns>For example <c>2022-01/2022-01</c> or <c>2002/..</c>.</returns>
    public override string ToString() => $"{From?.ToString() ?? ".."}/{To?.ToString() ?? ".."}";
}
