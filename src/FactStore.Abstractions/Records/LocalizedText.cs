namespace FactStore;

/// <summary>A text in a language, when the language is known: an alias, a description, a title.</summary>
public readonly record struct LocalizedText
{
    private LocalizedText(string text, string? language)
    {
        Text = text;
        Language = language;
    }

    /// <summary>The text, trimmed.</summary>
    public string Text => field ?? "";

    /// <summary>The language as a BCP 47 tag (<c>en</c>, <c>de</c>, <c>sr-Latn</c>), or <see langword="null"/> when not known.</summary>
    public string? Language { get; }

    /// <summary>A text, with its language when known.</summary>
    /// <param name="text">The text; not blank.</param>
    /// <param name="language">The BCP 47 language tag, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The text is blank, or the language is given but blank.</exception>
    public static LocalizedText Create(string text, string? language = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (language is not null && string.IsNullOrWhiteSpace(language))
        {
            throw new ArgumentException("A language, when given, is a BCP 47 tag such as \"en\".", nameof(language));
        }

        return new(text.Trim(), language?.Trim());
    }

    /// <summary>A text whose language is not known.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator LocalizedText(string text) => Create(text);

    /// <summary>The text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
