namespace Cairn.Json.Tests;

public class JObjectBuilderTests
{
    [Fact]
    public void Builds_members_in_insertion_order()
    {
        var builder = new JObjectBuilder(1);
        builder.Set("b", 1L).Set("a", 2L).Set("c", 3L);

        Assert.Equal(3, builder.Count);
        Assert.True(builder.Contains("a"));
        Assert.False(builder.Contains("d"));
        Assert.Equal("""{"b":1,"a":2,"c":3}""", builder.Build().ToJson());
    }

    [Fact]
    public void A_repeated_key_replaces_the_value_in_place()
    {
        var builder = new JObjectBuilder();
        builder.Set("a", 1L).Set("b", 2L).Set("a", "again");

        Assert.Equal(2, builder.Count);
        Assert.Equal("""{"a":"again","b":2}""", builder.Build().ToJson());
    }

    [Fact]
    public void Replacement_works_past_the_index_threshold()
    {
        var builder = new JObjectBuilder(0);
        for (var i = 0; i < 50; i++)
        {
            builder.Set("k" + i, JNumber.From(i));
        }

        builder.Set("k0", "first").Set("k20", "middle").Set("k49", "last").Set("k50", "new");
        var obj = builder.Build();

        Assert.Equal(51, obj.Count);
        Assert.Equal(0, obj.IndexOf("k0"));
        Assert.Equal("first", ((JString)obj["k0"]!).Value);
        Assert.Equal(20, obj.IndexOf("k20"));
        Assert.Equal("middle", ((JString)obj["k20"]!).Value);
        Assert.Equal("last", ((JString)obj["k49"]!).Value);
        Assert.Equal(50, obj.IndexOf("k50"));
    }

    [Fact]
    public void An_empty_builder_builds_the_empty_object()
    {
        Assert.Same(JObject.Empty, new JObjectBuilder().Build());
    }

    [Fact]
    public void Build_detaches_the_result_from_the_builder()
    {
        var builder = new JObjectBuilder();
        builder.Set("a", 1L);

        var obj = builder.Build();

        Assert.Equal(0, builder.Count);
        Assert.False(builder.Contains("a"));
        Assert.Equal("""{"a":1}""", obj.ToJson());
    }
}
