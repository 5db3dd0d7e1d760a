using System.Text;

namespace FactStore.Tests.Support;

/// <summary>A temporary folder with an article and an annotation file <c>a.jsonl</c> beside it; deleted on dispose.</summary>
internal sealed class AnnotationFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-annotations-").FullName;

    public AnnotationFolder(string article, string annotations)
    {
        File.Copy(article, Path.Combine(_folder, Path.GetFileName(article)));
        File.WriteAllText(AnnotationFile, annotations, new UTF8Encoding(false));
    }

    public string AnnotationFile => Path.Combine(_folder, "a.jsonl");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
