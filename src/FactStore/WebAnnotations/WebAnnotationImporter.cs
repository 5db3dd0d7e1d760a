using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FactStore.WebAnnotations;

/// <summary>
/// The <c>web-annotation</c> importer: W3C Web Annotation Data Model JSON-LD (one annotation, an array, an
/// <c>AnnotationPage</c> or an <c>AnnotationCollection</c> with embedded pages), each annotation a stance of its
/// creator on its body's claim, cited from its target. See <c>docs/web-annotation.md</c> for the mapping.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. All or nothing: an annotation that cannot be a stance (no textual body, no target) is
/// reported as an <see cref="InvalidRecordException"/> with the input, its line, its id and what is missing.
/// </remarks>
internal sealed class WebAnnotationImporter : IFactImporter
{
    public string Name => "web-annotation";

    public string Version => "1";

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var annotations = await WebAnnotationInput.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        foreach (var (annotation, line) in annotations.Annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<StoreRecord> records;
            try
            {
                records = WebAnnotationRecords.Read(annotation);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                // The id is input too: cut short, so that with the reason (which quotes up to 200 characters) the message stays short.
                var id = WebAnnotationJson.Id(annotation) is string full && full.Length > 100 ? full[..100] + "…" : WebAnnotationJson.Id(annotation);
                throw new InvalidRecordException(
                    $"the annotation{(id is null ? "" : " " + id)} cannot be imported: {e.Message}", input.Name, line, innerException: e);
            }

            foreach (var record in records)
            {
                yield return new ImportItem { Record = record, Line = line };
            }
        }
    }
}
