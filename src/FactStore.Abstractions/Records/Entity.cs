using FactStore.Identity;
using FactStore.Text;

namespace FactStore;

/// <summary>A named thing facts are about, with every spelling of its name and its identifiers elsewhere.</summary>
/// <remarks>
/// <para>
/// Identity: an entity with <see cref="ExternalIds"/> is identified by one of them, chosen by scheme
/// (<see cref="IdentifyingId"/>: <c>wikidata:Q2112</c> before an ORCID, a URL last),
/// so two items with the same label stay two, and an item imported again under a new label stays one (the newest label
/// is the one read back; earlier labels remain aliases). An entity without external ids is identified by its kind and
/// folded label.
/// </para>
/// <para>
/// Lookups by name match the label, any alias or any external id with case, diacritics and typography folded, so
/// <c>Kasym-Žomart Tokaev</c>, <c>tokayev</c> and <c>Tokaev</c> find the same person once they are aliases, and
/// <c>Q2112</c> or <c>wikidata:Q2112</c> find Bielefeld. Aliases, external ids and descriptions accumulate: importing
/// the entity again with more of them adds them.
/// </para>
/// </remarks>
public sealed record Entity : StoreRecord
{
    /// <summary>The canonical name.</summary>
    public required string Label
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Label), "An entity needs a non-blank label.").Trim();
    }

    /// <summary>What kind of thing it is.</summary>
    public EntityKind Kind
    {
        get;
        init => field = Defined.Check(value, nameof(Kind));
    }

    /// <summary>Other spellings and forms of the name, with their language when known (strings convert).</summary>
    public IReadOnlyList<LocalizedText> Aliases
    {
        get;
        init => field = Defined.CopyTexts(value, nameof(Aliases));
    } = [];

    /// <summary>
    /// Identifiers of the entity in other systems: a Wikidata QID, an ORCID, a VIAF id, a homepage URL. One is its
    /// identity (see <see cref="IdentifyingId"/>); strings convert (<c>"wikidata:Q2112"</c>, <c>"Q2112"</c>).
    /// </summary>
    public IReadOnlyList<ExternalId> ExternalIds
    {
        get;
        init => field = Defined.CopyIds(value, nameof(ExternalIds));
    } = [];

    /// <summary>Short descriptions, with their language when known (e.g. Wikidata's "city in North Rhine-Westphalia, Germany").</summary>
    public IReadOnlyList<LocalizedText> Descriptions
    {
        get;
        init => field = Defined.CopyTexts(value, nameof(Descriptions));
    } = [];

    /// <summary>
    /// Whether <see cref="Label"/> is only the identifying external id (<c>Q183</c> or <c>wikidata:Q183</c>), as an
    /// importer writes an entity it knows only by reference. Such a label never replaces a real one already stored.
    /// </summary>
    public bool HasPlaceholderLabel =>
        ExternalIds.Count > 0 && IdentifyingId(ExternalIds) is var id && (Label == id.Value || Label == id.ToString());

    /// <summary>
    /// <c>ent_</c> and a hash of the first external id, when there is one; otherwise of <see cref="Kind"/> and the
    /// folded <see cref="Label"/>.
    /// </summary>
    public override string Id => ExternalIds.Count > 0 ? IdFor(IdentifyingId(ExternalIds)) : IdFor(Kind, Label);

    /// <summary>
    /// The external id that identifies an entity: the first by scheme, <c>wikidata</c>, then <c>orcid</c>, <c>isni</c>,
    /// <c>viaf</c>, <c>ror</c>, then any other scheme, then <c>url</c>, then <c>file</c>; among equals, the first given.
    /// So the same ids listed in another order identify the same entity.
    /// </summary>
    /// <param name="externalIds">The entity's external ids; not empty.</param>
    /// <returns>The identifying id.</returns>
    public static ExternalId IdentifyingId(IReadOnlyList<ExternalId> externalIds)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        ArgumentOutOfRangeException.ThrowIfZero(externalIds.Count, nameof(externalIds));
        var best = externalIds[0];
        foreach (var id in externalIds)
        {
            if (Priority(id.Scheme) < Priority(best.Scheme))
            {
                best = id;
            }
        }

        return best;

        static int Priority(string scheme) => scheme switch
        {
            "wikidata" => 0,
            "orcid" => 1,
            "isni" => 2,
            "viaf" => 3,
            "ror" => 4,
            "url" => 6,
            "file" => 7,
            _ => 5,
        };
    }

    /// <summary>The identifier an entity of this kind and label without external ids has, without building one.</summary>
    /// <param name="kind">The entity's kind.</param>
    /// <param name="label">The entity's canonical label.</param>
    /// <returns>The identifier.</returns>
    public static string IdFor(EntityKind kind, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return ContentId.Create("ent", kind.ToString(), TextFolding.FoldName(label));
    }

    /// <summary>The identifier an entity whose first external id is <paramref name="externalId"/> has, without building one.</summary>
    /// <param name="externalId">The entity's identifying external id, e.g. <c>wikidata:Q2112</c>.</param>
    /// <returns>The identifier.</returns>
    public static string IdFor(ExternalId externalId)
    {
        if (!externalId.IsValid)
        {
            throw new ArgumentException("default(ExternalId) is no identifier.", nameof(externalId));
        }

        return ContentId.Create("ent", "external", externalId.ToString());
    }
}
