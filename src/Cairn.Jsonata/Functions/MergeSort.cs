using Cairn.Json;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// The stable merge sort of <c>$sort</c>. The predicate answers "must the
/// left value come after the right one?"; equal values keep their order.
/// </summary>
internal static class MergeSort
{
    /// <summary>Sorts <paramref name="items"/> in place and returns it.</summary>
    public static JValue[] Sort(JValue[] items, Func<JValue, JValue, bool> mustSwap)
    {
        if (items.Length > 1)
        {
            var buffer = new JValue[items.Length];
            SortRange(items, buffer, 0, items.Length, mustSwap);
        }

        return items;
    }

    private static void SortRange(JValue[] items, JValue[] buffer, int start, int end, Func<JValue, JValue, bool> mustSwap)
    {
        if (end - start <= 1)
        {
            return;
        }

        var middle = start + (end - start) / 2;
        SortRange(items, buffer, start, middle, mustSwap);
        SortRange(items, buffer, middle, end, mustSwap);

        var left = start;
        var right = middle;
        var output = start;
        while (left < middle && right < end)
        {
            buffer[output++] = mustSwap(items[left], items[right]) ? items[right++] : items[left++];
        }

        while (left < middle)
        {
            buffer[output++] = items[left++];
        }

        while (right < end)
        {
            buffer[output++] = items[right++];
        }

        Array.Copy(buffer, start, items, start, end - start);
    }
}
