using System.Data.Common;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>
/// The parameters a name lookup binds: the folded name (labels and aliases), the name read as an external id
/// (<c>Q2112</c>, <c>wikidata:Q2112</c>, a URL) and the name itself (an entity id).
/// </summary>
internal static class EntityLookup
{
    /// <summary>Whether a name is an entity id (<c>ent_</c> and 32 hex digits), which needs no lookup.</summary>
    public static bool IsEntityId(string name) =>
        name.Length == 36 && name.StartsWith("ent_", StringComparison.Ordinal) && !name.AsSpan(4).ContainsAnyExcept(LowerHex);

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>Binds <c>{prefix}folded</c>, <c>{prefix}scheme</c>, <c>{prefix}value</c> and <c>{prefix}name</c>.</summary>
    public static DbCommand Bind(DbCommand command, string prefix, string name)
    {
        var isId = ExternalId.TryParse(name, out var id);
        return command
            .With(prefix + "folded", TextFolding.FoldName(name))
            .With(prefix + "scheme", isId ? id.Scheme : null)
            .With(prefix + "value", isId ? id.Value : null)
            .With(prefix + "name", name.Trim());
    }

    /// <summary>
    /// The condition that one of <paramref name="columns"/> holds an entity <paramref name="name"/> denotes as known at
    /// <c>@known</c> (an entity id is compared as it is), with its parameters bound under <paramref name="prefix"/>.
    /// </summary>
    public static string Condition(DbCommand command, string prefix, string name, params ReadOnlySpan<string> columns)
    {
        string test;
        if (IsEntityId(name))
        {
            command.With(prefix + "id", name);
            test = "= " + prefix + "id";
        }
        else
        {
            Bind(command, prefix, name);
            test = "IN " + Subquery(prefix);
        }

        var tests = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            tests[i] = columns[i] + " " + test;
        }

        return "(" + string.Join(" OR ", tests) + ")";
    }

    /// <summary>The condition that fact <c>f</c> is about the entity <paramref name="name"/> denotes, as subject or object.</summary>
    public static string About(DbCommand command, string name) => Condition(command, "@about_", name, "f.subject_id", "f.object_entity_id");

    /// <summary>The ids of the entities a name bound with <paramref name="prefix"/> denotes, as known at <c>@known</c>.</summary>
    public static string Subquery(string prefix) => $"""
        (SELECT a.entity_id FROM entity_aliases a WHERE a.folded = {prefix}folded AND a.recorded_at <= @known
         UNION SELECT x.entity_id FROM entity_external_ids x WHERE x.scheme = {prefix}scheme AND x.value = {prefix}value AND x.recorded_at <= @known
         UNION SELECT {prefix}name)
        """;
}
