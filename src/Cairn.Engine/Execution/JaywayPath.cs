using System.Text;

namespace Cairn.Engine.Execution;

/// <summary>
/// The bracketed form in which AWS's path library reports a path in error messages:
/// <c>$.a.b[0]</c> becomes <c>$['a']['b'][0]</c>.
/// </summary>
internal static class JaywayPath
{
    public static string Normalize(string path)
    {
        if (!path.StartsWith('$'))
        {
            return path;
        }

        var sb = new StringBuilder("$");
        var i = 1;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                sb.Append("['").Append(path, i + 1, end - i - 1).Append("']");
                i = end;
            }
            else if (c == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    return path;
                }

                var inner = path.Substring(i + 1, end - i - 1);
                if (inner.StartsWith('"') && inner.EndsWith('"') && inner.Length >= 2)
                {
                    inner = "'" + inner[1..^1] + "'";
                }

                sb.Append('[').Append(inner).Append(']');
                i = end + 1;
            }
            else
            {
                return path;
            }
        }

        return sb.ToString();
    }
}
