using System.Globalization;
using System.Text.RegularExpressions;
using FactStore.Text;

namespace FactStore;

/// <summary>
/// The object of a fact, or the value of a <see cref="Qualifier"/>: an entity, or a literal of a <see cref="LiteralType"/>.
/// </summary>
/// <remarks>
/// <see cref="Value"/> holds the main text of every literal: the text, the amount of a quantity, the EDTF of a date,
/// the URL, <c>latitude,longitude</c> of coordinates. The other properties are set only for the types that have them.
/// "Unknown value" and "no value" are values of their own, distinct from an open end of a validity interval.
/// </remarks>
public sealed partial record FactObject
{
    private FactObject(LiteralType type, string? entityId, string? value)
    {
        LiteralType = type;
        EntityId = entityId;
        Value = value;
    }

    /// <summary>The entity's identifier, when the object is an entity.</summary>
    public string? EntityId { get; }

    /// <summary>The literal's main text (see the remarks); <see langword="null"/> for an entity, an unknown value or no value.</summary>
    public string? Value { get; }

    /// <summary>What the literal is; <see cref="LiteralType.Text"/> for an entity.</summary>
    public LiteralType LiteralType { get; }

    /// <summary>Whether the object is an entity.</summary>
    public bool IsEntity => EntityId is not null;

    /// <summary>Whether the object is Wikidata's "unknown value" or "no value" rather than a value.</summary>
    public bool IsSpecial => LiteralType is LiteralType.UnknownValue or LiteralType.NoValue;

    /// <summary>The language of a <see cref="LiteralType.MonolingualText"/>, as a BCP 47 tag.</summary>
    public string? Language { get; private init; }

    /// <summary>The unit of a <see cref="LiteralType.Quantity"/>, as an entity id; <see langword="null"/> for a plain count.</summary>
    public string? UnitId { get; private init; }

    /// <summary>The lower bound of a <see cref="LiteralType.Quantity"/>, as exact decimal text, when stated.</summary>
    public string? LowerBound { get; private init; }

    /// <summary>The upper bound of a <see cref="LiteralType.Quantity"/>, as exact decimal text, when stated.</summary>
    public string? UpperBound { get; private init; }

    /// <summary>The latitude of <see cref="LiteralType.Coordinates"/>, in degrees.</summary>
    public double? Latitude { get; private init; }

    /// <summary>The longitude of <see cref="LiteralType.Coordinates"/>, in degrees.</summary>
    public double? Longitude { get; private init; }

    /// <summary>The precision of <see cref="LiteralType.Coordinates"/>, in degrees, when stated.</summary>
    public double? Precision { get; private init; }

    /// <summary>
    /// The globe of <see cref="LiteralType.Coordinates"/> as an external id (Earth is <c>wikidata:Q2</c>), when stated.
    /// </summary>
    public ExternalId? Globe { get; private init; }

    /// <summary>An entity object.</summary>
    /// <param name="entityId">The entity's identifier.</param>
    /// <returns>The object.</returns>
    public static FactObject Entity(string entityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        return new(LiteralType.Text, entityId, null);
    }

    /// <summary>A literal object given as text: text, a number, a percentage, money, a date (EDTF), a URL or an external id.</summary>
    /// <param name="value">The value as the source wrote it.</param>
    /// <param name="type">What the value is; the structured types have factories of their own.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ArgumentException">The value is blank, or <paramref name="type"/> needs its own factory.</exception>
    public static FactObject Literal(string value, LiteralType type = LiteralType.Text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Defined.Check(type, nameof(type)) switch
        {
            LiteralType.Date => Date(PartialDate.Parse(value.Trim())),
            LiteralType.Quantity => Quantity(value),
            LiteralType.Coordinates or LiteralType.MonolingualText or LiteralType.UnknownValue or LiteralType.NoValue =>
                throw new ArgumentException($"A {type} literal is built with FactObject.{type}(...), not from text alone.", nameof(type)),
            _ => new(type, null, value.Trim()),
        };
    }

    /// <summary>A date, at the precision stated.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The object; its <see cref="Value"/> is the date's EDTF text.</returns>
    public static FactObject Date(PartialDate date) =>
        new(LiteralType.Date, null, (PartialDate.Checked(date, nameof(date)) ?? date).ToString());

