using FactStore.Identity;
using FactStore.Text;

namespace FactStore;

/// <summary>A claim about the world: subject, predicate, object, a readable statement, and when it holds.</summary>
/// <remarks>
/// A fact says nothing about who believes it; that is what <see cref="Stance"/>s are for. The same claim made by
/// several sources is one fact with several stances. A correction is a new fact whose <see cref="Supersedes"/>
/// names the fact it replaces; ordinary queries then return only the correction.
/// </remarks>
public sealed record Fact : StoreRecord
{
    /// <summary>The identifier of the <see cref="Entity"/> the fact is about.</summary>
    public required string SubjectId
    {
        get;
        init => field = Defined.NotBlank(value, nameof(SubjectId), "A fact needs a subject entity id.");
    }

    /// <summary>The relation, e.g. <c>member_of</c>; compared with case and typography folded.</summary>
    public required string Predicate
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Predicate), "A fact needs a predicate.").Trim();
    }

    /// <summary>The object: an entity or a literal value.</summary>
    public required FactObject Object
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Object));
    }

    /// <summary>The claim as one readable sentence.</summary>
    public required string Statement
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Statement), "A fact needs a statement.").Trim();
    }

    /// <summary>When the claim holds in the world; <see cref="ValidityInterval.Unstated"/> when the text gives no time.</summary>
    public ValidityInterval Validity { get; init; }

    /// <summary>The identifier of the fact this one corrects, if it is a correction.</summary>
    public string? Supersedes { get; init; }

    /// <summary>
    /// <c>fct_</c> and a hash of subject, folded predicate, object, validity and <see cref="Supersedes"/>.
    /// The statement's wording is not part of it: two wordings of one claim are one fact.
    /// </summary>
    public override string Id => ContentId.Create(
        "fct",
        SubjectId,
        TextFolding.FoldName(Predicate),
        Object.IsEntity ? "entity" : "literal:" + Object.LiteralType,
        Object.IsEntity ? Object.EntityId : TextFolding.FoldTypography(Object.Value!),
        Validity.ToString(),
        Supersedes);
}
