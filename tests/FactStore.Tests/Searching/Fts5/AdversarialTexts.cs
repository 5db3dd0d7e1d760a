namespace FactStore.Tests.Searching.Fts5;

/// <summary>Texts where a tokenizer is most likely to differ from FTS5's: scripts, folds, marks, spaces, joiners, digits.</summary>
internal static class AdversarialTexts
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Crème brûlée à la française, naïve café, Ångström, Æsir, Œuvre",
        "Straße STRASSE ß ẞ Maß",
        "Øresund ø Ø Ærø, Łódź ł Ł Gdańsk Kraków",
        "İstanbul ISTANBUL ıspanak I ı İ i\u0307 Iğdır Şişli ğ ş",
        "Ἀθῆναι ΑΘΗΝΑ ΣΊΣΥΦΟΣ σίσυφος ς σ Σ ΐ ΰ ϐ ϑ ϕ ϖ ϰ ϱ ϵ",
        "Ёлка ЁЛКА Йод ї Ї Ґ ґ Қазақстан Тоқаев",
        "東京都 漢字かなカナ ｶﾀｶﾅ 한국어 조선말 中华人民共和国",
        "👍🏽 thumbs 🇰🇿 flag 👨‍👩‍👧 family ❤️ heart ⭐ star",
        "2022-01-05 3.14 1,000,000 10:30 v1.2.3 ½ ² ³ ① ⑳ ٣ ४",
        "Tokayev’s don't l'État O’Neill rock ’n’ roll",
        "a\u00A0b c\u202Fd e\u2009f g\u3000h i\u2003j",
        "co\u00ADoperate re\u00ADelection",
        "a\u200Db c\u200Cd e\u2060f g\uFEFFh",
        "e\u0301 \u0301e o\u0308\u0304 a\u0323\u0302 n\u0303 c\u0327 u\u031B a\u0332 x\u0305 \u0300\u0301",
        "مُحَمَّد السلام عليكم ١٢٣",
        "שָׁלוֹם עברית",
        "हिन्दी भाषा नमस्ते",
        "ภาษาไทย สวัสดี",
        "ＡＢＣ１２３ ｆｕｌｌ",
        "ﬁ ﬀ ﬃ Ⅻ ⅻ Ⓐⓑ ℌ ℍ Ω K Å ℓ №",
        "𐐀𐐨 𐐷 𝐀𝐁𝐂 𝔄 𝟙",
        "\uE000 \uF8FF \U000F0000 \U0010FFFD \U00100000x",
        "tag\U000E0041\U000E007F vs\uFE0F \u180E mongol \u1820\u1821",
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
        "\t\r\n\v\f\u0001\u001F\u007F\u0085\u2028\u2029 end",
        "_under_score_ $100 €5 £3 ¥7 C++ C# F# e-mail@example.com http://x.y/z?q=1&r=2",
        "Tiếng Việt Nguyễn Thị Minh Khai ỗ ự",
        "ქართული ႠႡ ⴀ Հայաստան ԱԲԳ ᏣᎳᎩ ꭰ",
        "ǅ ǈ ǋ ǲ Ǆ ǆ ſ ẛ ẞ ﬅ",
        "ᦰᦱ ᧈ ᳲ \u19B0x",
        "x\u0483y z\u05B0w q\u093Fr",
    ];
}
