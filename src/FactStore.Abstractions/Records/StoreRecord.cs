using System.Text.Json;

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

    /// <summary>
    /// Fields the model has no property for, kept with the record so they survive a round trip: the text of one JSON
    /// object whose members are those fields (e.g. <c>{"reviewedBy":"desk 3"}</c>), or <see langword="null"/> when
    /// there are none.
    /// </summary>
    /// <remarks>
    /// The canonical JSON Lines importer (<c>jsonl</c>) puts here every top-level member of a line it does not know, and
    /// the export writes the members back at the top level of the record's line, after the record's own fields, in the
    /// order they are given (a member named like one of the record's own fields is not written again). It is stored
    /// with the record, read back with it and is <em>not</em> part of <see cref="Id"/>: the same record with other
    /// extension data is the same record, and the first one stored is kept. <see cref="Validate"/> checks that it is
    /// a JSON object.
    /// </remarks>
    public string? ExtensionData { get; init; }

    /// <summary>Checks the rules that span several properties, and reports every broken one at once.</summary>
    /// <exception cref="ArgumentException">The record breaks one or more rules; the message lists them all.</exception>
    public void Validate()
    {
        using var problems = AllProblems().GetEnumerator();
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

    private IEnumerable<string> AllProblems() => ExtensionProblem() is string problem ? Problems().Prepend(problem) : Problems();

    private string? ExtensionProblem()
    {
        if (ExtensionData is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(ExtensionData);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : "Its extension data is not a JSON object.";
        }
        catch (JsonException)
        {
            return "Its extension data is not valid JSON.";
        }
    }
}
