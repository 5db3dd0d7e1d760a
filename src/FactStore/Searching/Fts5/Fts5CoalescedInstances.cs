namespace FactStore.Searching.Fts5;

/// <summary>
/// FTS5's CInstIter (fts5_aux.c): the instances of a text walked as "coalesced" matches, overlapping instances joined
/// into one, each from its first token to its last; <see cref="Start"/> is -1 once they are all walked.
/// </summary>
internal sealed class Fts5CoalescedInstances
{
    private readonly IReadOnlyList<Fts5Instance> _instances;
    private readonly IReadOnlyList<int> _phraseSizes;
    private int _next;

    public Fts5CoalescedInstances(IReadOnlyList<Fts5Instance> instances, IReadOnlyList<int> phraseSizes)
    {
        _instances = instances;
        _phraseSizes = phraseSizes;
        Next();
    }

    /// <summary>The first token of the current match, or -1.</summary>
    public int Start { get; private set; }

    /// <summary>The last token of the current match, or -1.</summary>
    public int End { get; private set; }

    /// <summary>Moves to the next match.</summary>
    public void Next()
    {
        Start = End = -1;
        while (_next < _instances.Count)
        {
            var (phrase, offset) = _instances[_next];
            var end = offset - 1 + _phraseSizes[phrase];
            if (Start < 0)
            {
                (Start, End) = (offset, end);
            }
            else if (offset <= End)
            {
                End = Math.Max(End, end);
            }
            else
            {
                break;
            }

            _next++;
        }
    }
}
