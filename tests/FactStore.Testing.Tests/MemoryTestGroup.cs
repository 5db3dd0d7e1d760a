namespace FactStore.Testing.Tests;

/// <summary>Tests that measure the process's managed heap run alone: a test running beside them would count too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryTestGroup
{
    public const string Name = "memory";
}
