using FactStore.Text;

namespace FactStore.Storage;

internal sealed partial class RecordWriter
{
    private async Task WriteSourceAsync(Source source, int? line, CancellationToken cancellationToken)
    {
        var id = source.Id;
        if (source.IsRedacted)
        {
            throw new InvalidRecordException("a redacted source cannot be written: its text is gone", _input, line, id);
        }

        var added = await InsertAsync(
            Sql.InsertSource,
            cancellationToken,
            ("@id", id),
            ("@hash", source.ContentHash),
            ("@title", source.Title),
            ("@publisher", source.Publisher),
            ("@authors", RecordColumns.List(source.Authors)),
            ("@stated", source.StatedDate?.ToString()),
            ("@statedKind", RecordColumns.Enum(source.StatedDateKind)),
            ("@retrieved", source.RetrievedAt is DateTimeOffset r ? StoreTime.Write(r) : null),
            ("@language", source.Language),
            ("@text", source.Text)).ConfigureAwait(false);
        foreach (var locator in source.Locators)
        {
            if (await InsertAsync(Sql.InsertLocator, cancellationToken, ("@source", id), ("@locator", locator)).ConfigureAwait(false))
            {
                LocatorsAdded++;
            }
        }

        // Only a source this run inserted may be cited from the text at hand: a known one may have been redacted since.
        if (added)
        {
            _sourceTexts[id] = (new SourceText(source.Text), source.ContentHash);
        }

        Count(added, () => SourcesAdded++, "sources", id);
    }

    private async Task WriteEntityAsync(Entity entity, CancellationToken cancellationToken)
    {
        var id = entity.Id;
        var added = await InsertAsync(
            Sql.InsertEntity,
            cancellationToken,
            ("@id", id),
            ("@kind", RecordColumns.Enum(entity.Kind)),
            ("@label", entity.Label)).ConfigureAwait(false);
        foreach (var name in entity.Aliases.Prepend(entity.Label))
        {
            var aliasAdded = await InsertAsync(
                Sql.InsertAlias,
                cancellationToken,
                ("@entity", id),
                ("@folded", TextFolding.FoldName(name)),
                ("@alias", name.Trim())).ConfigureAwait(false);
            if (aliasAdded && name != entity.Label)
            {
                AliasesAdded++;
            }
        }

        Count(added, () => EntitiesAdded++, "entities", id);
    }

