using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FactStore.WebAnnotations;

/// <summary>
/// The <c>web-annotation</c> importer: W3C Web Annotation Data Model JSON-LD (one annotation, an array, an
/// <c>AnnotationPage</c> or an <c>AnnotationCollection</c> with embedded pages), each annotation a stance of its
/// creator on its body's claim, cited from its target. See <c>docs/web-annotation.md</c> for the mapping.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. An annotation that cannot be a stance (no textual body, no target) is a bad record: its
/// input, line, id and what is missing abort the import (an <see cref="InvalidRecordException"/>), or, with
/// <see cref="ImportOptions.SkipBadRecords"/>, are reported while the other annotations land.
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
            string? problem = null;
            try
            {
                records = WebAnnotationRecords.Read(annotation);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                // The id is input too: cut short, so that with the reason (which quotes up to 200 characters) the message stays short.
                var id = WebAnnotationJson.Id(annotation) is string full && full.Length > 100 ? full[..100] + "…" : WebAnnotationJson.Id(annotation);
                problem = $"the annotation{(id is null ? "" : " " + id)} cannot be imported: {e.Message}";
                records = [];
            }

            // A bad annotation is reported, not thrown: the store skips it when asked to, else aborts the import with it.
            if (problem is not null)
            {
                yield return ImportItem.Invalid(problem, line, "annotation");
                continue;
            }

            foreach (var record in records)
            {
                yield return new ImportItem { Record = record, Line = line };
            }
        }
    }
}
