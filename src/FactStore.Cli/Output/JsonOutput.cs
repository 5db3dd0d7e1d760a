using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactStore.Cli.Output;

/// <summary>How every <c>--json</c> is written: one indented UTF-8 document on standard output, ending with a line break.</summary>
internal static class JsonOutput
{
    /// <summary>The writer options of every command's JSON: indented, and non-ASCII text as it is (quotes stay readable).</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON document that <paramref name="write"/> produces.</summary>
    public static async Task WriteAsync(CliConsole console, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        await using var output = console.OpenOutput();
        await using (var writer = new Utf8JsonWriter(output, Options))
        {
            write(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
