namespace FactStore.Cli.Output;

/// <summary>A column of a <see cref="TextTable"/>.</summary>
/// <param name="Header">The table header on a terminal.</param>
/// <param name="HiddenOnTerminal">Left out of the terminal table (ids, to leave room for text); always in the plain lines.</param>
internal sealed record TextColumn(string Header, bool HiddenOnTerminal = false);
