using FactStore.Identity;

namespace FactStore;

/// <summary>
/// The record that a source's content was erased, e.g. for legal reasons. The source's text and every excerpt of it
/// (each citing stance's quote, prefix and suffix) are overwritten in the database; the records themselves stay, with
/// their ids, metadata and provenance, and this record is the tombstone that says who erased what, when and why.
/// </summary>
/// <remarks>Facts' statements are the curator's words, not the source's, and are not erased.</remarks>
public sealed record Redaction : StoreRecord
{
    /// <summary>The id of the redacted source.</summary>
    public required string TargetId
    {
        get;
        init => field = Defined.NotBlank(value, nameof(TargetId), "A redaction needs a source id.");
    }

    /// <summary>Why the content was erased.</summary>
    public required string Reason
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Reason), "A redaction needs a reason.").Trim();
    }

    /// <summary><c>rdc_</c> and a hash of <see cref="TargetId"/>: a source is redacted once.</summary>
    public override string Id => ContentId.Create("rdc", TargetId);
}
