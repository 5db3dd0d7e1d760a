namespace FactStore.Cli.Arguments;

/// <summary>
/// A name an option or argument gives for an entity, resolved the way a reader means it (surname, spelling,
/// transliteration); an unknown or ambiguous name is a data error (exit 1) that lists what to type instead.
/// </summary>
internal static class EntityName
{
    private const int Suggestions = 5;

    /// <summary>The one entity <paramref name="name"/> denotes.</summary>
    /// <param name="store">The store to ask, as known at the moment asked about.</param>
    /// <param name="what">How the error names the value, e.g. <c>--holder</c> or <c>entity</c>.</param>
    /// <param name="name">The name as typed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CliException">No entity, or several, answer to the name: the message suggests names to type.</exception>
    public static async Task<Entity> ResolveAsync(IFactStoreReader store, string what, string name, CancellationToken cancellationToken)
    {
        var resolution = await store.ResolveNameAsync(name, cancellationToken).ConfigureAwait(false);
        return resolution.Match ?? throw CliException.BadInput(Describe(what, resolution));
    }

    /// <summary>Why a name resolved to no one entity, and the names to try.</summary>
    public static string Describe(string what, NameResolution resolution)
    {
        var candidates = resolution.Candidates.Take(Suggestions).Select(c => $"'{c.Entity.Label}' ({c.Entity.Id})").ToList();
        var more = resolution.Candidates.Count > Suggestions ? $" and {resolution.Candidates.Count - Suggestions} more" : "";
        return (resolution.IsAmbiguous, candidates.Count) switch
        {
            (true, _) => $"{what}: '{resolution.Query}' may be any of {string.Join(", ", candidates)}{more}; give a fuller name or an id",
            (false, 0) => $"{what}: no entity is named '{resolution.Query}' (give a label, alias or id; 'factstore entities' lists them)",
            _ => $"{what}: no entity is named '{resolution.Query}'; did you mean {string.Join(", ", candidates)}{more}?",
        };
    }
}
