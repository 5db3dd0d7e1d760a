using System.Text;
using FactStore.Identity;
using FactStore.Text;

namespace FactStore;

/// <summary>
/// A claim about the world: subject, predicate, object, a readable statement, when it holds, and how it is qualified;
/// or a plain claim stated only as text.
/// </summary>
/// <remarks>
/// <para>
/// A fact says nothing about who believes it; that is what <see cref="Stance"/>s are for. The same claim made by
/// several sources is one fact with several stances. A correction is a new fact whose <see cref="Supersedes"/>
/// names the fact it replaces; ordinary queries then return only the correction.
/// </para>
/// <para>
/// A <em>structured</em> fact has <see cref="SubjectId"/>, <see cref="Predicate"/> and <see cref="Object"/>. A
/// <em>plain claim</em> (a fact-check's "claim reviewed", a case summary) has none of the three, only its
/// <see cref="Statement"/>; link it to a structured fact later by writing the structured fact with
/// <see cref="Supersedes"/> set to the claim's id (the claim's evidence stays reachable from the structured fact).
/// </para>
/// </remarks>
public sealed record Fact : StoreRecord
{
    /// <summary>The identifier of the <see cref="Entity"/> the fact is about; <see langword="null"/> for a plain claim.</summary>
    public string? SubjectId
    {
        get;
        init => field = value is null ? null : Defined.NotBlank(value, nameof(SubjectId), "A subject entity id, when given, is not blank.");
    }

    /// <summary>The relation, e.g. <c>member_of</c> or <c>P17</c>; compared with case and typography folded. <see langword="null"/> for a plain claim.</summary>
    public string? Predicate
    {
        get;
        init => field = value is null ? null : Defined.NotBlank(value, nameof(Predicate), "A predicate, when given, is not blank.").Trim();
    }

    /// <summary>The object: an entity or a literal value; <see langword="null"/> for a plain claim.</summary>
    public FactObject? Object { get; init; }

    /// <summary>The claim as one readable sentence; for a plain claim, the claim itself.</summary>
    public required string Statement
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Statement), "A fact needs a statement.").Trim();
    }

    /// <summary>When the claim holds in the world; <see cref="ValidityInterval.Unstated"/> when the source gives no time.</summary>
    public ValidityInterval Validity { get; init; }

    /// <summary>Details that qualify the claim (Wikidata's qualifiers), in order; part of the fact's identity.</summary>
    public IReadOnlyList<Qualifier> Qualifiers
    {
        get;
        init => field = Defined.CopyRecords(value, nameof(Qualifiers));
    } = [];

    /// <summary>
    /// The statement's key at its origin (a Wikidata statement id such as <c>Q2112$…</c>), when it has one. Part of the
    /// identity: two statements with the same content but different keys stay two facts. When a fact with a key the
    /// store already knows arrives with changed content, the store writes it as a correction of the latest version.
    /// </summary>
    public string? StatementKey
    {
        get;
        init => field = value is null ? null : Defined.NotBlank(value, nameof(StatementKey), "A statement key, when given, is not blank.").Trim();
    }

    /// <summary>The identifier of the fact this one corrects, if it is a correction.</summary>
    public string? Supersedes { get; init; }

    /// <summary>Whether this is a plain claim: a statement with no subject, predicate or object.</summary>
    public bool IsClaim => SubjectId is null && Predicate is null && Object is null;

    /// <summary>
    /// <c>fct_</c> and a hash of subject, folded predicate, object, validity and <see cref="Supersedes"/>, then the
    /// qualifiers and the statement key when there are any; for a plain claim, of its folded statement, validity,
    /// <see cref="Supersedes"/> and key. A structured fact's wording is not part of it: two wordings of one claim are one fact.
    /// </summary>
    public override string Id
    {
        get
        {
            var key = StatementKey is null ? null : "key:" + StatementKey;
            if (IsClaim || Object is null)
            {
                return key is null
                    ? ContentId.Create("fct", "claim", TextFolding.FoldName(Statement), Validity.ToString(), Supersedes)
                    : ContentId.Create("fct", "claim", TextFolding.FoldName(Statement), Validity.ToString(), Supersedes, key);
            }

            var predicate = Predicate is null ? null : TextFolding.FoldName(Predicate);
            var kind = Object.IsEntity ? "entity" : "literal:" + Object.LiteralType;
            var qualifiers = Qualifiers.Count > 0 ? "qualifiers:" + Qualifier.Identity(Qualifiers) : null;
            return (qualifiers, key) switch
            {
                (null, null) => ContentId.Create("fct", SubjectId, predicate, kind, Object.IdentityText, Validity.ToString(), Supersedes),
                (not null, null) => ContentId.Create("fct", SubjectId, predicate, kind, Object.IdentityText, Validity.ToString(), Supersedes, qualifiers),
                (null, not null) => ContentId.Create("fct", SubjectId, predicate, kind, Object.IdentityText, Validity.ToString(), Supersedes, key),
                _ => ContentId.Create("fct", SubjectId, predicate, kind, Object.IdentityText, Validity.ToString(), Supersedes, qualifiers, key),
            };
        }
    }

    private protected override IEnumerable<string> Problems()
    {
        var given = (SubjectId is not null ? 1 : 0) + (Predicate is not null ? 1 : 0) + (Object is not null ? 1 : 0);
        if (given is 1 or 2)
        {
            yield return "A fact has a subject, a predicate and an object, or none of them (a plain claim); this one has only "
                + string.Join(" and ", new[] { SubjectId is null ? null : "a subject", Predicate is null ? null : "a predicate", Object is null ? null : "an object" }.OfType<string>())
                + ".";
        }

        if (IsClaim && Qualifiers.Count > 0)
        {
            yield return "A plain claim cannot have qualifiers: give it a subject, predicate and object.";
        }
    }
}
