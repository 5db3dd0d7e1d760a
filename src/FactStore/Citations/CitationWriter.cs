using FactStore.WebAnnotations;

namespace FactStore.Citations;

/// <summary>
/// Writes stances as citations: a plain reference line, Markdown with footnotes, CSL-JSON, BibTeX or W3C Web
/// Annotation JSON-LD (see <see cref="CitationFormat"/>, and <c>docs/citations.md</c> for the mapping of a source's
/// fields and the precision rules).
/// </summary>
/// <remarks>
/// <para>
/// Dates keep the precision their source states and no more: a year is cited as a year (<c>2019</c>, CSL
/// <c>[[2019]]</c>), a month as a month, an approximate date as approximate (CSL <c>circa</c>). Only a stated date that
/// is the publication date, or whose meaning is not stated, is the date of issue; a page date or a date the content
/// contradicts is never cited as one (Plain, Markdown and BibTeX say what it is; CSL-JSON leaves <c>issued</c> out).
/// </para>
/// <para>
/// The output depends only on the stances given, never on the clock or the culture; lines end with <c>\n</c>.
/// Stateless and thread-safe.
/// </para>
/// </remarks>
public static class CitationWriter
{
    /// <summary>Writes one stance's citation.</summary>
    /// <param name="stance">The stance with its source and holder.</param>
    /// <param name="format">The format.</param>
    /// <returns>
    /// The citation, without a final line break: a line (Plain); the quote with footnote <c>[^1]</c>, a blank line and
    /// the footnote (Markdown); an array of one item (CSL-JSON); one entry (BibTeX); one annotation with its
    /// <c>@context</c> (Web Annotation).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="stance"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <remarks>
    /// A Web Annotation's body names the fact by its IRI, which the importer reads back to the same fact, and has the
    /// statement as its value when the stance carries its <see cref="StanceEvidence.Fact"/> (as
    /// <see cref="IFactStoreReader.FindStancesAsync"/> gives it); otherwise the fact id. A fact's evidence written with
    /// <see cref="WriteAsync(TextWriter, FactEvidence, CitationFormat, CancellationToken)"/> always carries it.
    /// </remarks>
    public static string Format(StanceEvidence stance, CitationFormat format)
    {
        ArgumentNullException.ThrowIfNull(stance);
        Check(format);
        var cited = new Cited(stance, null);
        return format == CitationFormat.WebAnnotation
            ? JsonText.Of(json => WriteAnnotation(json, cited, withContext: true)).TrimEnd('\n')
            : string.Concat(Chunks([cited], format)).TrimEnd('\n');
    }

    /// <summary>Writes the citations of several stances as one document of the format.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="stances">The stances, in the order to cite them.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Stops the writing between citations.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="stances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stances"/> holds a <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <remarks>
    /// Plain: a line a stance. Markdown: a block quote a stance, each with its footnote <c>[^1]</c>, <c>[^2]</c>…, then
    /// the footnotes. CSL-JSON: one array, an item a source however many of the stances cite it, in the order first cited.
    /// BibTeX: an entry a source, with the quotes of all its stances in <c>note</c>. Web Annotation: an
    /// <c>AnnotationCollection</c> with one embedded page, as the store's export writes it (see <see cref="Format"/> for
    /// the body). Output ends with a line break, except an empty Plain, Markdown or BibTeX list, which writes nothing.
    /// </remarks>
    public static Task WriteAsync(TextWriter output, IEnumerable<StanceEvidence> stances, CitationFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stances);
        Check(format);
        return WriteChunksAsync(output, Chunks(stances.Select(s => new Cited(NotNull(s, nameof(stances)), null)), format), cancellationToken);
    }

    /// <summary>Writes the citations of every stance on a fact, as <see cref="WriteAsync(TextWriter, IEnumerable{StanceEvidence}, CitationFormat, CancellationToken)"/> does.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="evidence">The fact with its stances, cited in their order.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Stops the writing between citations.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="evidence"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <remarks>Web Annotation bodies carry the fact's statement as their value, besides its IRI.</remarks>
    public static Task WriteAsync(TextWriter output, FactEvidence evidence, CitationFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(evidence);
        Check(format);
        return WriteChunksAsync(output, Chunks(evidence.Stances.Select(s => new Cited(s, evidence.Fact.Statement)), format), cancellationToken);
    }

    private static async Task WriteChunksAsync(TextWriter output, IEnumerable<string> chunks, CancellationToken cancellationToken)
    {
        foreach (var chunk in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The document in pieces, produced as the stances are read.</summary>
    private static IEnumerable<string> Chunks(IEnumerable<Cited> stances, CitationFormat format) => format switch
    {
        CitationFormat.Plain => stances.Select(s => ReferenceText.Plain(Reference.Of(s.Evidence.Source)) + " " + PlainQuote(s.Evidence) + "\n"),
        CitationFormat.Markdown => MarkdownChunks(stances),
        CitationFormat.CslJson => JsonText.Chunks(
            stances.DistinctBy(s => s.Evidence.Source.Id, StringComparer.Ordinal),
            json => json.WriteStartArray(),
            (json, s) => CslJson.WriteItem(json, Reference.Of(s.Evidence.Source)),
            (json, _) => json.WriteEndArray()),
        CitationFormat.BibTeX => stances.GroupBy(s => s.Evidence.Source.Id, StringComparer.Ordinal)
            .Select((source, i) => (i > 0 ? "\n" : "") + BibTeX.Entry(Reference.Of(source.First().Evidence.Source), source.Select(s => s.Evidence)) + "\n"),
        _ => JsonText.Chunks(
            stances,
            json => WebAnnotationWriter.WriteCollectionStart(json, "urn:factstore:citations", "FactStore citations"),
            (json, s) => WriteAnnotation(json, s, withContext: false),
            WebAnnotationWriter.WriteCollectionEnd),
    };

    /// <summary><c>Arkady Moshes: “…”</c>, <c>Quote: “…”</c>, or <c>Cited as a whole.</c> for a stance without a quote.</summary>
    private static string PlainQuote(StanceEvidence stance) => stance.Holder is not null || ReferenceText.HasQuote(stance)
        ? (stance.Holder is Entity holder ? Reference.Flat(holder.Label) : "Quote") + ": " + ReferenceText.Quote(stance, withHolder: false)
        : ReferenceText.Capitalized(ReferenceText.WholeSource) + ".";

    private static IEnumerable<string> MarkdownChunks(IEnumerable<Cited> stances)
    {
        var notes = new Footnotes();
        foreach (var stance in stances)
        {
            yield return "> " + notes.Cite(stance.Evidence) + "\n\n";
        }

        yield return notes.ToString();
    }

    private static void WriteAnnotation(System.Text.Json.Utf8JsonWriter json, Cited cited, bool withContext) =>
        WebAnnotationWriter.Write(json, cited.Evidence.Stance, cited.Statement ?? cited.Evidence.Fact?.Statement ?? cited.Evidence.Stance.FactId, cited.Evidence.Source, cited.Evidence.Holder, withContext);

    private static void Check(CitationFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, $"A citation format is one of {string.Join(", ", Enum.GetNames<CitationFormat>())}.");
        }
    }

    private static StanceEvidence NotNull(StanceEvidence? stance, string paramName) =>
        stance ?? throw new ArgumentException("The stances to cite hold a null.", paramName);

    /// <summary>A stance with its fact's statement when known.</summary>
    private readonly record struct Cited(StanceEvidence Evidence, string? Statement);
}