    private async Task WriteFactAsync(Fact fact, int? line, CancellationToken cancellationToken)
    {
        var id = fact.Id;
        await RequireAsync("entities", fact.SubjectId, "subject entity", id, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("entities", fact.Object.EntityId, "object entity", id, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("facts", fact.Supersedes, "superseded fact", id, line, cancellationToken).ConfigureAwait(false);
        await RequireLatestAsync(Sql.FactCorrection, fact.Supersedes, id, line, cancellationToken).ConfigureAwait(false);
        var validity = fact.Validity;
        var added = await InsertAsync(
            Sql.InsertFact,
            cancellationToken,
            ("@id", id),
            ("@subject", fact.SubjectId),
            ("@predicate", fact.Predicate),
            ("@predicateFolded", TextFolding.FoldName(fact.Predicate)),
            ("@objectEntity", fact.Object.EntityId),
            ("@objectValue", fact.Object.Value),
            ("@objectType", RecordColumns.Enum(fact.Object.LiteralType)),
            ("@objectFolded", fact.Object.IsEntity ? fact.Object.EntityId : TextFolding.FoldName(fact.Object.Value!)),
            ("@statement", fact.Statement),
            ("@from", validity.From?.ToString()),
            ("@to", validity.To?.ToString()),
            ("@fromDay", StoreTime.Day(validity.From?.Earliest)),
            ("@toDay", StoreTime.Day(validity.To?.Latest)),
            ("@placeable", validity.IsPlaceable ? 1 : 0),
            ("@supersedes", fact.Supersedes)).ConfigureAwait(false);
        Count(added, () => FactsAdded++, "facts", id);
    }

    private async Task WriteStanceAsync(Stance stance, int? line, CancellationToken cancellationToken)
    {
        if (stance.IsRedacted)
        {
            throw new InvalidRecordException("a stance read from a redacted source cannot be written again: its quote is gone", _input, line, stance.Id);
        }

        var givenId = stance.Id;
        await RequireAsync("facts", stance.FactId, "fact", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("entities", stance.HolderId, "holder entity", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("stances", stance.Supersedes, "superseded stance", givenId, line, cancellationToken).ConfigureAwait(false);
        var (text, hash) = await SourceTextAsync(stance, givenId, line, cancellationToken).ConfigureAwait(false);

        var citation = stance.Citation;
        var anchored = text.Locate(citation.Quote, citation.Start, citation.Prefix);
        if (!anchored.Found)
        {
            throw new CitationNotFoundException(stance.SourceId, citation.Quote, _input, line, anchored.Failure);
        }

        var stored = stance with
        {
            Citation = new Citation
            {
                Quote = text.Text[anchored.Start..anchored.End],
                Start = anchored.Start,
                End = anchored.End,
                Prefix = text.Prefix(anchored.Start),
                Suffix = text.Suffix(anchored.End),
                Anchor = anchored.Anchor,
                SourceContentHash = hash,
            },
        };
        var id = stored.Id;
        await RequireLatestAsync(Sql.StanceCorrection, stored.Supersedes, id, line, cancellationToken).ConfigureAwait(false);
        var added = await InsertAsync(
            Sql.InsertStance,
            cancellationToken,
            ("@id", id),
            ("@fact", stored.FactId),
            ("@source", stored.SourceId),
            ("@position", RecordColumns.Enum(stored.Position)),
            ("@holder", stored.HolderId),
            ("@quote", stored.Citation.Quote),
            ("@start", anchored.Start),
            ("@end", anchored.End),
            ("@prefix", stored.Citation.Prefix),
            ("@suffix", stored.Citation.Suffix),
            ("@anchor", RecordColumns.Enum(anchored.Anchor)),
            ("@hash", hash),
            ("@said", stored.SaidAt?.ToString()),
            ("@origin", RecordColumns.Enum(stored.Origin)),
            ("@confidence", stored.Confidence),
            ("@supersedes", stored.Supersedes)).ConfigureAwait(false);
        Count(added, () => StancesAdded++, "stances", id);
    }

    private async Task WriteRetractionAsync(Retraction retraction, int? line, CancellationToken cancellationToken)
    {
        var target = retraction.TargetId;
        if (!await ExistsAsync("facts", target, cancellationToken).ConfigureAwait(false) &&
            !await ExistsAsync("stances", target, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidRecordException($"it retracts {target}, which is no fact or stance in the store", _input, line, retraction.Id);
        }

        var added = await InsertAsync(
            Sql.InsertRetraction,
            cancellationToken,
            ("@id", retraction.Id),
            ("@target", target),
            ("@reason", retraction.Reason)).ConfigureAwait(false);
        Count(added, () => RetractionsAdded++, "retractions", retraction.Id);
    }

    /// <summary>Records the tombstone, then erases the source's text and every excerpt of it (the trigger allows only that).</summary>
    private async Task WriteRedactionAsync(Redaction redaction, int? line, CancellationToken cancellationToken)
    {
        var target = redaction.TargetId;
        if (!await ExistsAsync("sources", target, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidRecordException($"it redacts {target}, which is no source in the store", _input, line, redaction.Id);
        }

        var added = await InsertAsync(
            Sql.InsertRedaction,
            cancellationToken,
            ("@id", redaction.Id),
            ("@target", target),
            ("@reason", redaction.Reason)).ConfigureAwait(false);
        if (added)
        {
            await using var erase = _connection.Command(Sql.EraseSourceText + ";\n" + Sql.EraseExcerpts, _transaction).With("@id", target);
            await erase.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _sourceTexts.Remove(target);
        }

        Count(added, () => RedactionsAdded++, "redactions", redaction.Id);
    }

    private async Task<(SourceText Text, string Hash)> SourceTextAsync(Stance stance, string stanceId, int? line, CancellationToken cancellationToken)
    {
        if (_sourceTexts.TryGetValue(stance.SourceId, out var cached))
        {
            return cached;
        }

        await using var command = _connection.Command(Sql.SourceText, _transaction).With("@id", stance.SourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidRecordException(
                $"its source {stance.SourceId} is neither in the store nor earlier in this import; import it first", _input, line, stanceId);
        }

        if (reader.GetString(0).Length == 0)
        {
            throw new InvalidRecordException($"its source {stance.SourceId} was redacted, so nothing in it can be cited any more", _input, line, stanceId);
        }

        var loaded = (new SourceText(reader.GetString(0)), reader.GetString(1));
        _sourceTexts[stance.SourceId] = loaded;
        _known.Add("sources:" + stance.SourceId);
        return loaded;
    }
}
