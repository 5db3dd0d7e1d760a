using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace FactStore.Testing.Tests.PublicApi;

/// <summary>
/// Every change to FactStore.Testing's public surface shows up in review as a change to its <c>.approved.txt</c> file.
/// When the API changes on purpose, copy the <c>.received.txt</c> file written beside it over the approved one.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnnoticed()
    {
        var api = typeof(ImporterConformance).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute"] })
            .ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(Folder(), "FactStore.Testing.approved.txt");
        var receivedPath = Path.Combine(Folder(), "FactStore.Testing.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(api == approved, $"The public API of FactStore.Testing changed; compare {receivedPath} with {approvedPath}.");
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
