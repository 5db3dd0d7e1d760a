namespace FactStore;

/// <summary>Why a quote cannot be anchored in a text (<see cref="QuoteAnchoring.Failure"/>).</summary>
public enum AnchoringFailure
{
    /// <summary>The quote anchors: nothing failed.</summary>
    None = 0,

    /// <summary>The text does not contain the quote, even with typography folded.</summary>
    NotInText = 1,

    /// <summary>The quote is only found cut out of longer words, or splitting a character, never at word boundaries.</summary>
    InsideLongerWords = 2,

    /// <summary>
    /// The quote occurs at several places and no hint chooses one: give its start, or a prefix or suffix that only one
    /// place has (<see cref="QuoteAnchoring.CandidateStarts"/> lists them).
    /// </summary>
    Ambiguous = 3,

    /// <summary>The quote is empty or only white space.</summary>
    BlankQuote = 4,
}
