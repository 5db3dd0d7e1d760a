using FactStore.Testing.Tests.Support;

namespace FactStore.Testing.Tests;

/// <summary>Each check fails, with its message, on an importer that breaks its rule; a well-behaved one passes them all.</summary>
public sealed class BrokenImporterTests
{
    [Fact]
    public async Task VerifyAsync_WellBehavedImporter_Passes()
    {
        await ImporterConformance.VerifyAsync(new LineImporter(), LineImporter.Input(5), badInput: LineImporter.Input(2, "!oops\n"));
    }

    [Fact]
    public async Task SameInputSameRecordsAsync_RandomIds_FailsNamingTheFirstDifference()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.SameInputSameRecordsAsync(new NondeterministicImporter(), LineImporter.Input(3)));

        Assert.Equal("same input, same records", failure.Check);
        Assert.StartsWith("Importer 'lines' fails the check 'same input, same records': reading 'lines.txt' twice, item 1 was Entity ent_", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ids must come from the content", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportAddsNothingAsync_RandomIds_FailsSayingWhatForceAdded()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.ReimportAddsNothingAsync(new NondeterministicImporter(), LineImporter.Input(3)));

        Assert.Contains("importing 'lines.txt' again with Force added 3 entities", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportAddsNothingAsync_ChangingConfiguration_FailsAsNotRecognised()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.ReimportAddsNothingAsync(new ChangingConfigurationImporter(), LineImporter.Input(3)));

        Assert.Contains("a second time was not recognised as already imported", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationIsHonouredAsync_ImporterIgnoringItsToken_FailsSayingItRanToTheEnd()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.CancellationIsHonouredAsync(new IgnoresCancellationImporter(), LineImporter.Input(5)));

        Assert.Equal("cancellation is honoured", failure.Check);
        Assert.Contains("with its token cancelled after the first item ran to its end (5 items) without an OperationCanceledException", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationIsHonouredAsync_WellBehavedImporter_Passes()
    {
        await ImporterConformance.CancellationIsHonouredAsync(new LineImporter(), LineImporter.Input(5));
    }

    [Fact]
    public async Task BadInputNamesItsLineAsync_RawException_FailsNamingTheException()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.BadInputNamesItsLineAsync(new RawExceptionImporter(), LineImporter.Input(2, "!oops\n")));

        Assert.Equal("bad input names its line", failure.Check);
        Assert.Contains("it threw FormatException: cannot read '!oops', which names no line", failure.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(failure.InnerException);
    }

    [Fact]
    public async Task BadInputNamesItsLineAsync_InvalidWithoutLine_Fails()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.BadInputNamesItsLineAsync(new InvalidWithoutLineImporter(), LineImporter.Input(2, "!oops\n")));

        Assert.Contains("reported a bad part without a line (a bad line)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputNamesItsLineAsync_InputWithoutABadLine_Fails()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.BadInputNamesItsLineAsync(new LineImporter(), LineImporter.Input(2)));

        Assert.Contains("without reporting anything", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputNamesItsLineAsync_InvalidItemWithItsLine_ReturnsTheLine()
    {
        Assert.Equal(3, await ImporterConformance.BadInputNamesItsLineAsync(new LineImporter(), LineImporter.Input(2, "!oops\n")));
    }

    [Fact]
    public async Task RecordsAreValidAsync_DanglingReference_FailsWithTheStoresError()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.RecordsAreValidAsync(new DanglingReferenceImporter(), LineImporter.Input(1)));

        Assert.Equal("every record is valid", failure.Check);
        Assert.Contains("importing 'lines.txt' into a new store failed", failure.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidRecordException>(failure.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task RecordsAreValidAsync_EmptyInput_FailsAskingForASample()
    {
        var failure = await Assert.ThrowsAsync<ConformanceException>(() => ImporterConformance.RecordsAreValidAsync(new LineImporter(), LineImporter.Input(0)));

        Assert.Contains("yielded no records", failure.Message, StringComparison.Ordinal);
    }
}
