namespace FactStore.Tests.Records;

/// <summary>What every record has: <see cref="StoreRecord.ExtensionData"/> and the validation step.</summary>
public class StoreRecordTests
{
    [Theory]
    [InlineData("[1]", "Invalid Entity: Its extension data is not a JSON object.")]
    [InlineData("{\"a\":", "Invalid Entity: Its extension data is not valid JSON.")]
    public void Validate_ExtensionDataNotAJsonObject_IsRefused(string extension, string message)
    {
        var entity = new Entity { Label = "CSTO", ExtensionData = extension };

        Assert.Equal(message, Assert.Throws<ArgumentException>(entity.Validate).Message);
    }

    [Fact]
    public void Id_DoesNotDependOnExtensionData()
    {
        var entity = new Entity { Label = "CSTO" };

        Assert.Equal(entity.Id, (entity with { ExtensionData = "{\"reviewedBy\":\"desk 3\"}" }).Id);
    }
}
