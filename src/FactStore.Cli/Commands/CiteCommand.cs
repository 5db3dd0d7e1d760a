using System.CommandLine;
using FactStore.Cli.Arguments;
using FactStore.Citations;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore cite ID --format FORMAT</c>: the citations of a fact's current stances, or of one stance, as plain
/// references, Markdown footnotes, CSL-JSON, BibTeX or W3C Web Annotations.
/// </summary>
internal static class CiteCommand
{
    private static readonly (string Name, CitationFormat Format)[] Formats =
    [
        ("plain", CitationFormat.Plain),
        ("markdown", CitationFormat.Markdown),
        ("csl-json", CitationFormat.CslJson),
        ("bibtex", CitationFormat.BibTeX),
        ("web-annotation", CitationFormat.WebAnnotation),
    ];

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var id = new Argument<string>("ID") { Description = "A fact id (fct_…: cite all its current stances) or a stance id (stn_…: that stance alone)" };
        var format = new Option<string>("--format")
        {
            Description = $"The citation format: {string.Join(", ", Formats.Select(f => f.Name))} (default plain)",
            HelpName = "FORMAT",
        };
        var knownAt = KnownAtArgument.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON: the CSL-JSON document, or the Web Annotations with --format web-annotation" };
        var command = new Command("cite", "Write the citations of a fact's current stances, or of one stance, in a bibliographic or annotation format.")
        {
            id, format, knownAt, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var chosen = Choose(parsed.GetValue(format), parsed.GetValue(json));
            var at = KnownAtArgument.Parse(parsed.GetValue(knownAt));
            var recordId = parsed.GetRequiredValue(id).Trim();
            await using var store = await FactStoreCommand.OpenExistingAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), cancellationToken).ConfigureAwait(false);
            if (recordId.StartsWith("fct_", StringComparison.Ordinal))
            {
                var evidence = await FactEvidenceReader.ReadAsync(store, "cite", recordId, at, cancellationToken).ConfigureAwait(false);
                await NoteStatusAsync(console, evidence).ConfigureAwait(false);
                await CitationWriter.WriteAsync(console.Out, evidence, chosen, cancellationToken).ConfigureAwait(false);
            }
            else if (recordId.StartsWith("stn_", StringComparison.Ordinal))
            {
                var stance = await ReadStanceAsync(store, recordId, at, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteAsync(CitationWriter.Format(stance, chosen) + "\n").ConfigureAwait(false);
            }
            else
            {
                throw CliException.BadInput($"cite: '{recordId}' is neither a fact id (fct_…) nor a stance id (stn_…); 'factstore facts --json' shows both");
            }

            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The format named, or with <c>--json</c> the JSON one: CSL-JSON unless the format named is Web Annotation.</summary>
    private static CitationFormat Choose(string? name, bool json)
    {
        if (name is null)
        {
            return json ? CitationFormat.CslJson : CitationFormat.Plain;
        }

        var format = Formats.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (format.Name is null)
        {
            throw CliException.Usage($"--format: '{name}' is not a citation format; use one of {string.Join(", ", Formats.Select(f => f.Name))}");
        }

        return !json || format.Format is CitationFormat.CslJson or CitationFormat.WebAnnotation
            ? format.Format
            : throw CliException.Usage($"--json: --format {format.Name} is not JSON; with --json use csl-json (the default) or web-annotation");
    }

    private static async Task NoteStatusAsync(CliConsole console, FactEvidence evidence)
    {
        var note = evidence.Status switch
        {
            FactStatus.Superseded => $"note: {evidence.Fact.Id} was superseded by {evidence.SupersededBy}; 'factstore cite {evidence.SupersededBy}' cites the current version",
            FactStatus.Retracted => $"note: {evidence.Fact.Id} was retracted: {ErrorReport.OneLine(evidence.Retraction!.Reason)}",
            _ => evidence.Stances.Count == 0 ? $"note: {evidence.Fact.Id} has no current stance to cite" : null,
        };
        if (note is not null)
        {
            await console.Error.WriteLineAsync(note).ConfigureAwait(false);
        }
    }

    /// <summary>A current stance with its fact, source (without its text) and holder.</summary>
    private static async Task<StanceEvidence> ReadStanceAsync(FactStoreDatabase store, string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var stance = await store.AsKnownAt(knownAt).GetStanceAsync(id, cancellationToken).ConfigureAwait(false);
        if (stance is null)
        {
            throw CliException.BadInput(knownAt is not null && await store.GetStanceAsync(id, cancellationToken).ConfigureAwait(false) is not null
                ? $"cite: stance {id} was not yet known at {knownAt:O} (omit --known-at, or give a later time)"
                : $"cite: no stance has the id '{id}' ('factstore facts --json' shows each fact's stances with their ids)");
        }

        var query = new StanceQuery { Fact = stance.FactId };
        do
        {
            var page = await store.AsKnownAt(knownAt).FindStancesAsync(query, cancellationToken).ConfigureAwait(false);
            if (page.FirstOrDefault(s => s.Stance.Id == id) is StanceEvidence found)
            {
                return found;
            }

            query = query with { After = page.NextCursor };
        }
        while (query.After is not null);

        throw CliException.BadInput($"cite: stance {id} is no longer current (superseded or retracted, or its fact is); 'factstore history {id}' shows what happened");
    }
}
