using FactStore.Identity;
using FactStore.Text;

namespace FactStore;

/// <summary>A named thing facts are about, with every spelling of its name.</summary>
/// <remarks>
/// Lookups by name match the label or any alias with case, diacritics and typography folded, so
/// <c>Kasym-Žomart Tokaev</c>, <c>tokayev</c> and <c>Tokaev</c> find the same person once they are aliases.
/// Aliases accumulate: importing the entity again with more aliases adds them.
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

    /// <summary>Other spellings and forms of the name.</summary>
    public IReadOnlyList<string> Aliases
    {
        get;
        init => field = value?.Any(string.IsNullOrWhiteSpace) == true
            ? throw new ArgumentException("An alias may not be blank.", nameof(Aliases))
            : Defined.Copy(value!, nameof(Aliases));
    } = [];

    /// <summary><c>ent_</c> and a hash of <see cref="Kind"/> and the folded <see cref="Label"/>.</summary>
    public override string Id => IdFor(Kind, Label);

    /// <summary>The identifier an entity of this kind and label has, without building one.</summary>
    /// <param name="kind">The entity's kind.</param>
    /// <param name="label">The entity's canonical label.</param>
    /// <returns>The identifier.</returns>
    public static string IdFor(EntityKind kind, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return ContentId.Create("ent", kind.ToString(), TextFolding.FoldName(label));
    }
}
