namespace FactStore.Cli.Tests.Crash;

/// <summary>The tests that start child processes run one at a time: the machine may have two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ChildProcesses
{
    public const string Name = "child processes";
}
