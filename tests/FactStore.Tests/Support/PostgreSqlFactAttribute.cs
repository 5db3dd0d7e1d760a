using FactStore.TestSupport;

namespace FactStore.Tests.Support;

/// <summary>A test of the PostgreSQL engine: reported skipped, with the reason, where no PostgreSQL can be started.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlServer.Unavailable;
}
