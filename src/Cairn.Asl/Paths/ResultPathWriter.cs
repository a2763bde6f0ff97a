using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// Places a value at a reference path (ResultPath), copying only the objects and arrays on the
/// way: every other sub-tree of the target is shared with the result.
/// </summary>
internal static class ResultPathWriter
{
    public static JValue Write(string pathText, ReadOnlySpan<PathSegment> segments, JValue target, JValue value) =>
        WriteAt(pathText, segments, 0, target, value);

    private static JValue WriteAt(string pathText, ReadOnlySpan<PathSegment> segments, int depth, JValue node, JValue value)
    {
        if (depth == segments.Length)
        {
            return value;
        }

        switch (segments[depth])
        {
            case PropertySegment property:
            {
                if (node is not JObject obj)
                {
                    throw Failure(pathText, segments, depth, node, $"cannot set the field '{property.Name}' on a value that is not an object");
                }

                // A missing member on the way is created as an empty object.
                var child = obj.TryGetValue(property.Name, out var existing) ? existing : JObject.Empty;
                return obj.With(property.Name, WriteAt(pathText, segments, depth + 1, child, value));
            }

            case IndexSegment index:
            {
                if (node is not JArray array)
                {
                    throw Failure(pathText, segments, depth, node, $"cannot set the element [{index.Index}] on a value that is not an array");
                }

                if (index.Index < 0 || index.Index >= array.Count)
                {
                    throw Failure(pathText, segments, depth, node, $"the index [{index.Index}] is out of range for an array of {array.Count} elements");
                }

                var items = array.Items.ToArray();
                items[index.Index] = WriteAt(pathText, segments, depth + 1, items[index.Index], value);
                return JArray.Adopt(items);
            }

            default:
                throw new InvalidOperationException($"'{pathText}' is not a reference path.");
        }
    }

    private static PathMatchException Failure(string pathText, ReadOnlySpan<PathSegment> segments, int depth, JValue node, string reason)
    {
        var location = new System.Text.StringBuilder("$");
        for (var i = 0; i < depth; i++)
        {
            segments[i].AppendNormalized(location);
        }

        return new PathMatchException(
            $"Unable to apply ResultPath '{pathText}': at {location} {reason} (found {Describe(node)}).");
    }

    private static string Describe(JValue node) => node.Kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "a boolean",
        JsonKind.Number => "a number",
        JsonKind.String => "a string",
        JsonKind.Array => "an array",
        _ => "an object",
    };
}
