namespace FactStore;

/// <summary>How a citation's quote was found in its source's text.</summary>
public enum CitationAnchor
{
    /// <summary>
    /// Not checked: a citation as an importer yields it, before the store anchors it; and, once stored, a citation of a
    /// source whose text is not in the store (known by reference), kept as the input gave it.
    /// </summary>
    Unverified = 0,

    /// <summary>Found character for character.</summary>
    Exact = 1,

    /// <summary>
    /// Found once typography was folded: curly and straight quotes, dashes, non-breaking spaces and runs of white
    /// space. <see cref="Citation.Quote"/> then holds the source's own characters.
    /// </summary>
    Typography = 2,

    /// <summary>
    /// Found (exactly or with typography folded), but not at the <see cref="Citation.Start"/> the input gave: the
    /// stored offsets are where it was found, and this state says it moved.
    /// </summary>
    Relocated = 3,
}
