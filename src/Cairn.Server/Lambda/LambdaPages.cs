using System.Text;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>Lambda's Marker/MaxItems paging: the marker is an opaque encoding of the position the next page starts at.</summary>
public static class LambdaPages
{
    /// <summary>The page of <paramref name="items"/> the request's Marker and MaxItems select, and the marker of the next page (null at the end).</summary>
    public static (IReadOnlyList<T> Page, string? NextMarker) Select<T>(LambdaRequest request, IReadOnlyList<T> items)
    {
        var size = request.MaxItems();
        var start = Decode(request.Query("Marker"));
        var page = items.Skip(start).Take(size).ToList();
        var next = start + page.Count < items.Count ? Encode(start + page.Count) : null;
        return (page, next);
    }

    private static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("cairn:" + position.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static int Decode(string? marker)
    {
        if (string.IsNullOrEmpty(marker))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(marker));
            if (text.StartsWith("cairn:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(6), out var position) && position >= 0)
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }

        throw LambdaException.InvalidParameter("Invalid marker: " + marker);
    }
}
