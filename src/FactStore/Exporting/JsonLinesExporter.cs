using System.Text.Encodings.Web;
using System.Text.Json;
using FactStore.Storage;

namespace FactStore.Exporting;

/// <summary>
/// Writes records as JSON Lines: one object per record with its <c>type</c>, its <c>id</c>, every field and its
/// provenance, streamed to the output line by line. This is the one place that knows how a record is exported:
/// a new record field is added here.
/// </summary>
/// <remarks>
/// Names are camelCase and enum values camelCase text (<c>pageDate</c>, <c>supports</c>); partial dates are their
/// EDTF text at their own precision (<c>2022-01</c>, never <c>2022-01-01</c>); times are ISO 8601 UTC as stored.
/// Text is written as UTF-8, not escaped to ASCII. A record's <see cref="StoreRecord.ExtensionData"/> members follow its
/// own fields, before <c>provenance</c>. The format is specified in docs/jsonl.md and read back by the <c>jsonl</c> importer.
/// </remarks>
internal sealed class JsonLinesExporter : IAsyncDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream _output;
    private readonly Utf8JsonWriter _writer;
    private readonly bool _withProvenance;

    public JsonLinesExporter(Stream output, bool withProvenance)
    {
        _output = output;
        _withProvenance = withProvenance;
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Writes the header line: <c>{"type":"factstore","version":1}</c>.</summary>
    public async Task WriteHeaderAsync(CancellationToken cancellationToken)
    {
        _writer.WriteStartObject();
        _writer.WriteString("type", CanonicalFormat.HeaderType);
        _writer.WriteNumber("version", CanonicalFormat.Version);
        _writer.WriteEndObject();
        await EndLineAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one record as one line.</summary>
    public async Task WriteAsync(StoreRecord record, CancellationToken cancellationToken)
    {
        _writer.WriteStartObject();
        switch (record)
        {
            case Source source:
                Write(source);
                break;
            case Entity entity:
                Write(entity);
                break;
            case Fact fact:
                Write(fact);
                break;
            case Stance stance:
                Write(stance);
                break;
            case Retraction retraction:
                Start("retraction", retraction);
                _writer.WriteString("targetId", retraction.TargetId);
                _writer.WriteString("reason", retraction.Reason);
                break;
            case Redaction redaction:
                Start("redaction", redaction);
                _writer.WriteString("targetId", redaction.TargetId);
                _writer.WriteString("reason", redaction.Reason);
                break;
            default:
                throw new ArgumentException($"{record.GetType().Name} records cannot be exported yet.", nameof(record));
        }

        WriteExtensionData(record);
        if (_withProvenance)
        {
            WriteProvenance(record.Provenance);
        }
        _writer.WriteEndObject();
        await EndLineAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private async Task EndLineAsync(CancellationToken cancellationToken)
    {
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        await _output.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The record's unknown fields, back at the top level in their order; one named like a field of the line is not written twice.</summary>
    private void WriteExtensionData(StoreRecord record)
    {
        if (record.ExtensionData is null)
        {
            return;
        }

        var known = CanonicalFormat.Fields[RecordColumns.TypeName(record)];
        using var extension = JsonDocument.Parse(record.ExtensionData);
        foreach (var member in extension.RootElement.EnumerateObject())
        {
            if (!known.Contains(member.Name))
            {
                member.WriteTo(_writer);
            }
        }
    }

    private void Write(Source source)
    {
        Start("source", source);
        _writer.WriteString("contentHash", source.ContentHash);
        _writer.WriteString("title", source.Title);
        _writer.WriteString("publisher", source.Publisher);
        WriteList("authors", source.Authors);
        RecordJson.WriteIds(_writer, "locators", source.Locators);
        WriteDate("statedDate", source.StatedDate);
        WriteEnum("statedDateKind", source.StatedDateKind);
        WriteTime("retrievedAt", source.RetrievedAt);
        WriteDate("accessed", source.Accessed);
        _writer.WriteString("language", source.Language);
        _writer.WriteBoolean("redacted", source.IsRedacted);
        _writer.WriteString("text", source.Text);
    }

    private void Write(Entity entity)
    {
        Start("entity", entity);
        WriteEnum("kind", entity.Kind);
        _writer.WriteString("label", entity.Label);
        RecordJson.WriteTexts(_writer, "aliases", entity.Aliases);
        RecordJson.WriteIds(_writer, "externalIds", entity.ExternalIds);
        RecordJson.WriteTexts(_writer, "descriptions", entity.Descriptions);
    }

    private void Write(Fact fact)
    {
        Start("fact", fact);
        _writer.WriteString("subjectId", fact.SubjectId);
        _writer.WriteString("predicate", fact.Predicate);
        if (fact.Object is FactObject value)
        {
            _writer.WritePropertyName("object");
            RecordJson.WriteValue(_writer, value, EntityId);
        }
        else
        {
            _writer.WriteNull("object");
        }

        RecordJson.WriteQualifiers(_writer, fact.Qualifiers, EntityId);
        _writer.WriteString("statementKey", fact.StatementKey);
        _writer.WriteString("statement", fact.Statement);
        RecordJson.WriteValidity(_writer, fact.Validity);
        _writer.WriteString("supersedes", fact.Supersedes);
    }

    private void Write(Stance stance)
    {
        Start("stance", stance);
        _writer.WriteString("factId", stance.FactId);
        _writer.WriteString("sourceId", stance.SourceId);
        WriteEnum("position", stance.Position);
        _writer.WriteString("holderId", stance.HolderId);
        RecordJson.WriteCitation(_writer, stance.Citation);
        WriteDate("saidAt", stance.SaidAt);
        WriteEnum("origin", stance.Origin);
        if (stance.Confidence is double confidence)
        {
            _writer.WriteNumber("confidence", confidence);
        }
        else
        {
            _writer.WriteNull("confidence");
        }

        WriteEnum("rank", stance.Rank);
        _writer.WriteString("key", stance.Key);
        RecordJson.WriteQualifiers(_writer, stance.Qualifiers, EntityId);
        _writer.WriteString("supersedes", stance.Supersedes);
        _writer.WriteBoolean("redacted", stance.IsRedacted);
    }

    private static void EntityId(Utf8JsonWriter json, string id) => json.WriteStringValue(id);

    private void Start(string type, StoreRecord record)
    {
        _writer.WriteString("type", type);
        _writer.WriteString("id", record.Id);
    }

    private void WriteProvenance(Provenance? provenance)
    {
        if (provenance is null)
        {
            _writer.WriteNull("provenance");
            return;
        }

        _writer.WriteStartObject("provenance");
        _writer.WriteString("importer", provenance.Importer);
        _writer.WriteString("importerVersion", provenance.ImporterVersion);
        _writer.WriteString("importRunId", provenance.ImportRunId);
        _writer.WriteString("input", provenance.Input);
        WriteTime("recordedAt", provenance.RecordedAt);
        _writer.WriteEndObject();
    }

    private void WriteList(string name, IReadOnlyList<string> values)
    {
        _writer.WriteStartArray(name);
        foreach (var value in values)
        {
            _writer.WriteStringValue(value);
        }

        _writer.WriteEndArray();
    }

    private void WriteDate(string name, PartialDate? date) => _writer.WriteString(name, date?.ToString());

    private void WriteTime(string name, DateTimeOffset? time) => _writer.WriteString(name, time is DateTimeOffset t ? StoreTime.Write(t) : null);

    private void WriteEnum<T>(string name, T value)
        where T : struct, Enum => _writer.WriteString(name, RecordJson.Name(value));
}
