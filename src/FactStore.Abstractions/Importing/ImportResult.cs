namespace FactStore;

/// <summary>What one import wrote.</summary>
public sealed record ImportResult
{
    /// <summary>
    /// The import run's identifier; for an input already imported, the run that imported it. See the README's ID scheme.
    /// </summary>
    public required string ImportRunId { get; init; }

    /// <summary>The input's name.</summary>
    public required string Input { get; init; }

    /// <summary>
    /// Whether the same importer, version and configuration had already imported the same input (the same bytes under
    /// the same name); then nothing was written. Import with <see cref="ImportOptions.Force"/> to import it again.
    /// </summary>
    public bool AlreadyImported { get; init; }

    /// <summary>Sources added.</summary>
    public int SourcesAdded { get; init; }

    /// <summary>Locators (file names, URLs) added, to new or known sources.</summary>
    public int LocatorsAdded { get; init; }

    /// <summary>Entities added (new aliases of known entities are not counted).</summary>
    public int EntitiesAdded { get; init; }

    /// <summary>Aliases added, to new or known entities; a known entity's new label (it was relabelled by its external id) counts as one.</summary>
    public int AliasesAdded { get; init; }

    /// <summary>Facts added.</summary>
    public int FactsAdded { get; init; }

    /// <summary>Stances added.</summary>
    public int StancesAdded { get; init; }

    /// <summary>Retractions added.</summary>
    public int RetractionsAdded { get; init; }

    /// <summary>Sources redacted: their content erased, a tombstone recorded.</summary>
    public int RedactionsAdded { get; init; }

    /// <summary>
    /// Records the input yielded that added nothing: the store already had the record, and everything it brings. Such a
    /// record is not written again, even where it differs outside its identity (a source's title, a fact's wording, a
    /// stance's confidence): the first recorded version stands, and a change is made by superseding it. A known record
    /// that brings something the store lacks (a source's new locator; an entity's new alias or label, description or
    /// external id) is not unchanged: its new locators and names are counted in <see cref="LocatorsAdded"/> and
    /// <see cref="AliasesAdded"/>.
    /// </summary>
    public int Unchanged { get; init; }

    /// <summary>Whether this was a dry run: everything was read and checked, and the counts say what would have been added, but nothing was written.</summary>
    public bool DryRun { get; init; }

    /// <summary>The bad records skipped (see <see cref="ImportOptions.SkipBadRecords"/>), in input order; empty otherwise.</summary>
    public IReadOnlyList<SkippedRecord> Skipped { get; init; } = [];

    /// <summary>Whether anything at all was added.</summary>
    public bool AddedAnything => SourcesAdded + LocatorsAdded + EntitiesAdded + AliasesAdded + FactsAdded + StancesAdded + RetractionsAdded + RedactionsAdded > 0;
}
