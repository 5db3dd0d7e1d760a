namespace FactStore.Cli.Arguments;

/// <summary>A fact id the user typed, read with its evidence (sources without their texts), or a data error that says what to type.</summary>
internal static class FactEvidenceReader
{
    /// <summary>The fact's evidence as known then.</summary>
    /// <exception cref="CliException">No fact has the id, or it was not yet known then (exit 1).</exception>
    public static async Task<FactEvidence> ReadAsync(FactStoreDatabase store, string what, string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var evidence = await store.AsKnownAt(knownAt).GetEvidenceAsync([id], new EvidenceOptions(), cancellationToken).ConfigureAwait(false);
        if (evidence.Count > 0)
        {
            return evidence[0];
        }

        if (knownAt is not null && await store.GetFactAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw CliException.BadInput($"{what}: fact {id} was not yet known at {knownAt:O} (omit --known-at, or give a later time; 'factstore history {id}' says when it was recorded)");
        }

        throw CliException.BadInput($"{what}: no fact has the id '{id}' ('factstore facts' lists facts with their ids, e.g. 'factstore facts --subject NAME')");
    }
}
