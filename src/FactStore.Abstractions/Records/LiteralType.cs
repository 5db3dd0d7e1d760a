namespace FactStore;

/// <summary>What a literal <see cref="FactObject"/> value is; the value itself stays text, as the source wrote it.</summary>
public enum LiteralType
{
    /// <summary>Plain text.</summary>
    Text = 0,

    /// <summary>A number, e.g. <c>120,000</c>.</summary>
    Number = 1,

    /// <summary>A percentage, e.g. <c>37%</c>.</summary>
    Percent = 2,

    /// <summary>An amount of money, e.g. <c>$31bn</c>.</summary>
    Money = 3,

    /// <summary>A date, in the EDTF form of <see cref="PartialDate"/>.</summary>
    Date = 4,
}
