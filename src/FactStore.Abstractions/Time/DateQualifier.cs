namespace FactStore;

/// <summary>How sure a source is of a <see cref="PartialDate"/>, as in EDTF and CSL.</summary>
[Flags]
public enum DateQualifier
{
    /// <summary>Stated as is.</summary>
    None = 0,

    /// <summary>Approximate ("circa"); written with a trailing <c>~</c>.</summary>
    Approximate = 1,

    /// <summary>Uncertain ("perhaps"); written with a trailing <c>?</c>. Both flags together are written <c>%</c>.</summary>
    Uncertain = 2,
}
