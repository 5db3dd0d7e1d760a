using System.Text.Json;

namespace FactStore.Citations;

/// <summary>A source as a CSL-JSON item, as citeproc-js, Zotero and Pandoc read it (the mapping is in <c>docs/citations.md</c>).</summary>
internal static class CslJson
{
    public static void WriteItem(Utf8JsonWriter json, Reference reference)
    {
        json.WriteStartObject();
        json.WriteString("id", reference.Key);
        json.WriteString("type", reference.CslType);
        json.WriteString("title", reference.Title);
        if (reference.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var name in reference.Authors)
            {
                WriteName(json, name);
            }

            json.WriteEndArray();
        }

        if (reference.Publisher is string publisher)
        {
            json.WriteString(reference.PublisherIsContainer ? "container-title" : "publisher", publisher);
        }

        if (reference.Issued is PartialDate issued)
        {
            CitationDates.WriteCsl(json, "issued", issued);
        }

        WriteIfGiven(json, "URL", reference.Url);
        WriteIfGiven(json, "DOI", reference.Doi);
        if (reference.Accessed is PartialDate { HasYear: true } accessed)
        {
            CitationDates.WriteCsl(json, "accessed", accessed);
        }

        WriteIfGiven(json, "language", reference.Source.Language);
        json.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter json, PersonName name)
    {
        json.WriteStartObject();
        if (name.Literal is string literal)
        {
            json.WriteString("literal", literal);
        }
        else
        {
            json.WriteString("family", name.Family);
            WriteIfGiven(json, "given", name.Given);
            WriteIfGiven(json, "non-dropping-particle", name.Particle);
            WriteIfGiven(json, "suffix", name.Suffix);
        }

        json.WriteEndObject();
    }

    private static void WriteIfGiven(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
