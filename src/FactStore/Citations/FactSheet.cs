using System.Globalization;
using System.Text;

namespace FactStore.Citations;

/// <summary>
/// A Markdown fact sheet: for a fact, or for every fact about an entity, the statement, when it holds (at the
/// precision stated), whether it is current, superseded or retracted, and who supports it, refutes it, doubts it or
/// mentions it, each with a quote and a footnote giving the source's reference.
/// </summary>
/// <remarks>
/// Every text taken from the store is escaped, so a quote or a name cannot turn into Markdown. Footnotes are numbered
/// in the order cited, one a stance, and written at the end. Holders are named as <see cref="StanceEvidence.HolderName"/>
/// names them. The sheet depends only on the evidence given; lines end with <c>\n</c>. Stateless and thread-safe.
/// </remarks>
public static class FactSheet
{
    private static readonly (StancePosition Position, string Heading)[] Sections =
    [
        (StancePosition.Supports, "Supported by"),
        (StancePosition.Refutes, "Refuted by"),
        (StancePosition.Uncertain, "Doubted by"),
        (StancePosition.Neutral, "Mentioned without taking a side by"),
    ];

    /// <summary>The fact sheet of one fact.</summary>
    /// <param name="evidence">The fact with its stances, as <see cref="IFactStoreReader.GetEvidenceAsync(string, CancellationToken)"/> reads it.</param>
    /// <returns>Markdown: a level-1 heading with the statement, the validity and status, a level-2 section for each position taken, and the footnotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public static string ForFact(FactEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var text = new StringBuilder();
        var notes = new Footnotes();
        AppendFact(text, notes, evidence, level: 1);
        return Finish(text, notes);
    }

    /// <summary>The fact sheet of an entity: its name and aliases, then each fact's sheet, the footnotes at the end.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="facts">The facts to show (for example the entity's timeline), in the order to show them.</param>
    /// <returns>Markdown: a level-1 heading with the entity's label, a level-2 heading for each fact, a level-3 section for each position taken, and the footnotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> or <paramref name="facts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> holds a <see langword="null"/>.</exception>
    public static string ForEntity(Entity entity, IEnumerable<FactEvidence> facts)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder();
        var notes = new Footnotes();
        text.Append("# ").Append(Escape(entity.Label)).Append("\n\n");
        var about = new List<string> { entity.Kind.ToString() };
        if (entity.Aliases.Count > 0)
        {
            about.Add("also known as " + string.Join(", ", entity.Aliases.Select(a => Escape(a.Text))));
        }

        about.AddRange(entity.Descriptions.Select(d => Escape(d.Text)));
        text.Append(string.Join("; ", about)).Append(".\n");
        var count = 0;
        foreach (var evidence in facts)
        {
            text.Append('\n');
            AppendFact(text, notes, evidence ?? throw new ArgumentException("The facts hold a null.", nameof(facts)), level: 2);
            count++;
        }

        if (count == 0)
        {
            text.Append("\nNo facts.\n");
        }

        return Finish(text, notes);
    }

    private static void AppendFact(StringBuilder text, Footnotes notes, FactEvidence evidence, int level)
    {
        var fact = evidence.Fact;
        text.Append('#', level).Append(' ').Append(Escape(fact.Statement)).Append("\n\n");
        text.Append("- Valid: ").Append(Escape(CitationDates.Text(fact.Validity))).Append('\n');
        text.Append("- Status: ").Append(Status(evidence)).Append('\n');
        if (evidence.EarlierVersions.Count > 0)
        {
            text.Append("- Corrects: ").Append(string.Join(", ", evidence.EarlierVersions.Select(e => $"“{Escape(e.Fact.Statement)}” (`{e.Fact.Id}`)"))).Append('\n');
        }

        if (evidence.IsContested)
        {
            text.Append("- Contested: some sources support it, others refute it\n");
        }

        if (evidence.Stances.Count == 0)
        {
            text.Append("\nNo stance cites it.\n");
            return;
        }

        foreach (var (position, heading) in Sections)
        {
            var stances = evidence.Stances.Where(s => s.Stance.Position == position).ToList();
            if (stances.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append('#', level + 1).Append(' ').Append(heading).Append(' ')
                .Append('(').Append(stances.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
            foreach (var stance in stances)
            {
                text.Append("- **").Append(Escape(stance.HolderName)).Append("**: ").Append(notes.Cite(WithoutHolder(stance))).Append('\n');
            }
        }
    }

    private static string Status(FactEvidence evidence) => evidence.Status switch
    {
        FactStatus.Superseded => $"superseded by `{evidence.SupersededBy}`",
        FactStatus.Retracted => "retracted: " + Escape(Reference.Flat(evidence.Retraction!.Reason)),
        _ => "current",
    };

    /// <summary>The stance without its holder, whose name the sheet already wrote before the quote.</summary>
    private static StanceEvidence WithoutHolder(StanceEvidence stance) => stance.Holder is null ? stance : stance with { Holder = null };

    private static string Finish(StringBuilder text, Footnotes notes)
    {
        var footnotes = notes.ToString();
        if (footnotes.Length > 0)
        {
            text.Append('\n').Append(footnotes);
        }

        return text.ToString();
    }

    private static string Escape(string text) => MarkdownEscape.Text(Reference.Flat(text));
}
