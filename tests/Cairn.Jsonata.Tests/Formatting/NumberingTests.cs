using Cairn.Jsonata.Formatting;

namespace Cairn.Jsonata.Tests.Formatting;

public class NumberingTests
{
    [Theory]
    [InlineData(1, "i")]
    [InlineData(4, "iv")]
    [InlineData(1984, "mcmlxxxiv")]
    [InlineData(3999, "mmmcmxcix")]
    [InlineData(4000, "mmmm")]
    [InlineData(0, "")]
    public void Roman_numerals_round_trip(long value, string numeral)
    {
        Assert.Equal(numeral, RomanNumerals.Format(value, upper: false));
        Assert.Equal(numeral.ToUpperInvariant(), RomanNumerals.Format(value, upper: true));
        Assert.Equal(value, RomanNumerals.Parse(numeral.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("mxq")]
    public void Roman_numerals_reject_other_text(string text) => Assert.Equal(text.Length == 0 ? 0 : null, RomanNumerals.Parse(text));

    [Theory]
    [InlineData(1, "a")]
    [InlineData(26, "z")]
    [InlineData(27, "aa")]
    [InlineData(52, "az")]
    [InlineData(53, "ba")]
    [InlineData(702, "zz")]
    [InlineData(703, "aaa")]
    public void Alphabetic_numbering_is_bijective_base_26(long value, string letters)
    {
        Assert.Equal(letters, AlphabeticNumerals.Format(value, upper: false));
        Assert.Equal(value, AlphabeticNumerals.Parse(letters.ToUpperInvariant()));
    }

    [Theory]
    [InlineData(0, false, "zero")]
    [InlineData(0, true, "zeroth")]
    [InlineData(13, true, "thirteenth")]
    [InlineData(40, true, "fortieth")]
    [InlineData(101, false, "one hundred and one")]
    [InlineData(1001, false, "one thousand and one")]
    [InlineData(1100, false, "one thousand, one hundred")]
    [InlineData(2000000, true, "two millionth")]
    [InlineData(1e21, false, "one billion trillion")]
    public void Number_words(double value, bool ordinal, string words)
    {
        Assert.Equal(words, NumberWords.Format(value, ordinal));
        Assert.Equal(value, NumberWords.Parse(words));
    }

    [Theory]
    [InlineData("nineteen hundred and eighty-four", 1984)]
    [InlineData("One Thousand, Nine Hundred And Eighty-Four", 1984)]
    [InlineData("twenty-first", 21)]
    public void Number_words_read_other_spellings(string words, double value) => Assert.Equal(value, NumberWords.Parse(words));

    [Theory]
    [InlineData("foo")]
    [InlineData("twelve dozen")]
    [InlineData("")]
    public void Number_words_reject_other_text(string words) => Assert.Null(NumberWords.Parse(words));

    [Theory]
    [InlineData("five hundred and fifty-five", true, "Five Hundred and Fifty-Five")]
    [InlineData("one thousand, andover", true, "One Thousand, Andover")]
    [InlineData("ninety-nine", false, "NINETY-NINE")]
    public void Word_case(string words, bool title, string expected) =>
        Assert.Equal(expected, NumberWords.ApplyCase(words, title ? LetterCase.Title : LetterCase.Upper));
}
