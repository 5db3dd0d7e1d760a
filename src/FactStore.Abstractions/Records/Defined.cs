using System.Collections.ObjectModel;

namespace FactStore;

/// <summary>Validation shared by the records' setters.</summary>
internal static class Defined
{
    /// <summary>Refuses an enum value that has no name, such as <c>(StancePosition)9</c>.</summary>
    public static T Check<T>(T value, string paramName)
        where T : struct, Enum =>
        Enum.IsDefined(value) || (typeof(T).IsDefined(typeof(FlagsAttribute), false) && IsFlagCombination(value))
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a {typeof(T).Name}.");

    /// <summary>Refuses a page size that is not positive.</summary>
    public static int Limit(int value, string paramName) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(paramName, value, "The limit must be positive.");

    /// <summary>Refuses a null, empty or white-space string with <paramref name="message"/>; returns it unchanged otherwise.</summary>
    public static string NotBlank(string? value, string paramName, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(message, paramName) : value;

    /// <summary>Copies a list so that the caller cannot change a record after it was validated.</summary>
    public static ReadOnlyCollection<string> Copy(IReadOnlyList<string> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        return values.Any(v => v is null)
            ? throw new ArgumentException("The list holds a null.", paramName)
            : values.ToArray().AsReadOnly();
    }

    /// <summary>Copies a list of records such as qualifiers, refusing a null; an empty list is shared, not copied.</summary>
    public static ReadOnlyCollection<T> CopyRecords<T>(IReadOnlyList<T> values, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        return values.Count == 0 ? ReadOnlyCollection<T>.Empty
            : values.Contains(null!) ? throw new ArgumentException("The list holds a null.", paramName)
            : values.ToArray().AsReadOnly();
    }

    /// <summary>Copies a list of identifiers, refusing <c>default(ExternalId)</c> and dropping repeats.</summary>
    public static ReadOnlyCollection<ExternalId> CopyIds(IReadOnlyList<ExternalId> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        return values.Any(v => !v.IsValid)
            ? throw new ArgumentException("The list holds default(ExternalId), which is no identifier.", paramName)
            : values.Distinct().ToArray().AsReadOnly();
    }

    /// <summary>Copies a list of texts, refusing <c>default(LocalizedText)</c> and dropping repeats.</summary>
    public static ReadOnlyCollection<LocalizedText> CopyTexts(IReadOnlyList<LocalizedText> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        return values.Any(v => v.Text.Length == 0)
            ? throw new ArgumentException("The list holds a blank text.", paramName)
            : values.Distinct().ToArray().AsReadOnly();
    }

    private static bool IsFlagCombination<T>(T value)
        where T : struct, Enum
    {
        var all = Enum.GetValues<T>().Aggregate(0L, (bits, v) => bits | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
        return (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) & ~all) == 0;
    }
}
