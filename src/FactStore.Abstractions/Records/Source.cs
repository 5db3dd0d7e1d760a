using System.Text;
using FactStore.Identity;

namespace FactStore;

/// <summary>A document facts are taken from: an article, a report, a web page.</summary>
/// <remarks>
/// A source's identity is its content: <see cref="Id"/> and <see cref="ContentHash"/> derive from
/// <see cref="Text"/> alone, so two imports of the same bytes are the same source, whatever URL or file name they
/// came from. URLs and file names are <see cref="Locators"/>, which may change or conflict.
/// </remarks>
public sealed record Source : StoreRecord
{
    private const int HashPrefixLength = 7; // "sha256:"

    /// <summary>The full text, exactly as read (after decoding; a UTF-8 byte order mark is not part of it); never blank.</summary>
    public required string Text
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Text));
            field = value;

            // Hashed once here, not on every read of Id: a text can be megabytes.
            ContentHash = ContentId.Sha256(Encoding.UTF8.GetBytes(value));
            Redaction = null;
        }
    }

    /// <summary><c>src_</c> and the first 128 bits of the SHA-256 of <see cref="Text"/> in UTF-8.</summary>
    public override string Id => "src_" + ContentHash.AsSpan(HashPrefixLength, 32).ToString();

    /// <summary><c>sha256:</c> and the full SHA-256 of <see cref="Text"/> in UTF-8; citations record which version they were checked against.</summary>
    public string ContentHash { get; private init; } = "";

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

    /// <summary>Where the source was found: URLs, file names, DOIs, archive copies. Not part of its identity.</summary>
    public IReadOnlyList<string> Locators
    {
        get;
        init => field = Defined.Copy(value, nameof(Locators));
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

    /// <summary>When the source was retrieved, if known.</summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    /// <summary>The language as a BCP 47 tag (e.g. <c>en</c>), if known.</summary>
    public string? Language { get; init; }

    /// <summary>The source as read after its content was erased: the placeholder text, the erased text's hash.</summary>
    internal Source AsRedacted(string contentHash, Redaction redaction) =>
        this with { Text = RedactedText, ContentHash = contentHash, Redaction = redaction };
}
