using System.Diagnostics;
using System.Globalization;
using FactStore;
using FactStore.StressChild;

// One thing a separate process does to a store, chosen by the first argument; prints one result line. Any exception
// goes to standard error with exit code 1, so the parent sees every error that reached this caller. DB is a SQLite file
// or a PostgreSQL connection.
//   open DB                      opens (and so migrates) the store
//   import DB FACTS TAG          one import run of FACTS generated facts with their stances
//   runs DB RUNS FACTS           RUNS import runs one after another, printing "committed I" after each
//   small-runs DB SECONDS        tiny runs (an entity and three facts) back to back for SECONDS
//   read DB SECONDS              facts, search, entities and statistics reads in a loop for SECONDS
//   imports DB SECONDS FACTS     imports of FACTS facts back to back for SECONDS
//   tiny-writes DB SECONDS       one tiny write every 50 ms for SECONDS; prints how long each took, in ms, a write that
//                                timed out (StoreAccessException) included; each such error goes to standard error
try
{
    var mode = args[0];
    var options = FactStore.PostgreSql.PostgreSqlConnection.IsConnection(args[1])
        ? new FactStoreOptions().UseNpgsql(args[1])
        : new FactStoreOptions().UseSqlite(args[1]);
    await using var store = await FactStoreDatabase.OpenAsync(options);
    switch (mode)
    {
        case "open":
            Console.WriteLine($"schema {(await store.Maintenance.GetStatisticsAsync()).SchemaVersion}");
            break;
        case "import":
            var result = await store.ImportAsync(new GeneratedImporter(), GeneratedImporter.Input(Number(2), args[3]));
            Console.WriteLine($"imported {result.FactsAdded} facts{(result.AlreadyImported ? " (already imported)" : "")}");
            break;
        case "runs":
            for (var i = 0; i < Number(2); i++)
            {
                await store.ImportAsync(new GeneratedImporter(), GeneratedImporter.Input(Number(3), "run" + i));
                Console.WriteLine($"committed {i}");
            }

            break;
        case "small-runs":
            Console.WriteLine($"runs {await Loop.RunAsync(Number(2), i => store.WriteAsync(Loop.TinyRun(i, 3)))}");
            break;
        case "read":
            Console.WriteLine($"reads {await Loop.RunAsync(Number(2), async _ =>
            {
                await store.FindFactsAsync(new FactQuery { Limit = 50 });
                await store.SearchAsync(new SearchQuery { Text = "Statement", Limit = 20 });
                await store.FindEntitiesAsync("Subject");
                await store.Maintenance.GetStatisticsAsync();
            })}");
            break;
        case "imports":
            Console.WriteLine($"imports {await Loop.RunAsync(Number(2), i => store.ImportAsync(new GeneratedImporter(), GeneratedImporter.Input(Number(3), $"{Environment.ProcessId}-{i}")))}");
            break;
        case "tiny-writes":
            var waits = new List<double>();
            await Loop.RunAsync(Number(2), async i =>
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    await store.WriteAsync(Loop.TinyRun(i, 0));
                }
                catch (StoreAccessException e)
                {
                    await Console.Error.WriteLineAsync($"{e.GetType().FullName}: {e.Message}");
                }

                waits.Add(watch.Elapsed.TotalMilliseconds);
                await Task.Delay(50);
            });
            Console.WriteLine("tiny-writes " + string.Join(' ', waits.Select(w => w.ToString("F1", CultureInfo.InvariantCulture))));
            break;
        default:
            throw new ArgumentException($"Unknown mode {mode}.");
    }

    return 0;
}
catch (Exception e)
{
    await Console.Error.WriteLineAsync(e.ToString());
    return 1;
}

int Number(int index) => int.Parse(args[index], CultureInfo.InvariantCulture);
