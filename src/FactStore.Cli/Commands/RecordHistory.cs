using System.Globalization;
using FactStore.Cli.Arguments;

namespace FactStore.Cli.Commands;

/// <summary>
/// One record as <c>factstore history</c> shows it: the record as known at a moment, its place in its chain of
/// versions, and its retraction, read from the store and from the changes recorded about it up to that moment.
/// </summary>
internal sealed record RecordHistory
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public FactEvidence? Evidence { get; init; }

    public Stance? Stance { get; init; }

    public Source? Source { get; init; }

    public Entity? Entity { get; init; }

    public string? Supersedes { get; init; }

    public string? SupersededBy { get; init; }

    public string? LatestVersion { get; init; }

    public Change? Retraction { get; init; }

    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary><c>current</c>, <c>superseded</c> or <c>retracted</c> for a fact or stance; <c>redacted</c> or <c>recorded</c> otherwise.</summary>
    public string Status => Retraction is not null ? "retracted"
        : SupersededBy is not null ? "superseded"
        : Source?.IsRedacted == true ? "redacted"
        : Kind is "fact" or "stance" ? "current" : "recorded";

    /// <summary>The record's main fields for the text output, label first.</summary>
    public IReadOnlyList<(string Label, string Value)> Summary { get; init; } = [];

    /// <summary>The record as known at <paramref name="knownAt"/>, or <see langword="null"/> when it was not recorded by then.</summary>
    public static async Task<RecordHistory?> ReadAsync(FactStoreDatabase store, string kind, string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var changes = await AllChangesAsync(store, id, knownAt, cancellationToken).ConfigureAwait(false);
        var retraction = changes.LastOrDefault(c => c.Kind == ChangeKind.Retracted && c.TargetId == id);
        switch (kind)
        {
            case "fact":
                var evidence = await store.AsKnownAt(knownAt).GetEvidenceAsync([id], new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
                if (evidence.Count == 0)
                {
                    return null;
                }

                var fact = evidence[0].Fact;
                var latest = await store.AsKnownAt(knownAt).GetLatestVersionAsync(id, cancellationToken).ConfigureAwait(false);
                return new RecordHistory
                {
                    Id = id,
                    Kind = kind,
                    Evidence = evidence[0],
                    Supersedes = fact.Supersedes,
                    SupersededBy = evidence[0].SupersededBy,
                    LatestVersion = latest?.Id ?? id,
                    Retraction = retraction,
                    RecordedAt = fact.Provenance?.RecordedAt,
                    Summary = [("statement", fact.Statement), ("valid", fact.Validity.IsUnstated ? "not stated" : fact.Validity.ToString()), ("recorded", Recorded(fact))],
                };
            case "stance":
                var stance = await store.AsKnownAt(knownAt).GetStanceAsync(id, cancellationToken).ConfigureAwait(false);
                if (stance is null)
                {
                    return null;
                }

                var corrections = changes.Where(c => c.Kind == ChangeKind.StanceCorrected && c.TargetId is not null)
                    .GroupBy(c => c.TargetId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().RecordId, StringComparer.Ordinal);
                var next = corrections.GetValueOrDefault(id);
                var last = id;
                for (var seen = new HashSet<string>(StringComparer.Ordinal) { id }; corrections.TryGetValue(last, out var newer) && seen.Add(newer);)
                {
                    last = newer;
                }

                return new RecordHistory
                {
                    Id = id,
                    Kind = kind,
                    Stance = stance,
                    Supersedes = stance.Supersedes,
                    SupersededBy = next,
                    LatestVersion = last,
                    Retraction = retraction,
                    RecordedAt = stance.Provenance?.RecordedAt,
                    Summary =
                    [
                        ("fact", stance.FactId),
                        ("source", stance.SourceId),
                        ("holder", stance.HolderId ?? "(the source itself)"),
                        ("position", stance.Position.ToString().ToLowerInvariant()),
                        ("quote", stance.Citation?.Quote is string quote ? $"“{quote}”" : "(none)"),
                        ("recorded", Recorded(stance)),
                    ],
                };
            case "source":
                var source = await store.AsKnownAt(knownAt).GetSourceAsync(id, cancellationToken).ConfigureAwait(false);
                return source is null ? null : new RecordHistory
                {
                    Id = id,
                    Kind = kind,
                    Source = source,
                    Retraction = retraction,
                    RecordedAt = source.Provenance?.RecordedAt,
                    Summary =
                    [
                        ("title", source.Title ?? "(none)"),
                        ("publisher", source.Publisher ?? "(none)"),
                        ("locators", string.Join(", ", source.Locators)),
                        ("recorded", Recorded(source)),
                    ],
                };
            default:
                var entity = await store.AsKnownAt(knownAt).GetEntityAsync(id, cancellationToken).ConfigureAwait(false);
                return entity is null ? null : new RecordHistory
                {
                    Id = id,
                    Kind = kind,
                    Entity = entity,
                    Retraction = retraction,
                    RecordedAt = entity.Provenance?.RecordedAt,
                    Summary =
                    [
                        ("label", entity.Label),
                        ("kind", entity.Kind.ToString().ToLowerInvariant()),
                        ("aliases", string.Join(", ", entity.Aliases.Select(a => a.Text))),
                        ("external ids", string.Join(", ", entity.ExternalIds)),
                        ("recorded", Recorded(entity)),
                    ],
                };
        }
    }

    private static string Recorded(StoreRecord record) => record.Provenance is Provenance p
        ? $"{p.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)} by {p.Importer} {p.ImporterVersion} from {p.Input} (run {p.ImportRunId})"
        : "(no provenance)";

    private static async Task<List<Change>> AllChangesAsync(FactStoreDatabase store, string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var all = new List<Change>();
        string? after = null;
        do
        {
            var page = await store.GetChangesAsync(new ChangeQuery { RecordId = id, Until = knownAt, After = after }, cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
            after = page.NextCursor;
        }
        while (after is not null);
        return all;
    }
}
