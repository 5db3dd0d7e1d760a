using FactStore.Searching;
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

        if (source.IsTextOmitted)
        {
            throw new InvalidRecordException("a source read without its text cannot be written: read it with its text (GetSourceAsync)", _input, line, id);
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
            ("@accessed", source.Accessed?.ToString()),
            ("@language", source.Language),
            ("@text", source.Text),
            ("@extra", source.ExtensionData)).ConfigureAwait(false);
        var gained = false;
        foreach (var locator in source.Locators)
        {
            if (await InsertAsync(Sql.InsertLocator, cancellationToken, ("@source", id), ("@scheme", locator.Scheme), ("@locator", locator.Value)).ConfigureAwait(false))
            {
                LocatorsAdded++;
                gained = true;
            }
        }

        // Only a source this run inserted may be cited from the text at hand: a known one may have been redacted since.
        if (added)
        {
            Remember(_sourceTexts, id, source.Text is null ? null : new AnchoringText(source));
        }

        CountKnown(added, gained, () => SourcesAdded++, "sources", id);
    }

    private async Task WriteEntityAsync(Entity entity, CancellationToken cancellationToken)
    {
        var id = entity.Id;
        var added = await InsertAsync(
            Sql.InsertEntity,
            cancellationToken,
            ("@id", id),
            ("@kind", RecordColumns.Enum(entity.Kind)),
            ("@label", entity.Label),
            ("@extra", entity.ExtensionData)).ConfigureAwait(false);
        var gained = false;
        if (!added && entity.ExternalIds.Count > 0 && !entity.HasPlaceholderLabel)
        {
            // An entity known by an external id may be relabelled; its label is part of its identity only without one.
            gained = await InsertAsync(Sql.InsertLabel, cancellationToken, ("@entity", id), ("@label", entity.Label)).ConfigureAwait(false);
        }

        var aliasesAdded = 0;
        foreach (var name in entity.Aliases.Prepend(LocalizedText.Create(entity.Label)))
        {
            var folded = TextFolding.FoldName(name.Text);
            var aliasAdded = await InsertAsync(
                Sql.InsertAlias,
                cancellationToken,
                ("@entity", id),
                ("@folded", folded),
                ("@alias", name.Text),
                ("@language", name.Language)).ConfigureAwait(false);
            if (aliasAdded)
            {
                // The name index gets a row with each alias row (labels included), as migration 3 indexed those before it.
                _pendingNames.Add((id, name.Text, folded, NameSpelling.Fold(name.Text)));
            }

            // A new entity's label is the entity itself; a known entity's new label (it was relabelled) is a new name of it.
            if (aliasAdded && (name.Text != entity.Label || !added))
            {
                aliasesAdded++;
            }
        }

        foreach (var externalId in entity.ExternalIds)
        {
            gained |= await InsertAsync(Sql.InsertExternalId, cancellationToken, ("@entity", id), ("@scheme", externalId.Scheme), ("@value", externalId.Value)).ConfigureAwait(false);
        }

        foreach (var description in entity.Descriptions)
        {
            gained |= await InsertAsync(Sql.InsertDescription, cancellationToken, ("@entity", id), ("@language", description.Language ?? ""), ("@text", description.Text)).ConfigureAwait(false);
        }

        AliasesAdded += aliasesAdded;
        CountKnown(added, gained || aliasesAdded > 0, () => EntitiesAdded++, "entities", id);
    }

    private async Task WriteFactAsync(Fact fact, int? line, CancellationToken cancellationToken)
    {
        var original = fact;
        var givenId = fact.Id;
        if (IsRenamed(fact.Supersedes))
        {
            fact = fact with { Supersedes = StoredId(fact.Supersedes) };
        }

        await RequireAsync("entities", fact.SubjectId, "subject entity", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("entities", fact.Object?.EntityId, "object entity", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireQualifierEntitiesAsync(fact.Qualifiers, givenId, line, cancellationToken).ConfigureAwait(false);

        await RequireAsync("entities", fact.Object?.UnitId, "unit entity", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("facts", fact.Supersedes, "superseded fact", givenId, line, cancellationToken).ConfigureAwait(false);
        // A keyed statement: the same content again (however old a version it is) adds nothing; new content corrects
        // the latest version.
        var contentId = fact.StatementKey is null ? null : fact.Supersedes is null ? givenId : (fact with { Supersedes = null }).Id;
        if (fact.StatementKey is string key && fact.Supersedes is null)
        {
            var sameContent = fact.SubjectId is null
                ? await ScalarAsync(Sql.FactVersionWithContentWithoutSubject, ("@key", key), cancellationToken, ("@content", contentId)).ConfigureAwait(false)
                : await ScalarAsync(Sql.FactVersionWithContent, ("@key", key), cancellationToken, ("@subject", fact.SubjectId), ("@content", contentId)).ConfigureAwait(false);
            if (sameContent is string same)
            {
                Rename(givenId, same);
                Count(false, () => { }, "facts", same);
                return;
            }

            var latestVersion = fact.SubjectId is null
                ? await ScalarAsync(Sql.FactByStatementKeyWithoutSubject, ("@key", key), cancellationToken).ConfigureAwait(false)
                : await ScalarAsync(Sql.FactByStatementKey, ("@key", key), cancellationToken, ("@subject", fact.SubjectId)).ConfigureAwait(false);
            if (latestVersion is string latest)
            {
                fact = fact with { Supersedes = latest };
            }
        }

        var id = ReferenceEquals(fact, original) ? givenId : fact.Id;
        Rename(givenId, id);
        await RequireLatestAsync(Sql.FactCorrection, fact.Supersedes, id, line, cancellationToken).ConfigureAwait(false);
        var validity = fact.Validity;
        await InsertLaterAsync(
            Sql.InsertFact,
            added => Tally(added, () => FactsAdded++),
            cancellationToken,
            ("@id", id),
            ("@subject", fact.SubjectId),
            ("@predicate", fact.Predicate),
            ("@predicateFolded", fact.Predicate is null ? null : TextFolding.FoldName(fact.Predicate)),
            ("@objectEntity", fact.Object?.EntityId),
            ("@objectValue", fact.Object?.Value),
            ("@objectType", fact.Object is null ? null : RecordColumns.Enum(fact.Object.LiteralType)),
            ("@objectFolded", fact.Object is null ? null : FactObjectColumns.Folded(fact.Object)),
            ("@objectDetail", fact.Object is null ? null : FactObjectColumns.Detail(fact.Object)),
            ("@qualifiers", FactObjectColumns.Qualifiers(fact.Qualifiers)),
            ("@key", fact.StatementKey),
            ("@contentId", contentId),
            ("@statement", fact.Statement),
            ("@from", validity.From?.ToString()),
            ("@to", validity.To?.ToString()),
            ("@fromDay", validity.From?.EarliestDayNumber),
            ("@toDay", validity.To?.LatestDayNumber),
            ("@point", validity.IsPointInTime ? 1 : 0),
            ("@placeable", validity.IsPlaceable ? 1 : 0),
            ("@supersedes", fact.Supersedes),
            ("@extra", fact.ExtensionData)).ConfigureAwait(false);
        Known("facts:" + id);
    }

    private async Task WriteStanceAsync(Stance stance, int? line, CancellationToken cancellationToken)
    {
        if (stance.IsRedacted)
        {
            throw new InvalidRecordException("a stance read from a redacted source cannot be written again: its quote is gone", _input, line, stance.Id);
        }

        if (stance.FirstReleaseId is not null)
        {
            // A copy of a stance read from a first-release database: what it says now gets an id of its own.
            stance = stance with { FirstReleaseId = null };
        }

        var givenId = stance.Id;
        if (IsRenamed(stance.FactId) || IsRenamed(stance.Supersedes))
        {
            stance = stance with { FactId = StoredId(stance.FactId)!, Supersedes = StoredId(stance.Supersedes) };
        }

        await RequireAsync("facts", stance.FactId, "fact", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("entities", stance.HolderId, "holder entity", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireAsync("stances", stance.Supersedes, "superseded stance", givenId, line, cancellationToken).ConfigureAwait(false);
        await RequireQualifierEntitiesAsync(stance.Qualifiers, givenId, line, cancellationToken).ConfigureAwait(false);
        var text = await SourceTextAsync(stance, givenId, line, cancellationToken).ConfigureAwait(false);
        var stored = stance with { Citation = Anchor(stance, text, givenId, line) };
        var contentId = stored.Key is null ? null : stored.Supersedes is null ? stored.Id : (stored with { Supersedes = null }).Id;
        if (stored.Key is string key && stored.Supersedes is null)
        {
            if (await ScalarAsync(Sql.StanceVersionWithContent, ("@key", key), cancellationToken, ("@fact", stored.FactId), ("@content", contentId)).ConfigureAwait(false) is string same)
            {
                Rename(givenId, same);
                Count(false, () => { }, "stances", same);
                return;
            }

            if (await ScalarAsync(Sql.StanceByKey, ("@key", key), cancellationToken, ("@fact", stored.FactId)).ConfigureAwait(false) is string latest)
            {
                stored = stored with { Supersedes = latest };
            }
        }

        var id = stored.Id;
        Rename(givenId, id);
        await RequireLatestAsync(Sql.StanceCorrection, stored.Supersedes, id, line, cancellationToken).ConfigureAwait(false);
        var citation = stored.Citation;
        await InsertLaterAsync(
            Sql.InsertStance,
            added => Tally(added, () => StancesAdded++),
            cancellationToken,
            ("@id", id),
            ("@fact", stored.FactId),
            ("@source", stored.SourceId),
            ("@position", RecordColumns.Enum(stored.Position)),
            ("@holder", stored.HolderId),
            ("@quote", citation?.Quote),
            ("@start", citation?.Start),
            ("@end", citation?.End),
            ("@prefix", citation?.Prefix),
            ("@suffix", citation?.Suffix),
            ("@locator", citation?.Locator),
            ("@anchor", RecordColumns.Enum(citation?.Anchor ?? CitationAnchor.Unverified)),
            ("@hash", citation?.SourceContentHash),
            ("@said", stored.SaidAt?.ToString()),
            ("@origin", RecordColumns.Enum(stored.Origin)),
            ("@confidence", stored.Confidence),
            ("@rank", RecordColumns.Enum(stored.Rank)),
            ("@key", stored.Key),
            ("@contentId", contentId),
            ("@qualifiers", FactObjectColumns.Qualifiers(stored.Qualifiers)),
            ("@supersedes", stored.Supersedes),
            ("@extra", stored.ExtensionData)).ConfigureAwait(false);
        Known("stances:" + id);
    }

    private async Task RequireQualifierEntitiesAsync(IReadOnlyList<Qualifier> qualifiers, string recordId, int? line, CancellationToken cancellationToken)
    {
        foreach (var value in qualifiers.Select(q => q.Value))
        {
            await RequireAsync("entities", value.EntityId, "qualifier entity", recordId, line, cancellationToken).ConfigureAwait(false);
            await RequireAsync("entities", value.UnitId, "qualifier unit entity", recordId, line, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Anchors a citation in its source's text (as <see cref="AnchoringText.Anchor"/> does for importers); a citation
    /// of a source without text is kept as given, unverified.
    /// </summary>
    private Citation? Anchor(Stance stance, AnchoringText? text, string stanceId, int? line)
    {
        var citation = stance.Citation;
        if (text is null)
        {
            return citation is null ? null : citation with { Anchor = CitationAnchor.Unverified, SourceContentHash = null };
        }

        if (citation is null || (citation.Quote is null && (citation.Start is null || citation.End is null)))
        {
            throw new InvalidRecordException(
                $"its source {stance.SourceId} has its text in the store, so the stance must cite it with a quote or with start and end offsets", _input, line, stanceId);
        }

        try
        {
            var anchored = text.Anchor(citation);

            // A citation as the store wrote it (an export read back) quotes the text at its offsets exactly; the
            // anchoring it was first given (typography folded, relocated) is kept, not re-derived from that quote.
            return anchored.Anchor == CitationAnchor.Exact && citation.Anchor is CitationAnchor.Typography or CitationAnchor.Relocated
                && anchored.Start == citation.Start && anchored.End == citation.End && anchored.Quote == citation.Quote
                ? anchored with { Anchor = citation.Anchor }
                : anchored;
        }
        catch (CitationNotFoundException e)
        {
            throw new CitationNotFoundException(stance.SourceId, e.Quote, _input, line, e.Reason);
        }
        catch (ArgumentException e)
        {
            throw new InvalidRecordException($"its citation does not fit the text of source {stance.SourceId}: {e.Message}", _input, line, stanceId, e);
        }
    }

    private async Task WriteRetractionAsync(Retraction retraction, int? line, CancellationToken cancellationToken)
    {
        retraction = retraction with { TargetId = StoredId(retraction.TargetId)! };
        var target = retraction.TargetId;
        if (!await ExistsAsync("facts", target, cancellationToken).ConfigureAwait(false) &&
            !await ExistsAsync("stances", target, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidRecordException($"it retracts {target}, which is no fact or stance in the store", _input, line, retraction.Id);
        }

        await InsertLaterAsync(
            Sql.InsertRetraction,
            added => Tally(added, () => RetractionsAdded++),
            cancellationToken,
            ("@id", retraction.Id),
            ("@target", target),
            ("@reason", retraction.Reason),
            ("@extra", retraction.ExtensionData)).ConfigureAwait(false);
        Known("retractions:" + retraction.Id);
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
            ("@reason", redaction.Reason),
            ("@extra", redaction.ExtensionData)).ConfigureAwait(false);
        if (added)
        {
            // The erasure takes the erased words out of the search indexes, so the run's rows must be in them first.
            await IndexSearchAsync(cancellationToken).ConfigureAwait(false);
            await using var erase = _connection.Command(Sql.EraseSourceText + ";\n" + Sql.EraseExcerpts, _transaction).With("@id", target);
            await erase.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _sourceTexts.Remove(target);
        }

        Count(added, () => RedactionsAdded++, "redactions", redaction.Id);
    }

    /// <summary>The source's text, or null for a source known by reference; refuses a missing or redacted source.</summary>
    private async Task<AnchoringText?> SourceTextAsync(Stance stance, string stanceId, int? line, CancellationToken cancellationToken)
    {
        if (_sourceTexts.TryGetValue(stance.SourceId, out var cached))
        {
            return cached;
        }

        // Reads sources and redactions only, whose inserts are never queued: the queue need not run first.
        await using var command = _connection.Command(Sql.SourceText, _transaction).With("@id", stance.SourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidRecordException(
                $"its source {stance.SourceId} is neither in the store nor earlier in this import; import it first", _input, line, stanceId);
        }

        var text = reader.IsDBNull(0) ? null : reader.GetString(0);
        if (text is { Length: 0 } || reader.GetBoolean(1))
        {
            throw new InvalidRecordException($"its source {stance.SourceId} was redacted, so nothing in it can be cited any more", _input, line, stanceId);
        }

        var loaded = text is null ? null : new AnchoringText(text);
        Remember(_sourceTexts, stance.SourceId, loaded);
        Known("sources:" + stance.SourceId);
        return loaded;
    }
}
