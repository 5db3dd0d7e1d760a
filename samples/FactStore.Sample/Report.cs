using System.Globalization;
using FactStore.Citations;

namespace FactStore.Sample;

/// <summary>The sample's report: sources, a few facts with citations, aliases at work, and who disagrees.</summary>
public static class Report
{
    private const int QuoteWidth = 110;

    /// <summary>Writes the report. Its text depends only on the store's content, never on the clock.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="imports">What this run imported.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(IFactStore store, IReadOnlyList<ImportResult> imports, TextWriter output, CancellationToken cancellationToken)
    {
        WriteImports(imports, output);

        var sources = await store.GetSourcesAsync(cancellationToken);
        output.WriteLine();
        output.WriteLine($"Sources ({sources.Count})");
        foreach (var source in sources)
        {
            output.WriteLine($"  {source.Id}  {source.Title ?? "(untitled)"}");
            output.WriteLine($"      publisher: {source.Publisher ?? "not stated"}; authors: {(source.Authors.Count > 0 ? string.Join(", ", source.Authors) : "not stated")}; language: {source.Language ?? "unknown"}");
            output.WriteLine($"      stated date: {Describe(source.StatedDate, source.StatedDateKind)}; file: {string.Join(", ", source.Locators.Select(l => l.Value))}; {(source.Text is string text ? text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters" : "known by reference")}");
        }

        var facts = await store.FindFactsAsync(new FactQuery(), cancellationToken);
        output.WriteLine();
        output.WriteLine($"Facts ({facts.Count}); the first five, with their citations");
        foreach (var fact in facts.Take(5))
        {
            await WriteFactAsync(store, fact.Id, output, cancellationToken);
        }

        output.WriteLine();
        output.WriteLine("Names resolve through aliases: facts about \"Tokaev\" (spelled Tokayev, Tokaev, Kasym-Žomart Tokaev in the articles)");
        foreach (var fact in await store.FindFactsAsync(new FactQuery { Subject = "Tokaev" }, cancellationToken))
        {
            output.WriteLine($"  - {fact.Statement} [{fact.Validity}]");
        }

        output.WriteLine();
        output.WriteLine("Valid at 2022-01-15: facts that held in the world on that day");
        foreach (var fact in await store.FindFactsAsync(new FactQuery { ValidAt = new DateOnly(2022, 1, 15) }, cancellationToken))
        {
            output.WriteLine($"  - {fact.Statement} [{fact.Validity}]");
        }

        await WriteAnalystQuestionsAsync(store, output, cancellationToken);

        var contested = await store.QueryAsync("contested", new QueryRequest(), cancellationToken);
        output.WriteLine();
        output.WriteLine($"Contested: facts with both supporting and refuting stances ({contested.Facts.Count})");
        foreach (var evidence in contested.Facts)
        {
            WriteEvidence(evidence, output, compact: true);
            var consensus = Consensus.Of(evidence);
            output.WriteLine($"      => {consensus.Verdict.ToString().ToLowerInvariant()}: {Voices(consensus.Supporting)} for, {Voices(consensus.Refuting)} against");
        }

