namespace FactStore;

/// <summary>
/// What every stored record has: an identifier derived from its content and, once stored, its provenance.
/// </summary>
/// <remarks>
/// Records are immutable; the store never updates one in place. Each property checks its own value when set; rules
/// that span several properties (a citation's end after its start, a fact that is either structured or a plain claim)
/// are checked by <see cref="Validate"/>, which the store runs on every record before writing it, so they do not
/// depend on the order properties are assigned in.
/// </remarks>
public abstract record StoreRecord
{
    private protected StoreRecord()
    {
    }

    /// <summary>
    /// The identifier, derived from the record's content (see the README's ID scheme), so that the same content
    /// imported on any machine gets the same identifier.
    /// </summary>
    public abstract string Id { get; }

    /// <summary>Who produced the record and when the store recorded it; <see langword="null"/> before it is stored.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Checks the rules that span several properties, and reports every broken one at once.</summary>
    /// <exception cref="ArgumentException">The record breaks one or more rules; the message lists them all.</exception>
    public void Validate()
    {
        using var problems = Problems().GetEnumerator();
        if (problems.MoveNext())
        {
            var all = new List<string> { problems.Current };
            while (problems.MoveNext())
            {
                all.Add(problems.Current);
            }

            throw new ArgumentException($"Invalid {GetType().Name}: {string.Join(" ", all)}");
        }
    }

    /// <summary>The broken cross-property rules, one sentence each.</summary>
    private protected virtual IEnumerable<string> Problems() => [];
}