    /// <summary>An exact decimal amount, with its unit and bounds when stated (e.g. 258.82 km², Wikidata's quantity).</summary>
    /// <param name="amount">The amount as decimal text, e.g. <c>258.82</c> or <c>+1200</c>; no exponent.</param>
    /// <param name="unitId">The unit as an entity id, or <see langword="null"/> for a plain number.</param>
    /// <param name="lowerBound">The lower bound as decimal text, or <see langword="null"/>.</param>
    /// <param name="upperBound">The upper bound as decimal text, or <see langword="null"/>.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ArgumentException">An amount is not decimal text.</exception>
    public static FactObject Quantity(string amount, string? unitId = null, string? lowerBound = null, string? upperBound = null) =>
        new(LiteralType.Quantity, null, Decimal(amount, nameof(amount)))
        {
            UnitId = unitId is null ? null : Defined.NotBlank(unitId, nameof(unitId), "A unit, when given, is an entity id."),
            LowerBound = lowerBound is null ? null : Decimal(lowerBound, nameof(lowerBound)),
            UpperBound = upperBound is null ? null : Decimal(upperBound, nameof(upperBound)),
        };

    /// <summary>A point on a globe.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -360 to 360.</param>
    /// <param name="precision">The precision in degrees, or <see langword="null"/>.</param>
    /// <param name="globe">The globe, e.g. <c>wikidata:Q2</c> for Earth, or <see langword="null"/>.</param>
    /// <returns>The object; its <see cref="Value"/> is <c>latitude,longitude</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public static FactObject Coordinates(double latitude, double longitude, double? precision = null, ExternalId? globe = null)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "A latitude is from -90 to 90 degrees.");
        }

        if (double.IsNaN(longitude) || longitude is < -360 or > 360)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "A longitude is from -360 to 360 degrees.");
        }

        if (precision is double p && (double.IsNaN(p) || p <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "A precision is a positive number of degrees.");
        }

        return new(LiteralType.Coordinates, null, string.Create(CultureInfo.InvariantCulture, $"{latitude:R},{longitude:R}"))
        {
            Latitude = latitude,
            Longitude = longitude,
            Precision = precision,
            Globe = globe is { IsValid: false } ? throw new ArgumentException("default(ExternalId) is not a globe.", nameof(globe)) : globe,
        };
    }

    /// <summary>A text in a stated language (Wikidata's monolingual text), e.g. a name in its official language.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The BCP 47 language tag.</param>
    /// <returns>The object.</returns>
    public static FactObject MonolingualText(string text, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return new(LiteralType.MonolingualText, null, text.Trim()) { Language = language.Trim() };
    }

    /// <summary>A value that exists but is not known (Wikidata's "unknown value").</summary>
    /// <returns>The object.</returns>
    public static FactObject UnknownValue() => new(LiteralType.UnknownValue, null, null);

    /// <summary>The statement that there is no value (Wikidata's "no value").</summary>
    /// <returns>The object.</returns>
    public static FactObject NoValue() => new(LiteralType.NoValue, null, null);

    /// <summary>The entity id, the literal's value, or <c>(unknown value)</c> / <c>(no value)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        EntityId ?? LiteralType switch
        {
            LiteralType.UnknownValue => "(unknown value)",
            LiteralType.NoValue => "(no value)",
            LiteralType.MonolingualText => $"{Value}@{Language}",
            LiteralType.Quantity when UnitId is not null => $"{Value} {UnitId}",
            _ => Value!,
        };

    /// <summary>What the object is, as hashed into a fact's id: <c>entity</c> or <c>literal:</c> and its type.</summary>
    internal string IdentityKind => IsEntity ? "entity" : "literal:" + LiteralType;

    /// <summary>The object's content as hashed into a fact's id; text typography-folded, so straight and curly quotes agree.</summary>
    internal string IdentityText => EntityId ?? LiteralType switch
    {
        LiteralType.Quantity => $"{Value}|{UnitId}|{LowerBound}|{UpperBound}",
        LiteralType.Coordinates => string.Create(CultureInfo.InvariantCulture, $"{Value}|{Precision:R}|{Globe}"),
        LiteralType.MonolingualText => $"{TextFolding.FoldTypography(Value!)}|{Language}",
        LiteralType.UnknownValue or LiteralType.NoValue => "",
        _ => TextFolding.FoldTypography(Value!),
    };

    private static string Decimal(string text, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, paramName);
        var trimmed = text.Trim();
        return DecimalPattern().IsMatch(trimmed)
            ? trimmed.TrimStart('+')
            : throw new ArgumentException($"'{trimmed}' is not decimal text such as 258.82 or -12.", paramName);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex DecimalPattern();
}
