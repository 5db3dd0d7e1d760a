using FactStore.Searching;

namespace FactStore.Tests.Searching;

public class NameSpellingTests
{
    [Theory]
    [InlineData("Tokayev", "Tokaev", "Tokaiev", "Токаев", "tokaev")]
    [InlineData("Lukashenka", "Lukashenko", "Лукашенко", "LUKASHENKO", "lukashenko")]
    [InlineData("Zhaparov", "Japarov", "Жапаров", "Džaparov", "japarov")]
    [InlineData("Khachaturov", "Hachaturov", "Хачатуров", "Khachaturov", "hachaturov")]
    [InlineData("Kassym-Jomart", "Kasym-Žomart", "Kasym-Zhomart", "Қасым-Жомарт", "kasim-jomart")]
    [InlineData("Evseev", "Yevseev", "Евсеев", "Evseyev", "evsev")]
    [InlineData("Sergey", "Sergei", "Сергей", "Sergej", "sergei")]
    [InlineData("Pashinyan", "Pashinian", "Пашинян", "Pašinjan", "pashinan")]
    [InlineData("Ashimbayev", "Ašimbaev", "Ashimbaev", "Ашимбаев", "ashimbaev")]
    [InlineData("Daniyar", "Danijar", "Daniar", "Данияр", "danar")]
    [InlineData("Dmitry", "Dmitriy", "Dmitrii", "Дмитрий", "dmitri")]
    [InlineData("Alexei", "Aleksei", "Alexey", "Алексей", "aleksei")]
    [InlineData("Wladimir", "Vladimir", "Владимир", "VLADIMIR", "vladimir")]
    [InlineData("Qasym", "Kasym", "Kassym", "Касым", "kasim")]
    [InlineData("Yuri", "Yury", "Юрий", "Iurii", "uri")]
    public void Fold_SpellingsOfOneName_GiveOneKey(string a, string b, string c, string d, string key)
    {
        Assert.Equal(key, NameSpelling.Fold(a));
        Assert.Equal(key, NameSpelling.Fold(b));
        Assert.Equal(key, NameSpelling.Fold(c));
        Assert.Equal(key, NameSpelling.Fold(d));
    }

    [Theory]
    [InlineData("Putin", "Pashinyan")]
    [InlineData("Minsk", "Moscow")]
    [InlineData("Armenia", "Armen")]
    [InlineData("Kazakhstan", "Kyrgyzstan")]
    public void Fold_DifferentNames_StayApart(string a, string b) =>
        Assert.NotEqual(NameSpelling.Fold(a), NameSpelling.Fold(b));

    [Theory]
    [InlineData("kasym-jomart tokaev", "kasymjomarttokaev")]
    [InlineData("U.S.", "US")]
    [InlineData(" - ", "")]
    public void Compact_KeepsLettersAndDigitsOnly(string text, string compact) => Assert.Equal(compact, NameSpelling.Compact(text));

    [Theory]
    [InlineData("moshes", "moshes", true)]
    [InlineData("moshes", "moshez", true)]
    [InlineData("moshes", "mosher", true)]
    [InlineData("moshes", "moshess", true)]
    [InlineData("moshes", "mshes", true)]
    [InlineData("moshes", "mohses", true)]
    [InlineData("moshes", "omshes", true)]
    [InlineData("moshes", "mosehs", true)]
    [InlineData("moshes", "mshez", false)]
    [InlineData("moshes", "moshesss", false)]
    [InlineData("moshes", "semhos", false)]
    [InlineData("", "a", true)]
    [InlineData("", "ab", false)]
    public void WithinOneEdit_CountsOneInsertionDeletionSubstitutionOrSwap(string a, string b, bool expected)
    {
        Assert.Equal(expected, NameSpelling.WithinOneEdit(a, b));
        Assert.Equal(expected, NameSpelling.WithinOneEdit(b, a));
    }
}
