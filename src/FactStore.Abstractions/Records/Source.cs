using System.Text;
using FactStore.Identity;

namespace FactStore;

/// <summary>
/// Where facts are taken from: an article, a report, a web page, a database record, a dataset. Its text is in the store
/// when it was imported with it; a source known only by reference (a page not fetched, a Wikidata reference, a
/// fact-check article cited by URL) has no text, only <see cref="Locators"/>.
/// </summary>
/// <remarks>
/// A source's identity is its content: with a <see cref="Text"/>, <see cref="Id"/> and <see cref="ContentHash"/>
/// derive from the text alone, so two imports of the same bytes are the same source, whatever URL or file name they came
/// from, and the locators are only where it was found. Without a text, the identity is its first locator (its primary
/// URL, DOI or external id, normalized), and further locators are aliases of it.
/// </remarks>
public sealed record Source : StoreRecord
{
    private const int HashPrefixLength = 7; // "sha256:"

    /// <summary>
    /// The full text, exactly as read (after decoding; a UTF-8 byte order mark is not part of it); <see langword="null"/>
    /// for a source known only by reference (<see cref="IsReference"/>), or one read without its text
    /// (<see cref="IsTextOmitted"/>). Never blank when given.
    /// </summary>
    public string? Text
    {
        get;
        init
        {
            if (value is not null)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Text));
            }

            field = value;

            // Hashed once here, not on every read of Id: a text can be megabytes.
            ContentHash = value is null ? null : ContentId.Sha256(Encoding.UTF8.GetBytes(value));
            Redaction = null;
            IsTextOmitted = false;
        }
    }

    /// <summary>
    /// Whether the source is known only by reference: it has no <see cref="Text"/> to verify quotes against. A source
    /// read without its text is not one (<see cref="IsTextOmitted"/>).
    /// </summary>
    public bool IsReference => Text is null && !IsTextOmitted;

    /// <summary>
    /// Whether the store has this source's text but left it out of this value: <see cref="Text"/> is
    /// <see langword="null"/>, while <see cref="Id"/> and <see cref="ContentHash"/> are the text's and every other
    /// field is as stored. Reads that return many sources do so unless the text is asked for
    /// (<see cref="EvidenceOptions.IncludeSourceText"/>); a read as known at a moment before a redaction was recorded
    /// does so too, since the erased text is gone for good. Such a value cannot be written back.
    /// </summary>
    public bool IsTextOmitted { get; private init; }

    /// <summary>
    /// With a text, <c>src_</c> and the first 128 bits of the SHA-256 of <see cref="Text"/> in UTF-8; by reference,
    /// <c>src_</c> and a hash of the first locator.
    /// </summary>
    public override string Id => ContentHash is string hash
        ? "src_" + hash.AsSpan(HashPrefixLength, 32).ToString()
        : ContentId.Create("src", "reference", Locators.Count > 0 ? Locators[0].ToString() : "");

    /// <summary>
    /// <c>sha256:</c> and the full SHA-256 of <see cref="Text"/> in UTF-8; citations record which version they were
    /// checked against. <see langword="null"/> for a source known by reference.
    /// </summary>
    public string? ContentHash { get; private init; }

    /// <summary>What <see cref="Text"/> holds once the source is redacted.</summary>
    public const string RedactedText = "[redacted]";

    /// <summary>
    /// The tombstone, when the source's content was erased: <see cref="Text"/> is then <see cref="RedactedText"/>,
    /// while <see cref="Id"/> and <see cref="ContentHash"/> remain those of the erased text.
    /// </summary>
    public Redaction? Redaction { get; private init; }

    /// <summary>Whether the source's content was erased.</summary>
    public bool IsRedacted => Redaction is not null;

    /// <summary>The title, when the source has one.</summary>
    public string? Title { get; init; }

    /// <summary>Who published it (e.g. <c>CEPA</c>, <c>AsiaNews</c>), when the source names it.</summary>
    public string? Publisher { get; init; }

    /// <summary>The authors, as the source names them; empty when not stated.</summary>
    public IReadOnlyList<string> Authors
    {
        get;
        init => field = Defined.Copy(value, nameof(Authors));
    } = [];

    /// <summary>
    /// Where the source is found: URLs, DOIs, Wikidata items, file names, archive copies, each with its scheme
    /// (strings convert: <c>"https://…"</c> is a URL, <c>"doi:…"</c> a DOI, a plain name a file). For a source with a
    /// text they are not part of its identity; for a source by reference the first one is.
    /// </summary>
    public IReadOnlyList<ExternalId> Locators
    {
        get;
        init => field = Defined.CopyIds(value, nameof(Locators));
    } = [];

    /// <summary>The date the source states, at the precision it states it; see <see cref="StatedDateKind"/> for what it means.</summary>
    public PartialDate? StatedDate
    {
        get;
        init => field = PartialDate.Checked(value, nameof(StatedDate));
    }

    /// <summary>What <see cref="StatedDate"/> is: a publication date, a page date, or a date the content contradicts.</summary>
    public StatedDateKind StatedDateKind
    {
        get;
        init => field = Defined.Check(value, nameof(StatedDateKind));
    }

    /// <summary>When the source was retrieved, if known to the instant.</summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    /// <summary>
    /// When the source was consulted, at the precision known (CSL's <c>accessed</c>, Wikidata's P813 "retrieved"), when
    /// it is not known to the instant.
    /// </summary>
    public PartialDate? Accessed
    {
        get;
        init => field = PartialDate.Checked(value, nameof(Accessed));
    }

    /// <summary>The language as a BCP 47 tag (e.g. <c>en</c>), if known.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The source as a store reads it back after its content was erased: <see cref="Text"/> is
    /// <see cref="RedactedText"/>, while <see cref="ContentHash"/> (and so <see cref="Id"/>) are the erased text's.
    /// </summary>
    /// <param name="contentHash">The erased text's <see cref="ContentHash"/>; <see langword="null"/> for a source by reference.</param>
    /// <param name="redaction">The tombstone that erased it.</param>
    /// <returns>The redacted source.</returns>
    public Source AsRedacted(string? contentHash, Redaction redaction)
    {
        ArgumentNullException.ThrowIfNull(redaction);
        return this with { Text = RedactedText, ContentHash = contentHash, Redaction = redaction };
    }

    /// <summary>
    /// The source as a store reads it without its text: <see cref="Text"/> is <see langword="null"/> and
    /// <see cref="IsTextOmitted"/> true, while <see cref="ContentHash"/> (and so <see cref="Id"/>) are the text's.
    /// </summary>
    /// <param name="contentHash">The text's <see cref="ContentHash"/>.</param>
    /// <returns>The source without its text.</returns>
    public Source AsTextOmitted(string contentHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        return this with { Text = null, ContentHash = contentHash, IsTextOmitted = true };
    }

    private protected override IEnumerable<string> Problems()
    {
        if (IsReference && Locators.Count == 0)
        {
            yield return "A source needs its text, or a locator (a URL, a DOI, an external id) to be known by.";
        }
    }
}
