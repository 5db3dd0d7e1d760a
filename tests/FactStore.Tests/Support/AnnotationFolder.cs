using System.Text;

namespace FactStore.Tests.Support;

/// <summary>A temporary folder with an article and an annotation file <c>a.jsonl</c> beside it.</summary>
internal static class AnnotationFolder
{
    public static string Create(string article, string annotations)
    {
        var folder = Directory.CreateTempSubdirectory("factstore-annotations-").FullName;
        File.Copy(article, Path.Combine(folder, Path.GetFileName(article)));
        File.WriteAllText(Path.Combine(folder, "a.jsonl"), annotations, new UTF8Encoding(false));
        return folder;
    }
}
