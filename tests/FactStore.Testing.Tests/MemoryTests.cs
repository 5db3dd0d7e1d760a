using FactStore.Importers.Wikidata;
using FactStore.Testing.Tests.Support;

namespace FactStore.Testing.Tests;

/// <summary>The memory check: a streaming importer passes at the default size, one that keeps what it read fails.</summary>
[Collection(MemoryTestGroup.Name)]
public sealed class MemoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MemoryStaysBoundedAsync_WikidataDumpOfTheDefaultSize_Passes()
    {
        var measured = await ImporterConformance.MemoryStaysBoundedAsync(new WikidataImporter(), n => Wikidata.Dump(_folder, n));

        Assert.True(measured.Records >= 190_000, $"{measured.Records} records");
        Assert.Equal(20, measured.Samples);
        Assert.InRange(measured.PeakGrowthBytes, long.MinValue, measured.BoundBytes);
    }

    [Fact]
    public async Task MemoryStaysBoundedAsync_ImporterThatKeepsEverything_FailsNamingTheGrowth()
    {
        var options = new ConformanceOptions { LargeInputRecords = 100_000, MaxMemoryGrowthBytes = 16L * 1024 * 1024 };

        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.MemoryStaysBoundedAsync(new HoardingImporter(), n => LineImporter.File(_folder, n), options));

        Assert.Equal("memory stays bounded", failure.Check);
        Assert.Contains("more than the bound of 16.0 MiB", failure.Message, StringComparison.Ordinal);
        Assert.Contains("instead of streaming it", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemoryStaysBoundedAsync_WellBehavedLineImporter_Passes()
    {
        var options = new ConformanceOptions { LargeInputRecords = 100_000, MaxMemoryGrowthBytes = 16L * 1024 * 1024 };

        var measured = await ImporterConformance.MemoryStaysBoundedAsync(new LineImporter(), n => LineImporter.File(_folder, n), options);

        Assert.Equal(100_000, measured.Records);
    }
}
