using System.Text;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Compares a recorded snapshot with a normalised observed value the way the recording did with DeepDiff:
/// dict key order does not matter, list order does, types are strict (1 != 1.0, true != 1). ResponseMetadata is
/// dropped on both sides (HTTP details are not meaningful across implementations) and reference tokens are
/// renumbered on both sides first.
/// </summary>
public static class SnapshotComparer
{
    /// <summary>Returns null when equal, otherwise a short description of the first difference.</summary>
    public static string? FirstDifference(object? expected, object? actual)
    {
        var e = ReferenceTokenRenumbering.Renumber(StripResponseMetadata(PyValue.DeepClone(expected)));
        var a = ReferenceTokenRenumbering.Renumber(StripResponseMetadata(PyValue.DeepClone(actual)));
        return Diff("$", e, a);
    }

    public static object? StripResponseMetadata(object? value)
    {
        switch (value)
        {
            case OrderedDictionary<string, object?> dict:
                dict.Remove("ResponseMetadata");
                foreach (var v in dict.Values)
                {
                    StripResponseMetadata(v);
                }

                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    StripResponseMetadata(item);
                }

                break;
        }

        return value;
    }

    private static string? Diff(string path, object? expected, object? actual)
    {
        if (expected is OrderedDictionary<string, object?> ed && actual is OrderedDictionary<string, object?> ad)
        {
            foreach (var (key, value) in ed)
            {
                if (!ad.TryGetValue(key, out var other))
                {
                    return $"{path}.{key}: missing (expected {Short(value)})";
                }

                var d = Diff($"{path}.{key}", value, other);
                if (d is not null)
                {
                    return d;
                }
            }

            foreach (var (key, value) in ad)
            {
                if (!ed.ContainsKey(key))
                {
                    return $"{path}.{key}: unexpected (got {Short(value)})";
                }
            }

            return null;
        }

        if (expected is List<object?> el && actual is List<object?> al)
        {
            for (var i = 0; i < Math.Min(el.Count, al.Count); i++)
            {
                var d = Diff($"{path}[{i}]", el[i], al[i]);
                if (d is not null)
                {
                    return d;
                }
            }

            return el.Count == al.Count
                ? null
                : $"{path}: expected {el.Count} items, got {al.Count}" +
                  (al.Count > el.Count ? $" (first extra: {Short(al[el.Count])})" : $" (first missing: {Short(el[al.Count])})");
        }

        return PyValue.StrictEquals(expected, actual)
            ? null
            : $"{path}: expected {Short(expected)} ({PyValue.TypeName(expected)}), got {Short(actual)} ({PyValue.TypeName(actual)})";
    }

    private static string Short(object? value)
    {
        var text = PyJson.Dumps(value);
        if (text.Length <= 200)
        {
            return text;
        }

        return new StringBuilder(text, 0, 200, 203).Append("...").ToString();
    }
}
