using FactStore;
using FactStore.Sample;
using Microsoft.Extensions.DependencyInjection;

const string Usage = """
    Usage: dotnet run --project samples/FactStore.Sample [-- [--db FILE] [--seeds FOLDER]]
    Imports the seed articles and their curated annotations into FILE (default facts.db) and prints
    the sources, facts with citations, and the facts the sources disagree on. Running it again adds nothing.
    Exit codes: 0 done, 1 an input was refused (nothing of it was written), 2 bad usage.
    """;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}

var databasePath = Option("--db") ?? "facts.db";
var seedFolder = Option("--seeds") ?? SeedImport.FindSeedFolder(Environment.CurrentDirectory) ?? SeedImport.FindSeedFolder(AppContext.BaseDirectory);
if (seedFolder is null || !Directory.Exists(seedFolder))
{
    Console.Error.WriteLine("No seed folder found: run from the repository, or pass --seeds FOLDER (a folder with the articles and annotations.jsonl).");
    return 2;
}

var services = new ServiceCollection();
services.AddFactStore(options => options.UseSqlite(databasePath));
await using var provider = services.BuildServiceProvider();
var store = provider.GetRequiredService<IFactStore>();

try
{
    var imports = await SeedImport.ImportAsync(store, seedFolder, CancellationToken.None);
    Console.WriteLine($"FactStore sample: {Path.GetFileName(databasePath)} from {Path.GetFileName(seedFolder)}/");
    await Report.WriteAsync(store, imports, Console.Out, CancellationToken.None);
    return 0;
}
catch (FactStoreException e)
{
    Console.Error.WriteLine($"Import failed, nothing of the failing input was written: {e.Message}");
    return 1;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
