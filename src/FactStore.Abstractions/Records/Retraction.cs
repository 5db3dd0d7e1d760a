using FactStore.Identity;

namespace FactStore;

/// <summary>
/// The record that a fact or stance is withdrawn. The retracted record stays in history, but ordinary queries no
/// longer return it from the retraction's <see cref="Provenance.RecordedAt"/> on.
/// </summary>
public sealed record Retraction : StoreRecord
{
    /// <summary>The identifier of the retracted fact or stance.</summary>
    public required string TargetId
    {
        get;
        init => field = Defined.NotBlank(value, nameof(TargetId), "A retraction needs a target id.");
    }

    /// <summary>Why it was retracted.</summary>
    public required string Reason
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Reason), "A retraction needs a reason.").Trim();
    }

    /// <summary><c>rtr_</c> and a hash of <see cref="TargetId"/>: a record is retracted once.</summary>
    public override string Id => ContentId.Create("rtr", TargetId);
}
