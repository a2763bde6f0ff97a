namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>One JSONPath match: the value and where it lives (dict + key, or list + index; no parent for the root).</summary>
public sealed record JsonPathMatch(object? Value, object? Parent, string? Key, int Index)
{
    public void Set(object? newValue)
    {
        switch (Parent)
        {
            case OrderedDictionary<string, object?> dict when Key is not null:
                dict[Key] = newValue;
                break;
            case List<object?> list when Index >= 0 && Index < list.Count:
                list[Index] = newValue;
                break;
        }
    }

    public void Remove()
    {
        if (Parent is OrderedDictionary<string, object?> dict && Key is not null)
        {
            dict.Remove(Key);
        }
    }
}
