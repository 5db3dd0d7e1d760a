using System.Buffers;
using System.Text;
using System.Text.Json;
using FactStore.WebAnnotations;

namespace FactStore.Citations;

/// <summary>JSON as text: indented, LF line ends, characters unescaped where JSON allows (the Web Annotation export's settings).</summary>
internal static class JsonText
{
    private const int ChunkBytes = 1 << 16;

    public static string Of(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WebAnnotationWriter.Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>
    /// A JSON document written item by item and handed out in chunks of about 64 KiB as it grows, so a long list is never
    /// held whole; the last chunk ends with a line break.
    /// </summary>
    public static IEnumerable<string> Chunks<T>(IEnumerable<T> items, Action<Utf8JsonWriter> start, Action<Utf8JsonWriter, T> writeItem, Action<Utf8JsonWriter, int> end)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, WebAnnotationWriter.Options);
        start(json);
        var count = 0;
        foreach (var item in items)
        {
            writeItem(json, item);
            count++;
            if (json.BytesPending + buffer.WrittenCount > ChunkBytes)
            {
                yield return Take(json, buffer);
            }
        }

        end(json, count);
        yield return Take(json, buffer) + "\n";
    }

    private static string Take(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        // The writer flushes whole tokens, so a chunk never ends inside a character.
        json.Flush();
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        return text;
    }
}