        if (contested.Facts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("The first contested fact, cited in Markdown with footnotes");
            await CitationWriter.WriteAsync(output, contested.Facts[0], CitationFormat.Markdown, cancellationToken);
        }
    }

    /// <summary>What an analyst asks first: a name half remembered, who said what, when, and where a phrase occurs.</summary>
    private static async Task WriteAnalystQuestionsAsync(IFactStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var name = await store.ResolveNameAsync("tasmagambetov", cancellationToken: cancellationToken);
        output.WriteLine();
        output.WriteLine("A surname alone: \"tasmagambetov\"");
        output.WriteLine(name.Match is Entity match
            ? $"  = {match.Label} ({match.Kind.ToString().ToLowerInvariant()}), matched by {name.Candidates[0].Kind.ToString().ToLowerInvariant()} on \"{name.Candidates[0].MatchedName}\""
            : $"  no single match; candidates: {string.Join(", ", name.Candidates.Select(c => c.Entity.Label))}");

        output.WriteLine();
        output.WriteLine("Who said what: the stances Vladimir Evseev holds");
        foreach (var said in await store.FindStancesAsync(new StanceQuery { Holder = "Vladimir Evseev" }, cancellationToken))
        {
            output.WriteLine($"  {said.Stance.Position.ToString().ToLowerInvariant(),-9} {said.Fact?.Statement}");
            output.WriteLine($"            \"{Shorten(said.Stance.Citation?.Quote ?? "", QuoteWidth)}\" ({SourceName(said.Source)})");
        }

        output.WriteLine();
        output.WriteLine("Tokayev's timeline (facts about him by when they hold; undated last)");
        foreach (var fact in await store.FindFactsAsync(new FactQuery { About = "Tokayev", Order = FactOrder.Validity }, cancellationToken))
        {
            output.WriteLine($"  {(fact.Validity.IsUnstated ? "undated" : Validity(fact.Validity)),-8} {fact.Statement}");
        }

        output.WriteLine();
        output.WriteLine("Valid during January 2022 (2022-01): facts whose validity overlaps that month");
        foreach (var fact in await store.FindFactsAsync(new FactQuery { ValidDuring = ValidityInterval.Parse("2022-01") }, cancellationToken))
        {
            output.WriteLine($"  - {fact.Statement} [{Validity(fact.Validity)}]");
        }

        output.WriteLine();
        output.WriteLine("Full-text search: \"Indestructible Brotherhood\" (best first; ** marks the match)");
        foreach (var hit in await store.SearchAsync(new SearchQuery { Text = "Indestructible Brotherhood", Limit = 5 }, cancellationToken))
        {
            output.WriteLine($"  {hit.Kind.ToString().ToLowerInvariant(),-10} {Shorten(hit.Snippet, QuoteWidth)}");
        }
    }

    /// <summary>EDTF at each end's precision; one period (<c>2022-01</c>) written once.</summary>
    private static string Validity(ValidityInterval validity) =>
        validity.From is PartialDate from && validity.From == validity.To ? from.ToString() : validity.ToString();

    private static string Voices(IReadOnlyList<ConsensusVoice> voices) =>
        voices.Count == 0 ? "no one" : string.Join(", ", voices.Select(v => v.Name));

    private static void WriteImports(IReadOnlyList<ImportResult> imports, TextWriter output)
    {
        if (imports.All(i => !i.AddedAnything))
        {
            output.WriteLine($"Nothing new: all {imports.Count} inputs were already in the store.");
            return;
        }

        foreach (var import in imports)
        {
            output.WriteLine(import.AddedAnything
                ? $"Imported {import.Input}: {import.SourcesAdded} sources, {import.EntitiesAdded} entities, {import.AliasesAdded} aliases, {import.FactsAdded} facts, {import.StancesAdded} stances"
                : $"Already imported {import.Input}: nothing new");
        }
    }

    private static async Task WriteFactAsync(IFactStore store, string factId, TextWriter output, CancellationToken cancellationToken)
    {
        var evidence = await store.GetEvidenceAsync(factId, cancellationToken: cancellationToken);
        if (evidence is not null)
        {
            WriteEvidence(evidence, output);
        }
    }

    /// <summary>A fact and who says what; in full with the source's title and the match, or one line per stance.</summary>
    private static void WriteEvidence(FactEvidence evidence, TextWriter output, bool compact = false)
    {
        var fact = evidence.Fact;
        var validity = fact.Validity.IsUnstated ? "no time stated" : $"valid {fact.Validity}";
        output.WriteLine($"  * {fact.Statement} ({validity})");
        foreach (var stance in evidence.Stances.OrderBy(s => s.Stance.Position))
        {
            var citation = stance.Stance.Citation ?? new Citation { Locator = "the source as a whole" };
            var position = stance.Stance.Position.ToString().ToLowerInvariant();
            if (compact)
            {
                var file = stance.Source.Locators.Count > 0 ? stance.Source.Locators[0].Value : stance.Source.Id;
                var holder = stance.Holder?.Label ?? stance.Source.Publisher ?? "the article";
                output.WriteLine($"      {position,-9} {holder}: \"{Shorten(citation.Quote ?? citation.Locator ?? "", 80)}\" [{file} {citation.Start}-{citation.End}]");
                continue;
            }

            output.WriteLine($"      {position,-9} {stance.HolderName}: \"{Shorten(citation.Quote ?? citation.Locator ?? "", QuoteWidth)}\"");
            output.WriteLine($"                in {SourceName(stance.Source)}, characters {citation.Start}-{citation.End} ({citation.Anchor.ToString().ToLowerInvariant()} match)");
        }
    }

    private static string SourceName(Source source) => source.Title ?? $"untitled article by {source.Publisher ?? "an unnamed publisher"} ({(source.Locators.Count > 0 ? source.Locators[0].Value : source.Id)})";

    private static string Describe(PartialDate? date, StatedDateKind kind) => (date, kind) switch
    {
        (null, _) => "none",
        (_, StatedDateKind.PageDate) => $"{date} (a page date, not the publication date)",
        (_, StatedDateKind.Contradicted) => $"{date} (contradicted by the article's own content; not its publication date)",
        (_, StatedDateKind.Published) => $"{date} (published)",
        _ => $"{date} (meaning unknown)",
    };

    private static string Shorten(string quote, int width)
    {
        var flat = string.Join(' ', quote.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= width ? flat : flat[..(width - 1)] + "…";
    }
}
