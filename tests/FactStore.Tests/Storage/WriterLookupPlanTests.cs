using FactStore.Storage;
using FactStore.Tests.Support;
using FactStore.TestSupport;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Storage;

/// <summary>
/// The lookups the writer runs for every record it writes reach their rows through an index on everything they
/// match, so that their cost does not grow with the store: a lookup that reads every row sharing part of its key
/// made large imports quadratic (docs/benchmarks.md).
/// </summary>
[Trait("Engine", "Sqlite")]
public class WriterLookupPlanTests
{
    public static TheoryData<string, string> Lookups => new()
    {
        { nameof(Sql.FactByStatementKey), Sql.FactByStatementKey },
        { nameof(Sql.FactVersionWithContent), Sql.FactVersionWithContent },
        { nameof(Sql.StanceByKey), Sql.StanceByKey },
        { nameof(Sql.StanceVersionWithContent), Sql.StanceVersionWithContent },
        { nameof(Sql.FactExists), Sql.FactExists },
        { nameof(Sql.StanceExists), Sql.StanceExists },
        { nameof(Sql.SourceExists), Sql.SourceExists },
        { nameof(Sql.EntityExists), Sql.EntityExists },
        { nameof(Sql.FactCorrection), Sql.FactCorrection },
        { nameof(Sql.StanceCorrection), Sql.StanceCorrection },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task WriterLookup_SearchesAnIndex_NeverScansATable(string name, string sql)
    {
        await using var test = await TestStore.CreateAsync();

        var plan = RawDatabase.QueryPlan(test.DatabasePath, sql);

        Assert.All(plan, step => Assert.False(step.StartsWith("SCAN", StringComparison.Ordinal), $"{name}: {string.Join(" / ", plan)}"));
    }

    [Theory]
    [InlineData(Sql.FactByStatementKey)]
    [InlineData(Sql.FactVersionWithContent)]
    public async Task StatementKeyLookup_SeeksKeyAndSubjectTogether(string sql)
    {
        await using var test = await TestStore.CreateAsync();

        var plan = RawDatabase.QueryPlan(test.DatabasePath, sql);

        Assert.Contains("SEARCH f USING INDEX facts_by_statement_key (statement_key=? AND subject_id=?)", plan);
    }

    [Fact]
    public async Task Open_AStoreIndexedByStatementKeyAlone_IndexesKeyWithSubjectAndStillSupersedes()
    {
        await using var test = await TestStore.CreateAsync();
        var city = new Entity { Label = "Bielefeld", ExternalIds = ["Q2112"] };
        Fact Population(string amount) => new()
        {
            SubjectId = city.Id,
            Predicate = "P1082",
            Object = FactObject.Literal(amount),
            Statement = $"Bielefeld has {amount} inhabitants.",
            StatementKey = "q2112$population",
        };
        var first = Population("334195");
        await test.Store.WriteAsync([city, first]);
        await test.Store.DisposeAsync();
        Version3Store.Downgrade(test.DatabasePath);
        SqliteConnection.ClearAllPools();
        Assert.Contains("SEARCH f USING INDEX facts_by_statement_key (statement_key=?)", RawDatabase.QueryPlan(test.DatabasePath, Sql.FactByStatementKey));

        await test.ReopenAsync();
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([city, Population("338410")]);

        Assert.Contains("SEARCH f USING INDEX facts_by_statement_key (statement_key=? AND subject_id=?)", RawDatabase.QueryPlan(test.DatabasePath, Sql.FactByStatementKey));
        var current = Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q2112" }));
        Assert.Equal(first.Id, current.Supersedes);
    }
}
