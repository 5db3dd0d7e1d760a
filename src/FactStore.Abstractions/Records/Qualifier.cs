using System.Text;
using FactStore.Text;

namespace FactStore;

/// <summary>
/// A detail that qualifies a fact, as a property and a value: Wikidata's qualifiers (<c>P459</c> determination method,
/// <c>P642</c> of), or any (property, value) pair an importer keeps. Part of the fact's identity, in order.
/// </summary>
public sealed record Qualifier
{
    /// <summary>The property, e.g. <c>P459</c> or <c>determination method</c>.</summary>
    public required string Property
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Property), "A qualifier needs a property.").Trim();
    }

    /// <summary>The value, of any type a fact's object can have.</summary>
    public required FactObject Value
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Value));
    }

    /// <summary>The qualifiers as hashed into a record's id: each folded property, value kind and value, length-prefixed.</summary>
    internal static string Identity(IReadOnlyList<Qualifier> qualifiers)
    {
        var builder = new StringBuilder();
        foreach (var qualifier in qualifiers)
        {
            foreach (var part in (string[])[TextFolding.FoldName(qualifier.Property), qualifier.Value.IdentityKind, qualifier.Value.IdentityText])
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"{part.Length}:").Append(part);
            }
        }

        return builder.ToString();
    }
}
