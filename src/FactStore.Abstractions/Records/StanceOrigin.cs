namespace FactStore;

/// <summary>Who or what decided a stance's position.</summary>
public enum StanceOrigin
{
    /// <summary>A person, by hand (e.g. a curated annotation file).</summary>
    Curated = 0,

    /// <summary>An importer's rules, from structured input.</summary>
    Importer = 1,

    /// <summary>A statistical or language model; see <see cref="Stance.Confidence"/>.</summary>
    Model = 2,
}
