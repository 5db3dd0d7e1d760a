using System.Diagnostics;
using FactStore;
using FactStore.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/FactStore.Benchmarks [-- FACTS]
// Side by side in one process: FactStore's import path against raw prepared SQLite for the same rows, then reads; on
// PostgreSQL too (against raw binary COPY of the same rows) when FACTSTORE_PG holds a connection.
var facts = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var workload = new Workload(facts);
var rows = workload.Facts.Count + workload.Stances.Count;
var folder = Directory.CreateTempSubdirectory("factstore-bench-").FullName;
try
{
    var raw = Time(() => RawSqlite.Insert(Path.Combine(folder, "raw.db"), workload));
    await using var store = await FactStoreDatabase.OpenAsync(o => o.UseSqlite(Path.Combine(folder, "facts.db")));
    var records = workload.Records.ToList();
    var api = await TimeAsync(() => store.WriteAsync(records));
    Console.WriteLine($"insert {facts:N0} facts + {facts:N0} stances, one transaction:");
    Console.WriteLine($"  raw prepared SQLite  {rows / raw.TotalSeconds,10:N0} rows/s");
    Console.WriteLine($"  FactStore WriteAsync {rows / api.TotalSeconds,10:N0} rows/s  ({raw / api:P0} of raw)");

    var ids = workload.Facts.Take(1000).Select(f => f.Id).ToList();
    var byId = await TimeAsync(async () => { foreach (var id in ids) { await store.GetFactAsync(id); } });
    Console.WriteLine($"  fact by id           {byId.TotalMicroseconds / ids.Count,10:N0} µs");
    var subjects = workload.Entities.Take(100).Select(e => e.Id).ToList();
    var validAt = await TimeAsync(async () => { foreach (var s in subjects) { await store.FindFactsAsync(new FactQuery { Subject = s, ValidAt = new DateOnly(2010, 1, 1) }); } });
    Console.WriteLine($"  valid-at by subject  {validAt.TotalMicroseconds / subjects.Count,10:N0} µs");
    var validAll = await TimeAsync(async () => { foreach (var s in subjects) { await store.FindFactsAsync(new FactQuery { Subject = s, ValidAt = new DateOnly(2010, 1, 1), Ranks = RankFilter.All }); } });
    Console.WriteLine($"  valid-at all ranks   {validAll.TotalMicroseconds / subjects.Count,10:N0} µs");
    Console.WriteLine($"  peak working set     {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576,10:N0} MB");

    // PostgreSQL beside SQLite when FACTSTORE_PG holds a connection: each contender in a fresh schema.
    if (Environment.GetEnvironmentVariable("FACTSTORE_PG") is { Length: > 0 } postgres)
    {
        var (rawSchema, storeSchema) = ($"bench_raw_{Environment.ProcessId}", $"bench_store_{Environment.ProcessId}");
        try
        {
            var copy = Time(() => RawPostgreSql.Insert(postgres, rawSchema, workload));
            await using var pgStore = await FactStoreDatabase.OpenAsync(o => o.UseNpgsql(postgres, p => p.Schema = storeSchema));
            var pgApi = await TimeAsync(() => pgStore.WriteAsync(records));
            Console.WriteLine("PostgreSQL, the same rows:");
            Console.WriteLine($"  raw binary COPY      {rows / copy.TotalSeconds,10:N0} rows/s");
            Console.WriteLine($"  FactStore WriteAsync {rows / pgApi.TotalSeconds,10:N0} rows/s  ({copy / pgApi:P0} of raw COPY)");
            var pgById = await TimeAsync(async () => { foreach (var id in ids) { await pgStore.GetFactAsync(id); } });
            Console.WriteLine($"  fact by id           {pgById.TotalMicroseconds / ids.Count,10:N0} µs");
            var pgValidAt = await TimeAsync(async () => { foreach (var s in subjects) { await pgStore.FindFactsAsync(new FactQuery { Subject = s, ValidAt = new DateOnly(2010, 1, 1) }); } });
            Console.WriteLine($"  valid-at by subject  {pgValidAt.TotalMicroseconds / subjects.Count,10:N0} µs");
        }
        finally
        {
            RawPostgreSql.Drop(postgres, rawSchema);
            RawPostgreSql.Drop(postgres, storeSchema);
        }
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static TimeSpan Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed;
}

static async Task<TimeSpan> TimeAsync(Func<Task> action)
{
    var watch = Stopwatch.StartNew();
    await action();
    return watch.Elapsed;
}
