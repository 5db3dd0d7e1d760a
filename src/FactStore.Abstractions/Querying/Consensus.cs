using FactStore.Text;

namespace FactStore;

/// <summary>
/// Who supports and who refutes a fact, counting each independent voice once: the answer to "how many sources say so?"
/// that a list of stances overstates when one outlet repeats itself or two outlets quote the same speaker.
/// </summary>
/// <remarks>
/// <para>The rule, applied to the fact's current stances (<see cref="FactEvidence.Stances"/>):</para>
/// <list type="number">
/// <item>A stance with a holder is the holder's voice: a speaker quoted by two outlets counts once.</item>
/// <item>A stance without a holder is its source's publisher's voice (publishers compared with case, diacritics and
/// typography folded): several stances from one source, or from several articles of one publisher, count once.</item>
/// <item>A stance whose source names no publisher is that source's own voice.</item>
/// </list>
/// <para>
/// A voice is counted once in each position it takes: a holder who supports the fact in one article and refutes it in
/// another is among the supporters and among the refuters. Neutral and uncertain stances are <see cref="Undecided"/> and
/// decide nothing. A holder's voice is not merged with a publisher's even when the holder is that publisher.
/// </para>
/// </remarks>
public sealed record Consensus
{
    private Consensus(FactEvidence evidence, IReadOnlyList<ConsensusVoice> supporting, IReadOnlyList<ConsensusVoice> refuting, IReadOnlyList<ConsensusVoice> undecided)
    {
        Evidence = evidence;
        Supporting = supporting;
        Refuting = refuting;
        Undecided = undecided;
    }

    /// <summary>The fact with the stances counted.</summary>
    public FactEvidence Evidence { get; }

    /// <summary>The independent voices that support the fact, in the order their first stance was recorded.</summary>
    public IReadOnlyList<ConsensusVoice> Supporting { get; }

    /// <summary>The independent voices that refute the fact, in the order their first stance was recorded.</summary>
    public IReadOnlyList<ConsensusVoice> Refuting { get; }

    /// <summary>The voices that mention the fact without taking a side, or hold it open.</summary>
    public IReadOnlyList<ConsensusVoice> Undecided { get; }

    /// <summary>What the voices add up to.</summary>
    public ConsensusVerdict Verdict => (Supporting.Count > 0, Refuting.Count > 0) switch
    {
        (true, true) => ConsensusVerdict.Contested,
        (true, false) => ConsensusVerdict.Supported,
        (false, true) => ConsensusVerdict.Refuted,
        _ => ConsensusVerdict.Unattested,
    };

    /// <summary>Counts the independent voices on a fact.</summary>
    /// <param name="evidence">The fact with its current stances, e.g. from <see cref="IFactStoreReader.GetEvidenceAsync(string, CancellationToken)"/>.</param>
    /// <returns>The voices by position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public static Consensus Of(FactEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new Consensus(
            evidence,
            Voices(evidence, p => p == StancePosition.Supports),
            Voices(evidence, p => p == StancePosition.Refutes),
            Voices(evidence, p => p is StancePosition.Neutral or StancePosition.Uncertain));
    }

    private static List<ConsensusVoice> Voices(FactEvidence evidence, Func<StancePosition, bool> position) =>
        evidence.Stances
            .Where(s => position(s.Stance.Position))
            .GroupBy(VoiceOf)
            .Select(g => new ConsensusVoice { Key = g.Key.Key, Kind = g.Key.Kind, Name = NameOf(g.First(), g.Key.Kind), Stances = g.ToList() })
            .ToList();

    private static (string Key, VoiceKind Kind) VoiceOf(StanceEvidence stance) =>
        stance.Stance.HolderId is string holder ? (holder, VoiceKind.Holder)
        : string.IsNullOrWhiteSpace(stance.Source.Publisher) ? (stance.Source.Id, VoiceKind.Source)
        : (TextFolding.FoldName(stance.Source.Publisher), VoiceKind.Publisher);

    private static string NameOf(StanceEvidence stance, VoiceKind kind) => kind switch
    {
        VoiceKind.Holder => stance.Holder?.Label ?? stance.Stance.HolderId!,
        VoiceKind.Publisher => stance.Source.Publisher!,
        _ => stance.Source.Title ?? stance.Source.Id,
    };
}
