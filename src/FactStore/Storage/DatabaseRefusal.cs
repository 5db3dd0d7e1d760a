namespace FactStore.Storage;

/// <summary>A constraint the database enforced on a record's rows, reported as that record's problem.</summary>
internal static class DatabaseRefusal
{
    /// <summary>The error for a record whose row the database refused (a unique, foreign key or check constraint).</summary>
    public static InvalidRecordException Of(Exception refusal, string input, int? line, string? recordId) =>
        new($"the database refused it: {refusal.Message}", input, line, recordId, refusal);
}
