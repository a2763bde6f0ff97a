using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// <c>[start:end]</c> and <c>[start:end:step]</c>. Without a step the bounds behave exactly as in
/// Jayway (which AWS uses), quirks included: in <c>[from:to]</c> a negative <c>to</c> selects
/// nothing and a negative <c>from</c> is resolved per element. With a step (which Jayway ignores)
/// the usual Python/RFC 9535 slice rules apply.
/// </summary>
internal sealed class SliceSegment : PathSegment
{
    public SliceSegment(int? start, int? end, int? step)
    {
        Start = start;
        End = end;
        Step = step;
    }

    public int? Start { get; }

    public int? End { get; }

    public int? Step { get; }

    public override bool IsDefinite => false;

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        if (current is not JArray array)
        {
            return;
        }

        if (Step is { } step)
        {
            SelectStepped(array, step, output);
        }
        else if (End is null)
        {
            SelectFrom(array, Start ?? 0, output);
        }
        else if (Start is null)
        {
            SelectTo(array, End.Value, output);
        }
        else
        {
            SelectBetween(array, Start.Value, End.Value, output);
        }
    }

    public override bool MatchesInDescent(JValue node, in PathEnvironment environment) => node is JArray;

    public override void AppendNormalized(StringBuilder builder)
    {
        builder.Append('[');
        if (Start is { } start)
        {
            builder.Append(start.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(':');
        if (End is { } end)
        {
            builder.Append(end.ToString(CultureInfo.InvariantCulture));
        }

        if (Step is { } step)
        {
            builder.Append(':').Append(step.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(']');
    }

    private static void SelectFrom(JArray array, int from, List<JValue> output)
    {
        var length = array.Count;
        if (from < 0)
        {
            from = Math.Max(0, length + from);
        }

        for (var i = from; i < length; i++)
        {
            output.Add(array[i]);
        }
    }

    private static void SelectTo(JArray array, int to, List<JValue> output)
    {
        var length = array.Count;
        if (to < 0)
        {
            to = length + to;
        }

        to = Math.Min(length, to);
        for (var i = 0; i < to; i++)
        {
            output.Add(array[i]);
        }
    }

    private static void SelectBetween(JArray array, int from, int to, List<JValue> output)
    {
        var length = array.Count;
        to = Math.Min(length, to);
        for (var i = from; i < to; i++)
        {
            // Jayway resolves each (possibly negative) position on its own, like a single index.
            var effective = i < 0 ? length + i : i;
            if ((uint)effective < (uint)length)
            {
                output.Add(array[effective]);
            }
        }
    }

    private void SelectStepped(JArray array, int step, List<JValue> output)
    {
        var length = array.Count;
        if (step > 0)
        {
            var from = Clamp(Start ?? 0, length, 0, length);
            var to = Clamp(End ?? length, length, 0, length);
            for (var i = from; i < to; i += step)
            {
                output.Add(array[i]);
            }
        }
        else
        {
            var from = Start is { } s ? Clamp(s, length, -1, length - 1) : length - 1;
            var to = End is { } e ? Clamp(e, length, -1, length - 1) : -1;
            for (var i = from; i > to; i += step)
            {
                output.Add(array[i]);
            }
        }
    }

    private static int Clamp(int bound, int length, int min, int max)
    {
        if (bound < 0)
        {
            bound += length;
        }

        return Math.Clamp(bound, min, max);
    }
}
