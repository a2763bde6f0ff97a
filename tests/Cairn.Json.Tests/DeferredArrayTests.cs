namespace Cairn.Json.Tests;

/// <summary>An array whose items are made when first read: its length is known before, and it reads, compares and writes as the same array made at once.</summary>
public sealed class DeferredArrayTests
{
    private sealed class Deferred(int count, Func<JValue[]> materialize) : JArray(count, materialize);

    [Fact]
    public void Its_length_is_known_without_its_items()
    {
        var made = 0;
        var array = new Deferred(3, () =>
        {
            made++;
            return [JNumber.From(1), new JString("a"), JNull.Instance];
        });

        Assert.Equal(3, array.Count);
        Assert.True(array.IsDeferred);
        Assert.Equal(0, made);

        Assert.Equal("a", ((JString)array[1]).Value);
        Assert.Equal("[1,\"a\",null]", array.ToJson());
        Assert.True(JsonEquality.DeepEquals(array, JValue.Parse("[1,\"a\",null]")));
        Assert.Equal(3, array.Items.Length);
        Assert.Equal(3, ((IEnumerable<JValue>)array).Count(_ => true));
        Assert.False(array.IsDeferred);
        Assert.Equal(1, made);
    }

    [Fact]
    public void Threads_reading_at_once_see_one_array()
    {
        var array = new Deferred(1000, () => Enumerable.Range(0, 1000).Select(i => (JValue)JNumber.From(i)).ToArray());

        var firsts = new JValue[8];
        Parallel.For(0, firsts.Length, i => firsts[i] = array[999]);

        Assert.All(firsts, first => Assert.Same(firsts[0], first));
    }

    [Fact]
    public void Making_another_number_of_items_than_announced_is_an_error()
    {
        var array = new Deferred(2, () => [JNumber.From(1)]);

        Assert.Throws<InvalidOperationException>(() => array[0]);
    }
}
