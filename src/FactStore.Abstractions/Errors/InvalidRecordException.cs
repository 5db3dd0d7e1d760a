namespace FactStore;

/// <summary>A record in an import, or one written through the API, is invalid; nothing of that import was written.</summary>
public sealed class InvalidRecordException : FactStoreException
{
    /// <summary>Creates the exception; the message names the input, line and record.</summary>
    /// <param name="reason">What is wrong with the record.</param>
    /// <param name="input">The input's name, if known.</param>
    /// <param name="line">The 1-based line in the input, if known.</param>
    /// <param name="recordId">The record's identifier, if known.</param>
    /// <param name="innerException">The underlying error.</param>
    public InvalidRecordException(string reason, string? input = null, int? line = null, string? recordId = null, Exception? innerException = null)
        : base(Describe(reason, input, line, recordId), innerException)
    {
        Reason = reason;
        Input = input;
        Line = line;
        RecordId = recordId;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The input's name, if known.</summary>
    public string? Input { get; }

    /// <summary>The 1-based line in the input, if known.</summary>
    public int? Line { get; }

    /// <summary>The record's identifier, if known.</summary>
    public string? RecordId { get; }

    private static string Describe(string reason, string? input, int? line, string? recordId)
    {
        var where = (input, line) switch
        {
            (not null, not null) => $"{input}, line {line}: ",
            (not null, null) => $"{input}: ",
            (null, not null) => $"line {line}: ",
            _ => "",
        };
        return recordId is null ? where + reason : $"{where}{reason} (record {recordId})";
    }
}
