using System.Net;
using System.Text.Json;

namespace FactStore.Tests.Text;

/// <summary>Importers of escaped formats decode the text and the quotes alike, and cite the decoded text.</summary>
public partial class AnchoringTextTests
{
    [Fact]
    public void Anchor_QuoteFromJsonEscapedInput_AnchorsInTheDecodedText()
    {
        const string Json = """
            {"text": "Tokayev said: \u201cthere is no need\u00a0to raise alarms\u201d.\nThen he left.",
             "typed": "said: \"there is no need to raise alarms\"",
             "copied": "said: \u201cthere is no need\u00a0to raise alarms\u201d"}
            """;
        using var input = JsonDocument.Parse(Json);
        var text = new AnchoringText(input.RootElement.GetProperty("text").GetString()!);

        var typed = text.Anchor(new Citation { Quote = input.RootElement.GetProperty("typed").GetString() });
        var copied = text.Anchor(new Citation { Quote = input.RootElement.GetProperty("copied").GetString() });

        Assert.Equal(CitationAnchor.Typography, typed.Anchor);
        Assert.Equal(CitationAnchor.Exact, copied.Anchor);
        Assert.Equal("said: \u201Cthere is no need\u00A0to raise alarms\u201D", typed.Quote);
        Assert.Equal((typed.Start, typed.End), (copied.Start, copied.End));
    }

    [Fact]
    public void Anchor_QuoteFromHtmlEscapedInput_AnchorsInTheDecodedText()
    {
        const string Html = "Moscow weighs Tokayev&#8217;s move:&nbsp;&ldquo;a turn to the native language&rdquo; &amp; more.";
        var text = new AnchoringText(WebUtility.HtmlDecode(Html));

        var typed = text.Anchor(new Citation { Quote = WebUtility.HtmlDecode("Tokayev&#39;s move: &quot;a turn to the native language&quot;") });
        var copied = text.Anchor(new Citation { Quote = WebUtility.HtmlDecode("Tokayev&#8217;s move:&nbsp;&ldquo;a turn to the native language&rdquo; &amp; more") });

        Assert.Equal(CitationAnchor.Typography, typed.Anchor);
        Assert.Equal("Tokayev\u2019s move:\u00A0\u201Ca turn to the native language\u201D", typed.Quote);
        Assert.Equal(CitationAnchor.Exact, copied.Anchor);
    }

    [Fact]
    public void Locate_QuoteLeftEscaped_IsNotInTheDecodedText()
    {
        var text = new AnchoringText(WebUtility.HtmlDecode("Tokayev&#8217;s move"));

        Assert.Equal(AnchoringFailure.NotInText, text.Locate("Tokayev&#8217;s move").Failure);
        Assert.True(text.Locate(WebUtility.HtmlDecode("Tokayev&#8217;s move")).IsFound);
    }
}
