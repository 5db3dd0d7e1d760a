namespace FactStore;

/// <summary>
/// When a fact holds in the world ("valid time"): from <see cref="From"/> to <see cref="To"/>, both ends included
/// at their own precision (like NodaTime's <c>DateInterval</c>); a missing end is open. Or a single
/// <see cref="IsPointInTime">point in time</see> at which something happened.
/// </summary>
/// <remarks>
/// <c>From = 2013</c> means "since some day in 2013"; the interval is taken to cover every day each end covers,
/// so a fact valid "from 2013" is valid at 2013-01-01. Days are compared on the proleptic Gregorian calendar
/// (<see cref="PartialDate.EarliestDayNumber"/>), so BCE and Julian dates take their place. This is the "valid"
/// axis; when FactStore learned a fact is the separate "known" axis (<see cref="Provenance.RecordedAt"/>).
/// </remarks>
public readonly partial record struct ValidityInterval
{
    private ValidityInterval(PartialDate? from, PartialDate? to, bool isPointInTime = false)
    {
        From = PartialDate.Checked(from, nameof(from));
        To = PartialDate.Checked(to, nameof(to));
        IsPointInTime = isPointInTime;
    }

    /// <summary>No validity stated: both ends open. Such a fact is not returned by "valid at" queries, since nothing says when it holds.</summary>
    public static ValidityInterval Unstated => default;

    /// <summary>The first date the fact holds, or <see langword="null"/> when open; for a point in time, the date.</summary>
    public PartialDate? From { get; }

    /// <summary>The last date the fact holds, or <see langword="null"/> when open; for a point in time, the date.</summary>
    public PartialDate? To { get; }

    /// <summary>Whether no validity is stated (both ends open).</summary>
    public bool IsUnstated => From is null && To is null;

    /// <summary>
    /// Whether this is a point in time (Wikidata's P585) built by <see cref="PointInTime"/>: something that happened
    /// at a date rather than held from one date to another. It covers the same days as <see cref="At"/> of the date,
    /// but is a different value with a different text form (<c>2013-12-31</c>, not <c>2013-12-31/2013-12-31</c>).
    /// </summary>
    public bool IsPointInTime { get; }

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
        if (from?.EarliestDayNumber is long start && to?.LatestDayNumber is long end && end < start)
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
    /// A point in time (Wikidata's P585): the fact is an event at <paramref name="date"/>, not a state that holds
    /// from one date to another. <see cref="From"/> and <see cref="To"/> both return the date, so it contains the same
    /// days as <see cref="At"/>, but it is not equal to it and is written as the date alone.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The point in time.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is <c>default(PartialDate)</c>.</exception>
    public static ValidityInterval PointInTime(PartialDate date) => new(date, date, isPointInTime: true);

    /// <summary>
    /// Whether the fact may hold on <paramref name="date"/>: the day is not before the start of <see cref="From"/> and
    /// not after the end of <see cref="To"/>; an open end does not limit it. An <see cref="IsUnstated"/> interval, or one
    /// that is not <see cref="IsPlaceable"/>, contains no day.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether the day lies in the interval.</returns>
    public bool Contains(DateOnly date)
    {
        var day = PartialDate.DayNumber(date);
        return !IsUnstated && IsPlaceable && !(From?.EarliestDayNumber > day) && !(To?.LatestDayNumber < day);
    }
}
