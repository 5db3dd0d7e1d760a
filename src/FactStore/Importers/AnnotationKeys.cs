using FactStore.Identity;

namespace FactStore.Importers;

/// <summary>The short keys an annotation file declares, and the source files it names, resolved to record ids.</summary>
internal sealed class AnnotationKeys(ImportInput input)
{
    private readonly Dictionary<string, string> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    public void DeclareEntity(string key, string id) => Declare(_entities, "entity", key, id);

    public void DeclareFact(string key, string id) => Declare(_facts, "fact", key, id);

    public void DeclareStance(string key, string id) => Declare(_stances, "stance", key, id);

    public string Entity(string key) => _entities.TryGetValue(key, out var id)
        ? id
        : throw new KeyNotFoundException($"no entity with key \"{key}\" is declared above this line");

    public string Fact(string key) => _facts.TryGetValue(key, out var id)
        ? id
        : throw new KeyNotFoundException($"no fact with key \"{key}\" is declared above this line");

    public string Stance(string key) => _stances.TryGetValue(key, out var id)
        ? id
        : throw new KeyNotFoundException($"no stance with key \"{key}\" is declared above this line");

    /// <summary>The id of the source a file beside the annotation file holds: derived from its text, as every importer derives it.</summary>
    public async Task<string> SourceAsync(string fileName, CancellationToken cancellationToken)
    {
        if (_sources.TryGetValue(fileName, out var cached))
        {
            return cached;
        }

        if (fileName != Path.GetFileName(fileName))
        {
            throw new FormatException($"\"source\" must be a file name beside the annotation file, not a path: '{fileName}'");
        }

        var folder = Path.GetDirectoryName(input.FilePath)
            ?? throw new FormatException($"the annotation input '{input.Name}' is not a file, so the source file '{fileName}' cannot be found beside it");
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new FormatException($"the source file '{fileName}' is not in {folder}");
        }

        var text = SourceTextDecoder.Decode(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), fileName);
        var id = ContentId.FromBytes("src", System.Text.Encoding.UTF8.GetBytes(text));
        _sources[fileName] = id;
        return id;
    }

    private static void Declare(Dictionary<string, string> keys, string what, string key, string id)
    {
        if (!keys.TryAdd(key, id))
        {
            throw new FormatException($"the {what} key \"{key}\" is declared twice");
        }
    }
}
