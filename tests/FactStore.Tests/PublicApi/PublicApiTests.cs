using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace FactStore.Tests.PublicApi;

/// <summary>
/// Every change to a package's public surface shows up in review as a change to its <c>.approved.txt</c> file.
/// When the API changes on purpose, copy the <c>.received.txt</c> file written beside it over the approved one.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData(typeof(IFactStore), "FactStore.Abstractions")]
    [InlineData(typeof(FactStoreDatabase), "FactStore")]
    [InlineData(typeof(FactStore.Sqlite.SqliteStoreOptions), "FactStore.Sqlite")]
    [InlineData(typeof(FactStore.PostgreSql.NpgsqlStoreOptions), "FactStore.PostgreSql")]
    public void PublicApi_HasNotChangedUnnoticed(Type type, string package)
    {
        var api = type.Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute"] })
            .ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(Folder(), $"{package}.approved.txt");
        var receivedPath = Path.Combine(Folder(), $"{package}.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(api == approved, $"The public API of {package} changed; compare {receivedPath} with {approvedPath}.");
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
