namespace Cairn.Json.Tests;

public class JObjectTests
{
    private static JObject Numbered(int count)
    {
        var builder = new JObjectBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Set("k" + i, JNumber.From(i));
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void IndexOf_finds_every_member_and_misses_unknown_keys(int count)
    {
        var obj = Numbered(count);

        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i, obj.IndexOf("k" + i));
            Assert.Equal(i, ((JNumber)obj["k" + i]!).IntegerValue);
        }

        Assert.Equal(-1, obj.IndexOf("missing"));
        Assert.Equal(-1, obj.IndexOf("K0"));
        Assert.False(obj.ContainsKey("missing"));
        Assert.Null(obj["missing"]);
        Assert.False(obj.TryGetValue("missing", out _));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void With_replaces_in_place_and_leaves_the_original_alone(int count)
    {
        var obj = Numbered(count);
        _ = obj.IndexOf("k0");

        var changed = obj.With("k1", "x");

        Assert.Equal(count, changed.Count);
        Assert.Equal(1, changed.IndexOf("k1"));
        Assert.Equal("x", ((JString)changed["k1"]!).Value);
        Assert.Equal(1, ((JNumber)obj["k1"]!).IntegerValue);
        Assert.Same(obj["k0"], changed["k0"]);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void With_appends_a_new_key(int count)
    {
        var obj = Numbered(count);
        _ = obj.IndexOf("k0");

        var changed = obj.With("new", true);

        Assert.Equal(count + 1, changed.Count);
        Assert.Equal(count, changed.IndexOf("new"));
        Assert.Equal("new", changed[count].Key);
        Assert.Equal(-1, obj.IndexOf("new"));
        Assert.Equal(count, obj.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Without_removes_and_shifts_later_members(int count)
    {
        var obj = Numbered(count);
        _ = obj.IndexOf("k0");

        var smaller = obj.Without("k1");

        Assert.Equal(count - 1, smaller.Count);
        Assert.Equal(-1, smaller.IndexOf("k1"));
        Assert.Equal(0, smaller.IndexOf("k0"));
        Assert.Equal(1, smaller.IndexOf("k2"));
        Assert.Equal(count - 2, smaller.IndexOf("k" + (count - 1)));
        Assert.Equal(1, obj.IndexOf("k1"));
    }

    [Fact]
    public void Without_an_absent_key_returns_the_same_object()
    {
        var obj = Numbered(4);

        Assert.Same(obj, obj.Without("nope"));
    }

    [Fact]
    public void Without_the_last_member_gives_the_empty_object()
    {
        var obj = JObject.Create(("only", JNull.Instance));

        Assert.Same(JObject.Empty, obj.Without("only"));
    }

    [Fact]
    public void Create_with_repeated_keys_keeps_first_position_and_last_value()
    {
        var obj = JObject.Create(("a", JNumber.From(1)), ("b", JNumber.From(2)), ("a", JNumber.From(3)));

        Assert.Equal("""{"a":3,"b":2}""", obj.ToJson());
    }

    [Fact]
    public void Create_from_pairs_builds_in_order()
    {
        var obj = JObject.Create(new[]
        {
            new KeyValuePair<string, JValue>("z", JNumber.From(1)),
            new KeyValuePair<string, JValue>("y", JNumber.From(2)),
        });

        Assert.Equal(new[] { "z", "y" }, obj.Keys.ToArray());
        Assert.Same(JObject.Empty, JObject.Create(Array.Empty<KeyValuePair<string, JValue>>()));
    }

    [Fact]
    public void Keys_are_case_sensitive()
    {
        var obj = JObject.Create(("a", JNumber.From(1)), ("A", JNumber.From(2)));

        Assert.Equal(2, obj.Count);
        Assert.Equal(1, obj.IndexOf("A"));
    }
}
