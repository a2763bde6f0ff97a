namespace Cairn.Json.Tests;

public class JsonEqualityTests
{
    public static TheoryData<string, string> EqualPairs => new()
    {
        { "1", "1.0" },
        { "100", "1e2" },
        { "0", "-0.0" },
        { "[1,2.0]", "[1.0,2]" },
        { """{"a":1,"b":[true,null]}""", """{"b":[true,null],"a":1.0}""" },
        { """{"x":{"p":1,"q":2}}""", """{"x":{"q":2,"p":1}}""" },
        { "\"s\"", "\"s\"" },
        { "123456789012345678901234567890", "123456789012345678901234567890" },
    };

    public static TheoryData<string, string> DifferentPairs => new()
    {
        { "1", "1.5" },
        { "1", "\"1\"" },
        { "null", "false" },
        { "true", "false" },
        { "[1,2]", "[2,1]" },
        { "[1]", "[1,1]" },
        { """{"a":1}""", """{"a":1,"b":1}""" },
        { """{"a":1}""", """{"b":1}""" },
        { """{"a":1}""", """{"A":1}""" },
        { "\"a\"", "\"A\"" },
        { "{}", "[]" },
        { "9007199254740993", "9007199254740992" },
    };

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void Equal_values_have_equal_hashes(string left, string right)
    {
        var a = JValue.Parse(left);
        var b = JValue.Parse(right);

        Assert.True(JsonEquality.DeepEquals(a, b));
        Assert.True(JsonEquality.DeepEquals(b, a));
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(JsonEquality.Hash(a), JsonEquality.Hash(b));
    }

    [Theory]
    [MemberData(nameof(DifferentPairs))]
    public void Different_values_are_not_equal(string left, string right)
    {
        var a = JValue.Parse(left);
        var b = JValue.Parse(right);

        Assert.False(JsonEquality.DeepEquals(a, b));
        Assert.False(JsonEquality.DeepEquals(b, a));
        Assert.False(a.Equals(b));
    }

    [Fact]
    public void Null_and_other_types_are_not_equal()
    {
        var a = JValue.Parse("1");

        Assert.False(a.Equals((JValue?)null));
        Assert.False(a.Equals("1"));
    }

    [Fact]
    public void Values_work_as_hash_set_members()
    {
        var set = new HashSet<JValue>
        {
            JValue.Parse("""{"a":1,"b":2}"""),
            JValue.Parse("[1,2]"),
        };

        Assert.Contains(JValue.Parse("""{"b":2.0,"a":1}"""), set);
        Assert.Contains(JValue.Parse("[1.0,2]"), set);
        Assert.DoesNotContain(JValue.Parse("[2,1]"), set);
        Assert.False(set.Add(JValue.Parse("""{"b":2,"a":1}""")));
    }
}
